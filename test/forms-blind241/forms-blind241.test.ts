// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value, and every kecamatan's samples split into MS + TMS.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind241 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 241st set of unseen standard-form workbooks (UPTD Labkesda, sampel and retribusi)",
  buildBlind241,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind241"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("sums the E.81 quarters of the flows and keeps the Triwulan IV level of the % row", () => {
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

      it("splits every kecamatan's air minum samples into memenuhi and tidak memenuhi syarat", () => {
        const { book: b, wb } = book("rekap-uji-air-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect((get(t.sheet, r, c0 + 3) as number) + (get(t.sheet, r, c0 + 4) as number)).toBe(
            get(t.sheet, r, c0 + 2),
          );
      });
    },
  },
);
