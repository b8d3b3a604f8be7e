// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// recap's kasus masuk equal their four outcomes except the planted Triwulan II, and the T-C.27
// kondisi akhir Rp is the sum of the five years on every row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind339 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 339th set of unseen standard-form workbooks (Dinas Tenaga Kerja: tingkat pengangguran terbuka, penempatan tenaga kerja, pelatihan BLK, perselisihan hubungan industrial, pengawasan K3)",
  buildBlind339,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind339"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the five years' Rp into the T-C.27 kondisi akhir Rp on every row", () => {
        const { book: b, wb } = book("tc27-disnaker-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 6 + 2 * i) as number);
          const akhir = get(t.sheet, r, c0 + 16) as number;
          expect([r, akhir]).toEqual([r, years.reduce((a, x) => a + x, 0)]);
        }
      });

      it("keeps kasus masuk equal to its four outcomes, except the planted Triwulan II", () => {
        const { book: b, wb } = book("rekap-perselisihan-hi-k3-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [2, 3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
          if ((get(t.sheet, r, c0 + 1) as number) !== parts.reduce((a, x) => a + x, 0)) off.push(r);
        }
        expect(off).toEqual([t.firstDataRow + 1]);
      });
    },
  },
);
