// The set must not lie (../forms/soundness.ts), plus checks of its own: the cadangan beras stock
// follows saldo + pengadaan - penyaluran every quarter and never goes negative, and the T-C.27
// kondisi akhir Rp is the sum of the five years on every row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind334 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 334th set of unseen standard-form workbooks (DKPP: ikan budidaya, konsumsi ikan, cadangan pangan, PPH)",
  buildBlind334,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind334"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the cadangan beras stock non-negative and equal to saldo + pengadaan - penyaluran", () => {
        const { book: b, wb } = book("rekap-konsumsi-ikan-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++) {
          const st = get(t.sheet, r, c0 + 3) as number;
          const prev = get(t.sheet, r - 1, c0 + 3) as number;
          const ad = get(t.sheet, r, c0 + 1) as number;
          const sl = get(t.sheet, r, c0 + 2) as number;
          expect(st).toBeGreaterThanOrEqual(0);
          expect(st).toBeCloseTo(prev + ad - sl, 6);
        }
      });

      it("sums the five years into the T-C.27 kondisi akhir Rp on every row", () => {
        const { book: b, wb } = book("tc27-renstra-dkpp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 8 + 2 * i) as number);
          expect(get(t.sheet, r, c0 + 18) as number).toBeCloseTo(
            years.reduce((x, y) => x + y, 0),
            6,
          );
        }
      });
    },
  },
);
