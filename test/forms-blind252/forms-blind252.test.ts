// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps its Triwulan IV level, and no collection family has more identified
// specimens than it holds.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind252 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 252nd set of unseen standard-form workbooks (Tahura, kebun raya, patroli)",
  buildBlind252,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind252"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the E.81 % row in columns 12 and 13", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 4)).toBe("%");
        const tw4 = get(t.sheet, r, c0 + 17);
        expect(get(t.sheet, r, c0 + 19)).toBe(tw4);
        expect(get(t.sheet, r, c0 + 23)).toBe(tw4);
      });

      it("never identifies more specimens of a family than the collection holds", () => {
        const { book: b, wb } = book("patroli-resort-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
