// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// sanggar stock takes away the dibekukan, and the museum TOTAL capaian is the ratio of its totals.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind285 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 285th set of unseen standard-form workbooks (Dinas Kebudayaan, cagar budaya and museum)",
  buildBlind285,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind285"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's sanggar dibina at or below its sanggar terdaftar", () => {
        const { book: b, wb } = book("rekap-sanggar-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const stock =
            (get(t.sheet, r, c0 + 1) as number) +
            (get(t.sheet, r, c0 + 2) as number) -
            (get(t.sheet, r, c0 + 3) as number);
          expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(stock);
        }
      });

      it("gives the museum TOTAL the ratio of its totals and shares that add up to 100", () => {
        const { book: b, wb } = book("kunjungan-museum-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const last = t.lastDataRow;
        const ratio =
          Math.round(
            ((get(t.sheet, last, c0 + 7) as number) / (get(t.sheet, last, c0 + 2) as number)) * 10000,
          ) / 100;
        expect(get(t.sheet, last, c0 + 8)).toBeCloseTo(ratio, 2);
        expect(get(t.sheet, last, c0 + 9)).toBe(100);
      });
    },
  },
);
