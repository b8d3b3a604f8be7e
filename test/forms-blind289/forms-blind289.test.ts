// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and no aduan kanal has more selesai than masuk.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind289 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 289th set of unseen standard-form workbooks (Diskominfo, diseminasi, command center, aplikasi)",
  buildBlind289,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind289"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level as column 14 K of the E.81 % row", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 5)).toBe("%");
        expect(get(t.sheet, r, c0 + 20)).toBe(get(t.sheet, r, c0 + 18));
      });

      it("never has more aduan selesai than aduan masuk in a kanal", () => {
        const { book: b, wb } = book("rekap-transaksi-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
      });
    },
  },
);
