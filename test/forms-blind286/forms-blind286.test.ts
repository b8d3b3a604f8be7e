// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and every puskesmas row of the ODGJ recap keeps
// "(9) = (7)-(8)" with no more freed than were in pasung.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind286 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 286th set of unseen standard-form workbooks (Dinkes, kesehatan jiwa, NAPZA and usia lanjut)",
  buildBlind286,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind286"),
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

      it("frees no more pasung cases than there were, puskesmas by puskesmas", () => {
        const { book: b, wb } = book("rekap-odgj-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const [awal, bebas, sisa] = [7, 8, 9].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, bebas <= awal, sisa]).toEqual([r, true, awal - bebas]);
        }
      });
    },
  },
);
