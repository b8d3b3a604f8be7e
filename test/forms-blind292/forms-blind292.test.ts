// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows (%) take the Triwulan IV value while the flows add their quarters, and no bidang
// of the BMW tracer has more graduates placed than it has graduates.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind292 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 292nd set of unseen standard-form workbooks (Dinas Pendidikan, SMA/SMK, BMW and BOSDA)",
  buildBlind292,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind292"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level for % rows of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-");
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

      it("places no more SMK graduates than each bidang has", () => {
        const { book: b, wb } = book("tracer-lulusan-smk-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const placed = [3, 4, 5].reduce((n, i) => n + (get(t.sheet, r, c0 + i) as number), 0);
          expect(placed).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
        }
      });
    },
  },
);
