// The fifty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the E.81 at triwulan III takes TW III for its level programme row, the LRA total adds
// its three kelompok, and the cumulative rencana aksi ends its TW-IV at the annual target.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind53 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-third set of unseen standard-form workbooks", buildBlind53, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind53"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formulaAt = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("takes TW III as the s.d. TW III K of the level programme row of the E.81", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-triwulan-iii-");
      const [t] = b.expected().tables;
      const sk = colNumber(t.firstCol) + 12;
      expect(formulaAt(wb, t.sheet, t.firstDataRow, sk)).toMatch(/^K\d+$/);
      expect(formulaAt(wb, t.sheet, t.firstDataRow + 2, sk)).toMatch(/^SUM\(/);
    });

    it("adds the three kelompok for BELANJA DAERAH of the LRA, not every row under it", () => {
      const { book: b, wb } = book("lra-belanja-2024-");
      const [t] = b.expected().tables;
      const f = formulaAt(wb, t.sheet, t.firstDataRow, colNumber(t.firstCol) + 3);
      expect(f.split("+")).toHaveLength(3);
    });

    it("ends the cumulative rencana aksi at the annual target in TW-IV", () => {
      const { book: b, wb } = book("rencana-aksi-pk-2025-");
      const t = b.expected().tables.find((x) => x.sheet === "Rencana Aksi 2025")!;
      const ws = wb.getWorksheet(t.sheet)!;
      const c = colNumber(t.firstCol);
      expect(ws.getCell(t.firstDataRow, c + 4).value).toBe(ws.getCell(t.firstDataRow, c + 8).value);
    });
  },
});
