// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// uji emisi recap's lulus never exceeds the vehicles tested, and the side-by-side tables share a top row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind232 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 232nd set of unseen standard-form workbooks (DLH, uji emisi and persetujuan lingkungan)",
  buildBlind232,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind232"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("never has more vehicles passing the uji emisi than tested", () => {
        const { book: b, wb } = book("rekap-uji-emisi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 7) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 6) as number);
      });

      it("puts the two recap tables side by side on the same header row", () => {
        const { book: b } = book("rekap-amdal-");
        const [l, r] = b.expected().tables;
        expect(r.header).toEqual(l.header);
        expect(colNumber(r.firstCol)).toBe(colNumber(l.lastCol) + 2);
      });
    },
  },
);
