// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row keeps its Triwulan IV value, and no cakupan in the vitamin A recap but the planted one
// goes over 100 %.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind282 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 282nd set of unseen standard-form workbooks (Dinkes, gizi masyarakat)", buildBlind282, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind282"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("sums the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
      const { book: b, wb } = book("e81-gizi-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
        const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
        const k12 = get(t.sheet, r, c0 + 19) as number;
        const level = get(t.sheet, r, c0 + 4) === "%";
        expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
      }
    });

    it("keeps every kecamatan's vitamin A cakupan at or below 100 % except the planted one", () => {
      const { book: b, wb } = book("rekap-vitamin-a-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.lastCol);
      const over: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if ((get(t.sheet, r, c) as number) > 100) over.push(r);
      expect(over).toEqual([t.lastDataRow - 1]);
    });
  },
});
