// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the RTLH recap's
// sisa is RTLH awal less ditangani on every row, and the PSU kumulatif column never falls.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind276 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 276th set of unseen standard-form workbooks (Disperkim, RTLH and kawasan kumuh)",
  buildBlind276,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind276"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps sisa RTLH = RTLH awal - jumlah ditangani on every row of the recap", () => {
        const { book: b, wb } = book("rekap-rtlh-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect([r, get(t.sheet, r, c0 + 8)]).toEqual([
            r,
            (get(t.sheet, r, c0 + 2) as number) - (get(t.sheet, r, c0 + 6) as number),
          ]);
      });

      it("never lets the PSU kumulatif fall from one triwulan to the next", () => {
        const { book: b, wb } = book("kawasan-kumuh-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c = colNumber(t.lastCol);
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c) as number).toBeGreaterThanOrEqual(get(t.sheet, r - 1, c) as number);
      });
    },
  },
);
