// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row takes the Triwulan IV value, and no kecamatan takes more Urea than its RDKK.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind290 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 290th set of unseen standard-form workbooks (Distan, penyuluhan, RDKK and pupuk bersubsidi)",
  buildBlind290,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind290"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in (12) K of the E.81 % row and adds the quarters elsewhere", () => {
        const { book: b, wb } = book("e81-");
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

      it("lets no kecamatan take more Urea in its quarters than its RDKK allocation", () => {
        const { book: b, wb } = book("pupuk-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const q = [3, 4, 5, 6].reduce((n, i) => n + (get(t.sheet, r, c0 + i) as number), 0);
          expect(q).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
        }
      });
    },
  },
);
