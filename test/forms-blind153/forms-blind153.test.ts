// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the TOTAL
// row of the case recap adds the kecamatan except the planted stale column, and the E.81's realisasi K
// takes Triwulan IV exactly where the unit is "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind153 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-fifty-third set of unseen standard-form workbooks (DP3A)", buildBlind153, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind153"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("handles no more cases than reported in any kecamatan, and the TOTAL row adds them but the planted one", () => {
      const { book: b, wb } = book("rekap-kasus-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const wrong: number[] = [];
      for (let c = c1 + 2; c <= c1 + 7; c++) {
        let sum = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) sum += get(t.sheet, r, c) as number;
        if (sum !== get(t.sheet, t.lastDataRow, c)) wrong.push(c);
      }
      expect(wrong).toEqual([c1 + 3]);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (const c of [c1 + 2, c1 + 4, c1 + 6])
          expect((get(t.sheet, r, c + 1) as number) <= (get(t.sheet, r, c) as number)).toBe(true);
    });

    it("takes the Triwulan IV K for the % rows of the E.81 and adds the quarters of the others", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c1 = colNumber(t.firstCol);
      const units = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, c1 + 15).value as { formula: string };
        const sat = String(ws.getCell(r, c1 + 4).value);
        units.add(sat);
        expect([r, v.formula.includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(units.has("%")).toBe(true);
    });
  },
});
