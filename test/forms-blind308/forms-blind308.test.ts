// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// status breakdown of the BPK recap stays within its jumlah rekomendasi, and the E.81 level row keeps
// the Triwulan IV level while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind308 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 308th set of unseen standard-form workbooks (Inspektorat, TL BPK, SAKIP, SPIP, probity)",
  buildBlind308,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind308"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % row and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-inspektorat-");
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

      it("keeps every OPD's sesuai at or below its jumlah rekomendasi in the BPK recap", () => {
        const { book: b, wb } = book("rekap-tl-rekomendasi-bpk-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
