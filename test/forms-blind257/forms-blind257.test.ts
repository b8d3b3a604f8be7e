// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 % row keeps its Triwulan IV level, and no quarter of the resident flow lets more residents
// out than were in the panti.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind257 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 257th set of unseen standard-form workbooks (UPTD PSTW, panti werdha)", buildBlind257, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind257"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV level in column 12 of the E.81 % row", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const r = t.firstDataRow;
      expect(get(t.sheet, r, c0 + 4)).toBe("%");
      expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
    });

    it("lets no more residents leave in a quarter than were in the panti", () => {
      const { book: b, wb } = book("mutasi-penghuni-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const n = (r: number, i: number) => get(t.sheet, r, c0 + i) as number;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        expect(n(r, 3) + n(r, 4) + n(r, 5)).toBeLessThanOrEqual(n(r, 1) + n(r, 2));
    });
  },
});
