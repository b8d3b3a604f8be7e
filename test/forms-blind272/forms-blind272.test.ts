// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and the cabai recap's luas panen never exceeds tanam.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind272 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 272nd set of unseen standard-form workbooks (Distan hortikultura, cabai and bawang merah)",
  buildBlind272,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind272"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the produktivitas row in E.81 column 12", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 4)).toBe("ton/ha");
        expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
      });

      it("has luas panen at or below luas tanam in every kecamatan of the cabai recap", () => {
        const { book: b, wb } = book("rekap-luas-tanam-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
