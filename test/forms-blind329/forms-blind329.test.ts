// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows keep the Triwulan IV level while the flows add their quarters, and every kecamatan
// has no more destana than nagari.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind329 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 329th set of unseen standard-form workbooks (BPBD, destana, kajian risiko, rehab-rekon)",
  buildBlind329,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind329"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-bpbd-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 6; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, Math.round(k12 * 100)]).toEqual([
            r,
            Math.round((level ? q[3] : q[0] + q[1] + q[2] + q[3]) * 100),
          ]);
        }
      });

      it("has no kecamatan with more destana than nagari", () => {
        const { book: b, wb } = book("rekap-destana-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
