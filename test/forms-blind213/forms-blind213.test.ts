// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row takes the Triwulan IV value, and no kecamatan trains more wirausaha muda than it has
// usaha berjalan to explain (usaha berjalan never exceeds peserta).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind213 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 213th set of unseen standard-form workbooks (Dispora, kepemudaan and gelanggang remaja)",
  buildBlind213,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind213"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level of the % row", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 4; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("never has more usaha berjalan than peserta in a kecamatan of the wirausaha recap", () => {
        const { book: b, wb } = book("rekap-wirausaha-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 5) as number);
      });
    },
  },
);
