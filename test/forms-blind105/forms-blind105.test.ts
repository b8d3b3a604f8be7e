// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// monthly recap's yearly indicators are ratios of the yearly totals (only August's BOR keeps a stale
// result), and the E.81 levels (BOR, kalibrasi, indeks kepuasan) take the Triwulan IV value while the
// flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind105 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-fifth set of unseen standard-form workbooks (RSUD BLUD)", buildBlind105, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind105"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("computes every monthly BOR from hari perawatan, beds and days, except the planted August", () => {
      const { book: b, wb } = book("rekap-bor-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const tt = get(t.sheet, r, c1 + 2) as number;
        const hr = get(t.sheet, r, c1 + 3) as number;
        const hp = get(t.sheet, r, c1 + 9) as number;
        const bor = get(t.sheet, r, c1 + 10) as number;
        if (Math.abs(Math.round((hp / (tt * hr)) * 10000) / 100 - bor) > 0.006)
          off.push(r - t.firstDataRow + 1);
      }
      expect(off).toEqual([8]);
    });

    it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const sat = c1 + 4;
      const q1 = c1 + 11;
      const k12 = c1 + 19;
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const unit = get(t.sheet, r, sat);
        if (typeof unit !== "string" || get(t.sheet, r, q1) === null) continue;
        const q = [0, 2, 4, 6].map((j) => get(t.sheet, r, q1 + j) as number);
        const level = unit === "%" || unit === "indeks";
        const want = level ? q[3] : q.reduce((n, v) => n + v, 0);
        if (level) levels++;
        expect([r, get(t.sheet, r, k12)]).toEqual([r, want]);
      }
      expect(levels).toBe(3);
    });
  },
});
