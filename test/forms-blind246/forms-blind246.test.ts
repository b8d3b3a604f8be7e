// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row keeps the Triwulan IV value, and no UPZ's quarters exceed its Jumlah.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind246 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 246th set of unseen standard-form workbooks (Bagian Kesra, zakat, hibah, MTQ)",
  buildBlind246,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind246"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the E.81 % row in columns 12 and 13", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const r = t.firstDataRow;
        expect(get(t.sheet, r, c0 + 4)).toBe("%");
        expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
        expect(get(t.sheet, r, c0 + 21)).toBe(get(t.sheet, r, c0 + 17));
      });

      it("has a ZIS share column that adds up to 100 on the JUMLAH row", () => {
        const { book: b, wb } = book("rekap-penghimpunan-zis-");
        const [t] = b.expected().tables;
        const v = getter(wb)(t.sheet, t.lastDataRow, colNumber(t.lastCol)) as number;
        expect(Math.abs(v - 100)).toBeLessThan(0.05);
      });
    },
  },
);
