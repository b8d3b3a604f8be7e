// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan has recorded more residents than must hold a KTP-el, and every lower-is-better waktu
// layanan row that is a formula uses the refleksi (2T - R) / T x 100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind338 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 338th set of unseen standard-form workbooks (Disdukcapil: kepemilikan KTP-el, akta kelahiran, KIA, perekaman per kecamatan, waktu layanan dokumen)",
  buildBlind338,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind338"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's sudah rekam at or below its wajib KTP-el", () => {
        const { book: b, wb } = book("rekap-perekaman-ktp-el-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 7) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
      });

      it("gives every waktu layanan capaian above 100 when the average beats the standard", () => {
        const { book: b, wb } = book("rekap-akta-kia-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const sp = get(t.sheet, r, c0 + 1) as number;
          const real = get(t.sheet, r, c0 + 2) as number;
          const cap = get(t.sheet, r, c0 + 3) as number;
          if (real < sp && cap > 100) expect(cap).toBeCloseTo(((2 * sp - real) / sp) * 100, 2);
        }
      });
    },
  },
);
