// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no PATEN
// service finishes more requests on time than it received, and the PBB-P2 per-triwulan setoran add up to
// the realisasi of all desa (the true total, not the planted short JUMLAH).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind328 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 328th set of unseen standard-form workbooks (Kecamatan: PATEN, adminduk, musrenbang, PBB-P2, desa)",
  buildBlind328,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind328"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every PATEN service's 'selesai tepat waktu' within its four quarters", () => {
        const { book: b, wb } = book("rekap-paten-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const qs = [2, 3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
          const tw = get(t.sheet, r, c0 + 7) as number;
          expect([r, tw <= qs[0] + qs[1] + qs[2] + qs[3]]).toEqual([r, true]);
        }
      });

      it("adds the PBB-P2 setoran per triwulan up to the realisasi of every desa", () => {
        const { book: b, wb } = book("rekap-pbb-p2-");
        const [t, q] = b.expected().tables;
        const get = getter(wb);
        const real = colNumber(t.firstCol) + 4;
        let desa = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) desa += get(t.sheet, r, real) as number;
        const set = get(q.sheet, q.lastDataRow, colNumber(q.firstCol) + 1) as number;
        expect(set).toBeCloseTo(desa, 2);
      });
    },
  },
);
