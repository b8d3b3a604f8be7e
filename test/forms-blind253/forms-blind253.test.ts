// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// AUTS subsidy is 80% of the premi in every quarter, and the E.81 level row keeps its Triwulan IV value.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind253 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 253rd set of unseen standard-form workbooks (Distan, AUTP and AUTS)", buildBlind253, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind253"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the AUTS subsidy at 80% and the swadaya at 20% of the premi in every row", () => {
      const { book: b, wb } = book("rekap-auts-");
      const t = b.expected().tables[0];
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const pr = get(t.sheet, r, c0 + 3) as number;
        expect([r, get(t.sheet, r, c0 + 4), get(t.sheet, r, c0 + 5)]).toEqual([r, pr * 0.8, pr * 0.2]);
      }
    });

    it("gives the E.81 % row its Triwulan IV level in column 12 and column 13", () => {
      const { book: b, wb } = book("e81-evaluasi-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const r = t.firstDataRow;
      expect(get(t.sheet, r, c0 + 4)).toBe("%");
      const tw4 = get(t.sheet, r, c0 + 17);
      expect([get(t.sheet, r, c0 + 19), get(t.sheet, r, c0 + 22)]).toEqual([tw4, tw4]);
    });
  },
});
