// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// kecamatan's panjang is the sum of its four conditions, and the E.81 level row keeps its TW IV value.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind268 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 268th set of unseen standard-form workbooks (PUPR Bina Marga, kemantapan jalan)",
  buildBlind268,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind268"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps each kecamatan's panjang equal to Baik + Sedang + Rusak Ringan + Rusak Berat", () => {
        const { book: b, wb } = book("rekap-kondisi-jalan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [4, 5, 6, 7].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(
            Math.abs((get(t.sheet, r, c0 + 3) as number) - parts.reduce((x, y) => x + y, 0)),
          ).toBeLessThan(0.006);
        }
      });

      it("takes the Triwulan IV level for the E.81 kemantapan row", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        expect(get(t.sheet, t.firstDataRow, c0 + 19)).toBe(get(t.sheet, t.firstDataRow, c0 + 17));
      });
    },
  },
);
