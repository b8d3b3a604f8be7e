// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27 kondisi akhir Rp of every clean row is the sum of its five years, and every usaha's taat
// stays within the usaha it had diawasi.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind341 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 341th set of unseen standard-form workbooks (Dinas Lingkungan Hidup: timbulan dan pengurangan sampah, sampah tertangani, Indeks Kualitas Lingkungan Hidup, bank sampah, pengawasan izin lingkungan)",
  buildBlind341,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind341"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("sums the five years' Rp into the T-C.27 kondisi akhir Rp (except the planted row)", () => {
        const { book: b, wb } = book("tc27-dlh-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const planted = b.findings.map((f) => f.cell);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const akR = c0 + 16;
          if (planted.includes(`Q${r}`)) continue;
          const years = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 6 + 2 * i) as number);
          expect([r, get(t.sheet, r, akR)]).toEqual([r, years.reduce((a, v) => a + v, 0)]);
        }
      });

      it("keeps every usaha's taat at or below its jumlah diawasi", () => {
        const { book: b, wb } = book("rekap-pengawasan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 7) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 6) as number);
      });
    },
  },
);
