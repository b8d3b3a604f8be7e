// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// kenaikan pangkat period processes no more usulan than came in, and the E.81 level rows keep the
// Triwulan IV value in column 12.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind275 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 275th set of unseen standard-form workbooks (BKPSDM, pelatihan 20 JP, kenaikan pangkat, PPPK)",
  buildBlind275,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind275"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("processes no more usulan kenaikan pangkat than came in, in every period", () => {
        const { book: b, wb } = book("rekap-kenaikan-pangkat-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });

      it("keeps the Triwulan IV level in column 12 of the E.81 level rows", () => {
        const { book: b, wb } = book("e81-evaluasi-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (const r of [t.firstDataRow, t.firstDataRow + 1])
          expect(get(t.sheet, r, c0 + 18)).toBe(get(t.sheet, r, c0 + 16));
      });
    },
  },
);
