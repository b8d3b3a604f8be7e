// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27 kondisi akhir Rp of every row but the planted one is the sum of its five years, and the ormas
// recap keeps every bidang's "melaporkan" within its terdaftar s.d. 2024.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind347 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 347th set of unseen standard-form workbooks (Kesbangpol dan Satpol: konflik sosial, ormas terdaftar, pendidikan politik, wawasan kebangsaan, partisipasi pemilih)",
  buildBlind347,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind347"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the five years' Rp into the T-C.27 kondisi akhir Rp, except the planted row", () => {
        const { book: b, wb } = book("tc27-kesbangpol-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = [0, 1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + 6 + 2 * i) as number);
          const ka = get(t.sheet, r, c0 + 16) as number;
          if (Math.abs(years.reduce((a, x) => a + x, 0) - ka) > 0.5) off.push(r);
        }
        expect(off).toEqual([t.firstDataRow + 2]);
      });

      it("keeps every bidang's melaporkan at or below its terdaftar in the ormas recap", () => {
        const { book: b, wb } = book("rekap-ormas-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 5) as number);
      });
    },
  },
);
