// The seventy-eighth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the PK sheet holds its budget table under its targets, and the PORPROV klasemen's Jumlah
// row leaves the Peringkat blank and adds its medals with formulas.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind78 } from "./build";

soundnessSuite("the seventy-eighth set of unseen standard-form workbooks", buildBlind78, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind78"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, cell: string): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value as ExcelJS.CellFormulaValue | null;
      return v && typeof v === "object" && "formula" in v ? v.formula : null;
    };

    it("stands the PK budget table under the PK targets on the same sheet", () => {
      const { book: b } = book("perjanjian-kinerja-2025-");
      const [t1, t2] = b.expected().tables.filter((t) => t.sheet === "PK 2025");
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
    });

    it("leaves the Peringkat of the klasemen's Jumlah row blank and sums with formulas", () => {
      const { book: b, wb } = book("klasemen-porprov-");
      const [t] = b.expected().tables;
      expect(wb.getWorksheet(t.sheet)!.getCell(`${t.firstCol}${t.lastDataRow}`).value).toBeNull();
      expect(formula(wb, t.sheet, `${t.lastCol}${t.lastDataRow}`)).toMatch(/^SUM\(/);
    });
  },
});
