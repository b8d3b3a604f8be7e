// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's levels (%, ku/ha) take the Triwulan IV value while the flows add their quarters, and the
// padi recap's kabupaten productivity is the ratio of its totals.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind117 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-seventeenth set of unseen standard-form workbooks (Dinas TPH)",
  buildBlind117,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind117"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const first = colNumber(t.firstCol);
        const sat = first + 4;
        const q = [0, 1, 2, 3].map((j) => first + 5 + 6 + 2 * j);
        const k12 = first + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = get(t.sheet, r, k12);
          if (typeof v !== "number") continue;
          const unit = String(get(t.sheet, r, sat));
          const qs = q.map((c) => get(t.sheet, r, c) as number);
          const level = unit === "%" || unit === "ku/ha";
          if (level) seen.add(unit);
          expect([r, v]).toEqual([r, level ? qs[3] : qs.reduce((n, x) => n + x, 0)]);
        }
        expect([...seen].sort()).toEqual(["%", "ku/ha"]);
      });

      it("gives the kabupaten productivity as total produksi / total luas panen x 10", () => {
        const { book: b, wb } = book("rekap-luas-tanam-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = (k: number) => colNumber(t.firstCol) + k;
        let prod = 0;
        let lp = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          prod += get(t.sheet, r, c(4)) as number;
          lp += get(t.sheet, r, c(3)) as number;
        }
        const pv = get(t.sheet, t.lastDataRow, c(5)) as number;
        expect(Math.abs(pv - (prod / lp) * 10)).toBeLessThan(0.006);
      });
    },
  },
);
