// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the OPD
// recap's Sisa is Pagu minus Jumlah on every row, and the LRA SiLPA anggaran balances to zero.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind296 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 296th set of unseen standard-form workbooks (BPKAD, SP2D, LRA and SiLPA)",
  buildBlind296,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind296"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every triwulan of the OPD recap within its pagu", () => {
        const { book: b, wb } = book("rekap-realisasi-belanja-opd-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const q = [3, 4, 5, 6].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(q.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
        }
      });

      it("gives the LRA a defisit in the budget that the pembiayaan netto covers exactly", () => {
        const { book: b, wb } = book("sp2d-bulanan-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c = colNumber(t.firstCol) + 2;
        expect(get(t.sheet, t.firstDataRow + 2, c) as number).toBeLessThan(0);
        expect(get(t.sheet, t.lastDataRow, c) as number).toBe(0);
      });
    },
  },
);
