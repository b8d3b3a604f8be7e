// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows keep the Triwulan IV level in (12) while the flows add their quarters, and every
// kecamatan has no more perpustakaan kelurahan than kelurahan.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind340 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 340th set of unseen standard-form workbooks (Dinas Perpustakaan dan Kearsipan: tingkat gemar membaca, kunjungan perpustakaan, koleksi, arsip dinamis dan statis, perpustakaan desa)",
  buildBlind340,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind340"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in E.81 (12) K of % and nilai rows, and sums the flows' Rp", () => {
        const { book: b, wb } = book("e81-dispusip-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 4; r++) {
          const qk = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const qr = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const level = ["%", "nilai"].includes(get(t.sheet, r, c0 + 3) as string);
          if (level) expect([r, get(t.sheet, r, c0 + 18)]).toEqual([r, qk[3]]);
          expect(get(t.sheet, r, c0 + 19) as number).toBeCloseTo(qr[0] + qr[1] + qr[2] + qr[3], 2);
        }
      });

      it("has no kecamatan with more perpustakaan kelurahan than kelurahan", () => {
        const { book: b, wb } = book("rekap-perpustakaan-kelurahan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
