// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// levels (unit "%") take the Triwulan IV value as the year's Kinerja while the flows add their
// quarters, and no kabupaten/kota handles more cases than were reported.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind120 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-twentieth set of unseen standard-form workbooks (DP3A)", buildBlind120, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind120"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV level as the E.81 Kinerja (12) of the % rows and adds the quarters of the flows", () => {
      const { book: b, wb } = book("e81-renja-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const first = colNumber(t.firstCol);
      const sat = first + 4;
      // K of Triwulan I is column 8 (index 7 of the numbered pairs): 5 text columns, then pairs
      const kq1 = first + 5 + 2 * 3;
      const k12 = first + 5 + 2 * 7;
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, kq1 + 2 * i));
        if (!q.every((v) => typeof v === "number")) continue;
        const qs = q as number[];
        const want = get(t.sheet, r, sat) === "%" ? qs[3] : qs[0] + qs[1] + qs[2] + qs[3];
        if (get(t.sheet, r, sat) === "%") levels++;
        expect([r, get(t.sheet, r, k12)]).toEqual([r, want]);
      }
      expect(levels).toBe(2);
    });

    it("handles no more cases than were reported in any kabupaten/kota of the recap", () => {
      const { book: b, wb } = book("rekap-kasus-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const first = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (const [rep, done] of [
          [2, 5],
          [3, 6],
          [4, 7],
        ]) {
          const x = get(t.sheet, r, first + rep) as number;
          const y = get(t.sheet, r, first + done) as number;
          expect([r, rep, y <= x]).toEqual([r, rep, true]);
        }
    });
  },
});
