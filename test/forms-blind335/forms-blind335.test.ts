// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the IDM
// status columns of every kecamatan add up to the jumlah desa of the dana desa table beside it, and the
// E.81 level rows keep the Triwulan IV level while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind335 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 335th set of unseen standard-form workbooks (DPMD: IDM, BUMDes, dana desa, KPMD)",
  buildBlind335,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind335"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("gives every kecamatan the same jumlah desa in the dana desa table and the IDM table", () => {
        const { book: b, wb } = book("rekap-penyaluran-dana-desa-");
        const [t1, t2] = b.expected().tables;
        const get = getter(wb);
        for (let i = 0; i < 6; i++) {
          const jd = get(t1.sheet, t1.firstDataRow + i, colNumber(t1.firstCol) + 2);
          const tot = get(t2.sheet, t2.firstDataRow + i, colNumber(t2.lastCol));
          expect([i, tot]).toEqual([i, jd]);
        }
      });

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-dpmd-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.firstDataRow + 6; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });
    },
  },
);
