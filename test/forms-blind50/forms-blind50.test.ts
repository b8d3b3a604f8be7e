// The fiftieth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the diklat recap takes the TW IV value of its level row and leaves it out of the Jumlah,
// the IDM's values keep four decimals, and the LKjIP's negative indicator uses the refleksi.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind50 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fiftieth set of unseen standard-form workbooks", buildBlind50, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind50"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formulaAt = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("takes the TW IV value of the level row of the diklat recap and keeps it out of the Jumlah", () => {
      const { book: b, wb } = book("rekap-diklat-");
      const [t] = b.expected().tables;
      const c0 = colNumber(t.firstCol);
      const last = t.lastDataRow;
      expect(formulaAt(wb, t.sheet, last - 1, c0 + 8)).toBe(`${t.firstCol.replace(/./, "H")}${last - 1}`);
      expect(formulaAt(wb, t.sheet, last, c0 + 7)).toMatch(new RegExp(`^SUM\\(H\\d+:H${last - 2}\\)$`));
    });

    it("uses the refleksi for the negative indicator of the LKjIP except in the planted year", () => {
      const { book: b, wb } = book("lkjip-2024-bkpsdm-");
      const [t] = b.expected().tables;
      const r = t.firstDataRow + 1;
      const fs = [6, 9, 12].map((k) => formulaAt(wb, t.sheet, r, colNumber(t.firstCol) + k));
      expect(fs.map((f) => f.startsWith("ROUND((2*"))).toEqual([true, false, true]);
    });

    it("keeps four decimals for the IDM row of the IKU matrix", () => {
      const { book: b, wb } = book("matriks-iku-");
      const [t] = b.expected().tables;
      const cell = wb.getWorksheet(t.sheet)!.getCell(t.firstDataRow, colNumber(t.firstCol) + 6);
      expect(cell.numFmt).toBe("0.0000");
    });
  },
});
