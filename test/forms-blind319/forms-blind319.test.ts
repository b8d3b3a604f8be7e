// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 IPLM row keeps the Triwulan IV level, and in the tertib arsip recap no OPD has more arsip
// tertata than arsip in all.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind319 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 319th set of unseen standard-form workbooks (Perpustakaan dan Kearsipan)",
  buildBlind319,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind319"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level as column 12 K of the E.81 IPLM row", () => {
        const { book: b, wb } = book("e81-perpusarsip-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 3)).toBe("nilai");
        expect(get(t.sheet, r, c0 + 20)).toBe(get(t.sheet, r, c0 + 18));
      });

      it("never has more arsip tertata than arsip in all, nor a serapan above 100 % in its total", () => {
        const { book: b, wb } = book("rekap-tertib-arsip-");
        const [t, q] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 4) as number);
        expect(get(q.sheet, q.lastDataRow, colNumber(q.lastCol)) as number).toBeLessThanOrEqual(100);
      });
    },
  },
);
