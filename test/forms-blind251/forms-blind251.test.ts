// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// mangrove recap's survival rates stay at or below 100 apart from the planted cell, and the POKMASWAS
// table's Jumlah of active groups is the Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind251 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 251st set of unseen standard-form workbooks (DKP, mangrove and abrasi)", buildBlind251, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind251"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps every bibit hidup at or below bibit ditanam in the mangrove recap", () => {
      const { book: b, wb } = book("rekap-tanam-mangrove-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 4) as number);
    });

    it("reports the active POKMASWAS of the year as the Triwulan IV level, not a sum", () => {
      const { book: b, wb } = book("pokmaswas-patroli-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol) + 5;
      expect(get(t.sheet, t.lastDataRow, c)).toBe(get(t.sheet, t.lastDataRow - 1, c));
    });
  },
});
