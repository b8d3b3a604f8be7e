// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and every kecamatan of the DI recap adds its three
// conditions to its Jumlah.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind284 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 284th set of unseen standard-form workbooks (PUPR SDA, irigasi and banjir)",
  buildBlind284,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind284"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in (12) K of the E.81 % row and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const want = get(t.sheet, r, c0 + 4) === "%" ? q[3] : q[0] + q[1] + q[2] + q[3];
          expect([r, Math.abs(k12 - want) < 1e-6]).toEqual([r, true]);
        }
      });

      it("adds baik, rusak ringan and rusak berat to each kecamatan's Jumlah in the DI recap", () => {
        const { book: b, wb } = book("rekap-kondisi-di-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, get(t.sheet, r, c0 + 6)]).toEqual([r, parts[0] + parts[1] + parts[2]]);
        }
      });
    },
  },
);
