// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// kecamatan except the planted one records no more KTP-el than it has wajib KTP, and the E.81 level
// rows keep the Triwulan IV level in column 11 K while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind314 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 314th set of unseen standard-form workbooks (Disdukcapil: KTP-el, KIA, akta, waktu layanan)",
  buildBlind314,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind314"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps sudah rekam at or below wajib KTP and akta at or below anak in every kecamatan", () => {
        const { book: b, wb } = book("rekap-ktp-el-akta-per-kecamatan-");
        const t = b.expected().tables[0];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 5) as number);
        }
      });

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-disdukcapil-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow - 1; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 9 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 17) as number;
          const level = String(get(t.sheet, r, c0 + 2)).match(/^(Persentase|Cakupan)/) !== null;
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });
    },
  },
);
