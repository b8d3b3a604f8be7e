// The seventy-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the monthly recap's yearly % penempatan is the ratio of the totals, the E.79 takes the
// Triwulan IV value for the yearly K of a level and the sum of the quarters for a flow, and the
// T-C.27 program rows add the Rp of exactly the kegiatan under them.
import ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind73 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-fifth set of unseen standard-form workbooks", buildBlind73, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind73"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("gives the yearly % penempatan as the ratio of the totals, not a sum of the months", () => {
      const { book: b, wb } = book("rekap-bulanan-pencaker-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const tot = t.lastDataRow;
      const pct = get(t.sheet, tot, c0 + 9) as number;
      const ratio = ((get(t.sheet, tot, c0 + 8) as number) / (get(t.sheet, tot, c0 + 4) as number)) * 100;
      expect(Math.abs(pct - ratio)).toBeLessThan(0.006);
      expect(pct).toBeLessThan(100);
    });

    it("takes the TW IV level for a rate and the sum of the quarters for a count in the E.79", () => {
      const { book: b, wb } = book("e79-evaluasi-rpjmd-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = ws.getCell(r, c0 + 4).value;
        const y = ws.getCell(r, c0 + 19).value as ExcelJS.CellFormulaValue | null;
        if (!y || typeof y !== "object" || !("formula" in y)) continue;
        kinds.add(String(sat));
        expect([r, y.formula.includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(kinds.has("%")).toBe(true);
    });

    it("adds to a T-C.27 program row the Rp of the kegiatan listed under it", () => {
      const { book: b, wb } = book("renstra-tc27-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      let programs = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const kode = String(ws.getCell(r, c0).value);
        if (kode.split(".").length !== 3) continue;
        programs++;
        const f = (ws.getCell(r, c0 + 6).value as ExcelJS.CellFormulaValue).formula;
        let next = r + 1;
        while (next <= t.lastDataRow && String(ws.getCell(next, c0).value).split(".").length === 5) next++;
        expect([r, f.split("+").length]).toEqual([r, next - r - 1]);
      }
      expect(programs).toBe(3);
    });
  },
});
