// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan has more desa wisata than desa, and the E.81 % row keeps its Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind259 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 259th set of unseen standard-form workbooks (Dinas Pariwisata, desa wisata)",
  buildBlind259,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind259"),
    uniqueClean: true,
    extra: (loaded) => {
      const find = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("counts no more desa wisata than desa in any kecamatan", () => {
        const { book, wb } = find("rekap-klasifikasi-");
        const [t] = book.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 7) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });

      it("keeps the Triwulan IV level in column 12 K of the E.81 % row and sums the flows", () => {
        const { book, wb } = find("e81-renja-2024-");
        const [t] = book.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.firstDataRow + 4; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, get(t.sheet, r, c0 + 19)]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });
    },
  },
);
