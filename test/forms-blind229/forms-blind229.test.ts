// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row takes the Triwulan IV value, and no nilai kontrak exceeds its HPS or HPS its pagu.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind229 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 229th set of unseen standard-form workbooks (UKPBJ, tender and efisiensi HPS)",
  buildBlind229,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind229"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("keeps every nilai kontrak at or below its HPS, and every HPS at or below its pagu", () => {
        const { book: b, wb } = book("rekap-efisiensi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [pagu, hps, k] = [3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, k <= hps && hps <= pagu]).toEqual([r, true]);
        }
      });
    },
  },
);
