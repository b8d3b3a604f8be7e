// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row (success rate) takes the Triwulan IV value, and no puskesmas finds more anak than dewasa.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind249 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 249th set of unseen standard-form workbooks (Dinkes, penanggulangan TBC)",
  buildBlind249,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind249"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in column 13 K of the E.81 % row and sums the flows", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect(Math.abs(k12 - (level ? q[3] : q[0] + q[1] + q[2] + q[3]))).toBeLessThan(1e-6);
        }
      });

      it("has fewer child than adult cases in every puskesmas of the recap", () => {
        const { book: b, wb } = book("rekap-notifikasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 5) as number).toBeLessThan(get(t.sheet, r, c0 + 4) as number);
      });
    },
  },
);
