// The sixty-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the E.79 takes the TW IV value of a level indicator and adds the quarters of a count,
// the PK adds the quarters of a count only, and the APBD JUMLAH serapan divides its own totals.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind65 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-fifth set of unseen standard-form workbooks", buildBlind65, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind65"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the TW IV value of a level indicator in the E.79 and adds the quarters of a count", () => {
      const { book: b, wb } = book("e79-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const levels: number[] = [];
      const counts: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, c0) !== "number") continue;
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 7 + 2 * i) as number);
        const rk = get(t.sheet, r, c0 + 15) as number;
        const sat = get(t.sheet, r, c0 + 4);
        if (sat === "%" || sat === "skor") {
          expect(rk).toBe(q[3]);
          levels.push(r);
        } else {
          expect(rk).toBeCloseTo(q[0] + q[1] + q[2] + q[3], 6);
          counts.push(r);
        }
      }
      expect(levels.length).toBe(4);
      expect(counts.length).toBe(3);
    });

    it("writes the PK targets of a percentage cumulative (TW-4 = year)", () => {
      const { book: b, wb } = book("pk-2025-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (get(t.sheet, r, c0 + 9) !== "kumulatif") continue;
        const q = [5, 6, 7, 8].map((i) => get(t.sheet, r, c0 + i) as number);
        for (let i = 1; i < 4; i++) expect(q[i]).toBeGreaterThan(q[i - 1]);
      }
    });

    it("divides the JUMLAH serapan by the JUMLAH totals", () => {
      const { book: b, wb } = book("realisasi-apbd-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const r = t.lastDataRow;
      expect(get(t.sheet, r, c0)).toBe("JUMLAH");
      const tp = get(t.sheet, r, c0 + 8) as number;
      const tr = get(t.sheet, r, c0 + 9) as number;
      expect(get(t.sheet, r, c0 + 10)).toBeCloseTo((tr / tp) * 100, 2);
    });
  },
});
