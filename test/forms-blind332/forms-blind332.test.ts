// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// OPD's realisasi belanja stays within its pagu, and every SP2D row adds its LS, UP/GU and TU.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind332 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 332nd set of unseen standard-form workbooks (BPKAD: APBD, aset, opini BPK, SP2D)",
  buildBlind332,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind332"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every OPD's realisasi belanja within its pagu", () => {
        const { book: b, wb } = book("rekap-realisasi-apbd-opd-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });

      it("adds LS, UP/GU and TU into every SP2D row's jumlah lembar", () => {
        const { book: b, wb } = book("rekap-aset-sp2d-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const n = (k: number) => get(t.sheet, r, c0 + k) as number;
          expect(n(4)).toBe(n(1) + n(2) + n(3));
        }
      });
    },
  },
);
