// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the dana
// desa recap never disburses more than the pagu, and the three tahap add up to the Jumlah column.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind237 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 237th set of unseen standard-form workbooks (DPMD, IDM, BUMDes, dana desa)",
  buildBlind237,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind237"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's dana desa tersalur at or below its pagu, tahap by tahap", () => {
        const { book: b, wb } = book("rekap-penyaluran-dana-desa-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const tahap = [4, 5, 6].map((i) => get(t.sheet, r, c0 + i) as number);
          const jml = get(t.sheet, r, c0 + 7) as number;
          expect([r, jml]).toEqual([r, tahap[0] + tahap[1] + tahap[2]]);
          expect(jml).toBeLessThanOrEqual(get(t.sheet, r, c0 + 3) as number);
        }
      });

      it("puts the BUMDes table beside the IDM table with one empty column between", () => {
        const { book: b } = book("rekap-status-idm-");
        const [left, right] = b.expected().tables;
        expect(colNumber(right.firstCol)).toBe(colNumber(left.lastCol) + 2);
        expect(right.lastDataRow).not.toBe(left.lastDataRow);
      });
    },
  },
);
