// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// kecamatan's KSP/USP dinilai stays within its koperasi aktif and its breakdown, and the E.81 % rows keep
// the Triwulan IV level in column 12 while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind322 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 322nd set of unseen standard-form workbooks (Dinas Koperasi dan UKM: koperasi sehat, RAT, KUR, pelatihan)",
  buildBlind322,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind322"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-diskopukm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow - 2; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect(k12).toBeCloseTo(level ? q[3] : q[0] + q[1] + q[2] + q[3], 6);
        }
      });

      it("keeps every kecamatan's dinilai within its koperasi aktif and equal to its four grades", () => {
        const { book: b, wb } = book("rekap-kesehatan-koperasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const n = (i: number) => get(t.sheet, r, c0 + i) as number;
          expect(n(2)).toBeLessThanOrEqual(n(1));
          expect(n(2)).toBe(n(3) + n(4) + n(5) + n(6));
          expect(n(8)).toBeLessThanOrEqual(n(1));
        }
      });
    },
  },
);
