// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the medal
// recap's Jumlah row adds every cabor, and every kecamatan's quarters add up to its Jumlah.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind348 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 348th set of unseen standard-form workbooks (Dinas Pemuda dan Olahraga: atlet berprestasi, medali per cabor, sarana olahraga, organisasi kepemudaan, wirausaha muda)",
  buildBlind348,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind348"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four quarters of every kecamatan into its Jumlah in the wirausaha recap", () => {
        const { book: b, wb } = book("rekap-wirausaha-muda-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const q = [2, 3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, get(t.sheet, r, c0 + 6)]).toEqual([r, q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("counts 16 emas over the six cabor of the medal recap", () => {
        const { book: b, wb } = book("rekap-medali-cabor-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        expect(get(t.sheet, t.lastDataRow, c0 + 1)).toBe(16);
      });
    },
  },
);
