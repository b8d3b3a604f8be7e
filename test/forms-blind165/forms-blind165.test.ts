// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the per-UPT
// Jumlah is TPA + TPS except the planted row, and the E.81 level rows take the Triwulan IV value while
// the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind165 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-sixty-fifth set of unseen standard-form workbooks (transmigrasi, perbatasan)",
  buildBlind165,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind165"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds TPA and TPS in every UPT's Jumlah except the one planted row", () => {
        const { book: b, wb } = book("rekap-penempatan-upt-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [tpa, tps, jml] = [4, 5, 6].map((k) => get(t.sheet, r, c0 + k));
          if (tpa !== (jml as number) - (tps as number)) off.push(r);
        }
        expect(off.length).toBe(1);
      });

      it("takes the Triwulan IV value for the % levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, c0 + 15).value as { formula: string };
          const sat = String(ws.getCell(r, c0 + 4).value);
          expect([r, v.formula.includes("+")]).toEqual([r, sat !== "%"]);
        }
      });
    },
  },
);
