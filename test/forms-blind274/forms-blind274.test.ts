// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 % ODF row keeps the Triwulan IV level, and the TTU recap's Jumlah % is the ratio of its totals.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind274 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 274th set of unseen standard-form workbooks (Dinkes, kesehatan lingkungan)",
  buildBlind274,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind274"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in column 12 of the E.81 % ODF row", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 4)).toBe("%");
        expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
      });

      it("gives the TTU recap's Jumlah % as the ratio of its totals", () => {
        const { book: b, wb } = book("rekap-triwulan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.lastDataRow;
        const ratio = ((get(t.sheet, r, c0 + 3) as number) / (get(t.sheet, r, c0 + 2) as number)) * 100;
        expect(get(t.sheet, r, c0 + 4) as number).toBeCloseTo(ratio, 2);
      });
    },
  },
);
