// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows keep the Triwulan IV level while the flows add their quarters, and no kecamatan reports
// more K6 or persalinan than its sasaran.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind324 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 324th set of unseen standard-form workbooks (Dinkes KIA: AKI, AKB, K6, KN lengkap)",
  buildBlind324,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind324"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-dinkes-kia-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 4; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("keeps every kecamatan's K6 and persalinan at or below its sasaran", () => {
        const { book: b, wb } = book("rekap-spm-kia-per-kecamatan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 5) as number);
        }
      });
    },
  },
);
