// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps its Triwulan IV level, and the penjamin rows of the BLUD recap add up to the
// instalasi total.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind291 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 291st set of unseen standard-form workbooks (RSUD, IGD, farmasi and BLUD)",
  buildBlind291,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind291"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the E.81 % row and adds the quarters of its flows", () => {
        const { book: b, wb } = book("e81-rsud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("has penjamin rows that add up to the realisasi total of the instalasi table", () => {
        const { book: b, wb } = book("pendapatan-blud-");
        const [inst, pj] = b.expected().tables;
        const get = getter(wb);
        const rc = colNumber(inst.firstCol) + 5;
        const pc = colNumber(pj.firstCol) + 1;
        let s = 0;
        for (let r = pj.firstDataRow; r < pj.lastDataRow; r++) s += get(pj.sheet, r, pc) as number;
        expect(s).toBe(get(inst.sheet, inst.lastDataRow, rc));
      });
    },
  },
);
