// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan has more korban terlayani than korban, and the E.81 level rows keep the Triwulan IV level
// while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind323 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 323rd set of unseen standard-form workbooks (DP3A, KLA, PUG/PPRG, UPTD PPA)",
  buildBlind323,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind323"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps korban terlayani at or below the parts of each kecamatan", () => {
        const { book: b, wb } = book("rekap-korban-kekerasan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const parts = [2, 3, 4].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(parts[0] + parts[1] + parts[2]);
        }
      });

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows (K)", () => {
        const { book: b, wb } = book("evaluasi-renja-dp3a-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 6; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });
    },
  },
);
