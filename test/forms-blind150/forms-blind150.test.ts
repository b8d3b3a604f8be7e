// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// retribusi TOTAL quarters add the pasar rows, and in the E.81 the realisasi K (12) is the sum of the
// quarters exactly where the unit is not "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind150 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the forms-blind150 set of unseen standard-form workbooks (Disperindag)", buildBlind150, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind150"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the pasar rows into the TOTAL of every quarter of the retribusi recap", () => {
      const { book: b, wb } = book("rekap-retribusi-pasar-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const qs = Object.entries(t.columns).filter(([, r]) => Array.isArray(r) && r[0] === "realisasi");
      expect(qs.length).toBe(5);
      for (const [letter] of qs.slice(0, 4)) {
        const c = colNumber(letter);
        let n = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) n += get(t.sheet, r, c) as number;
        expect(get(t.sheet, t.lastDataRow, c)).toBe(n);
      }
    });

    it("sums the quarters of the E.81 realisasi K exactly where the unit is not %", () => {
      const { book: b, wb } = book("e81-renja-disperindag-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const sat = c0 + 4;
      const kq = c0 + 5 + 6;
      const k12 = kq + 8;
      let rates = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const u = get(t.sheet, r, sat);
        if (typeof u !== "string" || typeof get(t.sheet, r, k12) !== "number") continue;
        const q = [0, 2, 4, 6].map((d) => get(t.sheet, r, kq + d) as number);
        const total = q[0] + q[1] + q[2] + q[3];
        expect([r, get(t.sheet, r, k12)]).toEqual([r, u === "%" ? q[3] : total]);
        if (u === "%") rates++;
      }
      expect(rates).toBe(2);
    });
  },
});
