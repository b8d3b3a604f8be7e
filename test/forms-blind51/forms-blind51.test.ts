// The fifty-first set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the LKjIP's AKB uses the refleksi, the Renja's prakiraan maju is ROUND(Rp*1.1,0) on
// every sub kegiatan, and the BOS Tahap I is half the pagu.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind51 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-first set of unseen standard-form workbooks", buildBlind51, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind51"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formulaAt = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("uses the refleksi for the AKB of the LKjIP", () => {
      const { book: b, wb } = book("lkjip-2024-dinas-pendidikan-aceh-");
      const [t] = b.expected().tables;
      expect(formulaAt(wb, t.sheet, t.firstDataRow + 3, colNumber(t.firstCol) + 7)).toMatch(/^ROUND\(\(2\*/);
    });

    it("takes the prakiraan maju 2026 of every sub kegiatan as ROUND(Rp*1.1,0)", () => {
      const { book: b, wb } = book("renja-2025-dinas-kesehatan-aceh-");
      const [t] = b.expected().tables;
      const c0 = colNumber(t.firstCol);
      let n = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const code = String(wb.getWorksheet(t.sheet)!.getCell(r, c0).value ?? "");
        if (code.split(".").length === 6) {
          expect(formulaAt(wb, t.sheet, r, c0 + 8)).toMatch(/^ROUND\([A-Z]+\d+\*1\.1,0\)$/);
          n++;
        }
      }
      expect(n).toBe(8);
    });

    it("pays half the BOS pagu in Tahap I", () => {
      const { book: b, wb } = book("realisasi-bos-sma-smk-");
      const [t] = b.expected().tables;
      expect(formulaAt(wb, t.sheet, t.firstDataRow, colNumber(t.firstCol) + 6)).toMatch(/\*0\.5,0\)$/);
    });
  },
});
