// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 % row keeps its Triwulan IV level while the flows add their quarters, and no kecamatan of the
// perpustakaan keliling recap has more desa dikunjungi than desa.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind221 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 221st set of unseen standard-form workbooks (Dinas Perpustakaan, keliling and koleksi)",
  buildBlind221,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind221"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("never visits more desa than a kecamatan has", () => {
        const { book: b, wb } = book("rekap-mobil-keliling-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
