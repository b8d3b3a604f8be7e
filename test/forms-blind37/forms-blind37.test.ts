// The thirty-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the BLUD's cumulative columns run month by month and the PBI-JK year-end position is
// the fourth quarter's count, while the iuran of the year is the sum of its quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind37 } from "./build";

soundnessSuite("the thirty-seventh set of unseen standard-form workbooks", buildBlind37, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind37"),
  uniqueClean: true,
  extra: (loaded) => {
    it("runs the BLUD's cumulative columns month by month", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("realisasi-blud-"))!;
      const [t] = b.expected().tables;
      const get = getter(wb);
      let run = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        run += Number(get(t.sheet, r, 4));
        expect([r, Math.abs(Number(get(t.sheet, r, 5)) - run) < 0.5]).toEqual([r, true]);
      }
    });
    it("keeps the PBI-JK year-end position at TW IV and sums the iuran of the quarters", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("rekap-pbijk-"))!;
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      const get = getter(wb);
      for (let r = t1.firstDataRow; r < t1.lastDataRow; r++)
        expect(get(t1.sheet, r, 8)).toBe(get(t1.sheet, r, 7));
      let summed = 0;
      for (let r = t2.firstDataRow; r < t2.lastDataRow; r++) {
        const q = [3, 4, 5, 6].reduce((p, c) => p + Number(get(t2.sheet, r, c)), 0);
        if (q === Number(get(t2.sheet, r, 7))) summed++;
      }
      expect(summed).toBe(9);
    });
  },
});
