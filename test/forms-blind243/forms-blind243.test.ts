// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 % row keeps its Triwulan IV level, and no pioneer route fills more seats than it offers.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind243 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 243rd set of unseen standard-form workbooks (Dishub, regional airport)", buildBlind243, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind243"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the Triwulan IV level in (12) K of the E.81 % row", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const r = t.firstDataRow;
      expect(get(t.sheet, r, c0 + 4)).toBe("%");
      expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
    });

    it("never has more pioneer passengers than seats", () => {
      const { book: b, wb } = book("retribusi-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
    });
  },
});
