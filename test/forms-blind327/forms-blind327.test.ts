// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: in the RTLH
// recap no kecamatan handles more RTLH than it had, and the PSU money tables agree on the year's total.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind327 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 327th set of unseen standard-form workbooks (Perkim: RTLH, kumuh, PSU)", buildBlind327, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind327"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("handles no more RTLH in a kecamatan than it had at the start of the year", () => {
      const { book: b, wb } = book("rekap-rtlh-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 7) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
    });

    it("puts the PSU quarterly table one empty column right of the first, with the same money total", () => {
      const { book: b, wb } = book("rekap-psu-");
      const [t1, t2] = b.expected().tables;
      expect(colNumber(t2.firstCol)).toBe(colNumber(t1.lastCol) + 2);
      const get = getter(wb);
      expect(get(t2.sheet, t2.lastDataRow, colNumber(t2.firstCol) + 2)).toBe(
        get(t1.sheet, t1.lastDataRow, colNumber(t1.firstCol) + 10),
      );
    });
  },
});
