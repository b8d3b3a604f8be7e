// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// per-jenis recap's quarters add up to its Jumlah column, and no tunggakan is collected above itself.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind262 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 262nd set of unseen standard-form workbooks (Bapenda, PBJT and pajak reklame)",
  buildBlind262,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind262"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four quarters of every jenis pajak into its Jumlah realisasi", () => {
        const { book: b, wb } = book("rekap-realisasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const q = [3, 4, 5, 6].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, get(t.sheet, r, c0 + 7)]).toEqual([r, q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("never collects more tunggakan than was owed", () => {
        const { book: b, wb } = book("rekap-wp-tappingbox-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
      });
    },
  },
);
