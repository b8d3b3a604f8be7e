// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the uji
// KIR lulus + tidak lulus give the quarters' total on every row, and the parkir shares add up to 100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind333 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 333rd set of unseen standard-form workbooks (Dinas Perhubungan: uji KIR, parkir, terminal)",
  buildBlind333,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind333"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps lulus + tidak lulus equal to the four quarters on every jenis kendaraan", () => {
        const { book: b, wb } = book("rekap-uji-kir-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const q = [3, 4, 5, 6].map((i) => get(t.sheet, r, c0 + i) as number);
          const lt = (get(t.sheet, r, c0 + 8) as number) + (get(t.sheet, r, c0 + 9) as number);
          expect([r, lt]).toEqual([r, q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("makes the kecamatan kontribusi add up to 100 within rounding", () => {
        const { book: b, wb } = book("rekap-retribusi-parkir-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol) + 6;
        let total = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) total += get(t.sheet, r, c) as number;
        expect(Math.abs(total - 100)).toBeLessThan(0.05);
      });
    },
  },
);
