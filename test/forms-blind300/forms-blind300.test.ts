// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 mCPR row keeps its Triwulan IV level, and no kecamatan has more peserta KB aktif plus unmet
// need than PUS.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind300 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 300th set of unseen standard-form workbooks (DP3AP2KB: KB, kekerasan, KLA, PUG)",
  buildBlind300,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind300"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
        const { book: b, wb } = book("e81-renja-kb-");
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

      it("keeps peserta KB aktif plus unmet need at or below the PUS of every kecamatan", () => {
        const { book: b, wb } = book("rekap-peserta-kb-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(
            (get(t.sheet, r, c0 + 5) as number) + (get(t.sheet, r, c0 + 7) as number),
          ).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
