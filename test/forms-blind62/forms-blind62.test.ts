// The sixty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the E.81 takes the Triwulan IV level of the on-time percentage and sums the quarters of
// the counts, the T-C.27 states its scale in millions above the table, and the Dana Kelurahan recap
// gives each kelurahan a subtotal of its own two bidang.
import type ExcelJS from "exceljs";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind62 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-second set of unseen standard-form workbooks", buildBlind62, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind62"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("sums the quarters of the counts and takes the Triwulan IV level of the on-time percentage", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const kinds: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(ws.getCell(r, c0 + 3).value);
        const y = ws.getCell(r, c0 + 14).value as ExcelJS.CellFormulaValue;
        kinds.push(y.formula.startsWith("SUM(") ? "sum" : "level");
        expect([r, y.formula.startsWith("SUM(")]).toEqual([r, sat !== "%"]);
      }
      expect(kinds.filter((k) => k === "level")).toHaveLength(1);
    });

    it("states the T-C.27's scale in millions above its header", () => {
      const { book: b, wb } = book("tc27-renstra-2025-2029-dinas-pertanahan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) {
        const v = get(t.sheet, r, 1);
        if (nonBlank(v)) above.push(String(v));
      }
      expect(above).toContain("(dalam jutaan rupiah)");
    });

    it("gives each kelurahan a subtotal of its own two bidang", () => {
      const { book: b, wb } = book("rekap-realisasi-dana-kelurahan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const subs: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if (String(get(t.sheet, r, c0 + 2) ?? "").startsWith("Jumlah Kel.")) subs.push(r);
      expect(subs).toHaveLength(3);
      for (const r of subs)
        expect(get(t.sheet, r, c0 + 3)).toBe(
          (get(t.sheet, r - 2, c0 + 3) as number) + (get(t.sheet, r - 1, c0 + 3) as number),
        );
    });
  },
});
