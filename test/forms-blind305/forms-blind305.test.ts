// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// kumuh recap's year row keeps the Triwulan IV level, and no kecamatan handles more RTLH than it had.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind305 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 305th set of unseen standard-form workbooks (Disperkim, RTLH, kawasan kumuh and PSU)",
  buildBlind305,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind305"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("chains the kumuh quarters: each quarter starts where the previous one ended", () => {
        const { book: b, wb } = book("kawasan-kumuh-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++)
          expect((get(t.sheet, r, c0 + 1) as number).toFixed(2)).toBe(
            (get(t.sheet, r - 1, c0 + 3) as number).toFixed(2),
          );
      });

      it("keeps every kecamatan's RTLH ditangani at or below its RTLH awal", () => {
        const { book: b, wb } = book("rekap-rtlh-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
