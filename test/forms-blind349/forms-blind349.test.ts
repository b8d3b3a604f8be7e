// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row keeps the Triwulan IV level while the flows add their quarters, and every kecamatan of the
// OSS recap finishes no more izin on time than it issued.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind349 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 349th set of unseen standard-form workbooks (DPMPTSP: realisasi investasi PMA dan PMDN per sektor per triwulan, izin terbit melalui OSS, waktu layanan perizinan, indeks kepuasan)",
  buildBlind349,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind349"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % row and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-dpmptsp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 2; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("keeps every kecamatan's izin tepat waktu at or below its jumlah izin", () => {
        const { book: b, wb } = book("rekap-izin-oss-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 4) as number);
      });
    },
  },
);
