// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows keep the Triwulan IV value, and no kecamatan's RTH exceeds its area.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind293 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 293rd set of unseen standard-form workbooks (DLH, RTH and ISPU)", buildBlind293, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind293"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV value in column 12 K of the E.81 level rows", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (const r of [t.firstDataRow, t.firstDataRow + 3])
        expect([r, get(t.sheet, r, c0 + 19)]).toEqual([r, get(t.sheet, r, c0 + 17)]);
    });

    it("has no kecamatan whose RTH publik is larger than its area", () => {
      const { book: b, wb } = book("rekap-luas-rth-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 6) as number).toBeLessThan(get(t.sheet, r, c0 + 2) as number);
    });
  },
});
