// The fifty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the PBB-P2 total stops at November, the row-wise LKjIP uses the refleksi for its
// negative indicator except in the planted year, and the E.81 takes TW IV for its level rows.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind52 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-second set of unseen standard-form workbooks", buildBlind52, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind52"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formulaAt = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("lets the PBB-P2 total stop at November while the other jenis SUM twelve months", () => {
      const { book: b, wb } = book("laporan-penerimaan-pajak-");
      const [t] = b.expected().tables;
      const j = colNumber(t.firstCol) + 16;
      const fs = [t.firstDataRow + 3, t.firstDataRow + 4].map((r) => formulaAt(wb, t.sheet, r, j));
      expect(fs[0]).toMatch(/^SUM\(E\d+:O\d+\)$/);
      expect(fs[1]).toMatch(/^SUM\(E\d+:P\d+\)$/);
    });

    it("uses the refleksi for the keluhan share of the row-wise LKjIP except in 2023", () => {
      const { book: b, wb } = book("lkjip-2024-disparbud-");
      const [t] = b.expected().tables;
      const r = t.firstDataRow + 8;
      const fs = [4, 5, 6].map((k) => formulaAt(wb, t.sheet, r, colNumber(t.firstCol) + k));
      expect(fs.map((f) => f.startsWith("ROUND((2*"))).toEqual([true, false, true]);
    });

    it("takes TW IV as the year's K of the level rows of the E.81", () => {
      const { book: b, wb } = book("evaluasi-renja-2024-e81-");
      const [t] = b.expected().tables;
      const rk = colNumber(t.firstCol) + 15;
      expect(formulaAt(wb, t.sheet, t.firstDataRow, rk)).toMatch(/^N\d+$/);
      expect(formulaAt(wb, t.sheet, t.firstDataRow + 1, rk)).toMatch(/^SUM\(/);
    });
  },
});
