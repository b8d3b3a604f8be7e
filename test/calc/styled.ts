// Workbooks formatted the way planners format them: a merged bold title, bold shaded headers with
// borders, one font for the body, number formats, notes, column widths, frozen panes, a data
// validation, a conditional format, a defined name, a row style and a column style. Many cells
// share each cell format, which is what made the old marked copy paint cells without a finding.
import ExcelJS from "exceljs";
import { SEED_FIXTURES, parseRange, type SeedFixture } from "../fixtures";

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const BODY: Partial<ExcelJS.Font> = { name: "Arial", size: 10 };
const HEAD: Partial<ExcelJS.Font> = { name: "Arial", size: 10, bold: true };
const TITLE: Partial<ExcelJS.Font> = { name: "Arial", size: 12, bold: true };
const SHADE: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };

/** Formats one fixture's sheet in place. */
export function formatLikeAPlanner(ws: ExcelJS.Worksheet, f: SeedFixture): void {
  let lastCol = 1;
  for (const t of f.expected.filter((e) => e.sheet === ws.name)) {
    const head = parseRange(t.headerRange);
    const body = parseRange(t.dataRange);
    lastCol = Math.max(lastCol, head.right, body.right);
    for (const r of t.titleRows) {
      const row = ws.getRow(r);
      row.font = TITLE; // a row style: cells written later in this row take it too
      for (let c = head.left; c <= head.right; c++) ws.getCell(r, c).font = TITLE;
      const others = Array.from({ length: head.right - head.left }, (_, i) =>
        ws.getCell(r, head.left + 1 + i),
      );
      if (!ws.getCell(r, head.left).isMerged && others.every((c) => c.value === null && !c.isMerged))
        ws.mergeCells(r, head.left, r, head.right);
      ws.getCell(r, head.left).alignment = { horizontal: "center" };
    }
    for (let r = head.top; r <= head.bottom; r++)
      for (let c = head.left; c <= head.right; c++) {
        const cell = ws.getCell(r, c);
        cell.font = HEAD;
        cell.fill = SHADE;
        cell.border = thin;
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      }
    for (let r = body.top; r <= body.bottom; r++)
      for (let c = body.left; c <= body.right; c++) {
        const cell = ws.getCell(r, c);
        cell.font = BODY;
        cell.border = thin;
        const v = cell.value;
        const n =
          typeof v === "number" ? v : typeof (v as ExcelJS.CellFormulaValue)?.result === "number" ? 1.5 : NaN;
        if (!Number.isNaN(n)) cell.numFmt = Number.isInteger(n) ? "#,##0" : "#,##0.00";
        else cell.alignment = { vertical: "top", wrapText: true };
      }
    ws.views = [{ state: "frozen", ySplit: head.bottom, xSplit: 0 }];
  }
  ws.columns.forEach((col, i) => (col.width = i === 1 ? 42 : i === 0 ? 6 : 12));
  // A column style past the table: a cell never written there shows it.
  ws.getColumn(lastCol + 2).numFmt = "0.0";
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
}

/** Every seed table on its own sheet, formatted; plus notes, a validation, a name, a hidden sheet. */
export function plannerWorkbook(fixtures: SeedFixture[] = SEED_FIXTURES): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Bappeda";
  for (const f of fixtures) {
    const ws = wb.addWorksheet(f.expected[0].sheet);
    f.write(ws);
    formatLikeAPlanner(ws, f);
  }
  const first = wb.worksheets[0];
  const f0 = fixtures[0];
  const body = parseRange(f0.expected[0].dataRange);
  // Notes of the planner's own: one on a cell with a known mistake (ours is appended), one elsewhere.
  if (f0.mistakes[0]) first.getCell(f0.mistakes[0].cell).note = "Angka dari Bidang Rehsos, cek lagi";
  first.getCell(body.top, body.left + 1).note = "Sumber: BPS Kota Blitar";
  for (let r = body.top; r <= body.bottom; r++)
    first.getCell(r, body.right).dataValidation = {
      type: "decimal",
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      error: "Angka tidak boleh negatif",
    };
  first.addConditionalFormatting({
    ref: `${first.getCell(body.top, body.right).address}:${first.getCell(body.bottom, body.right).address}`,
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: [50],
        priority: 1,
        style: { font: { color: { argb: "FFC00000" } } },
      },
    ],
  });
  wb.definedNames.add(`'${first.name}'!$A$${body.top}:$A$${body.bottom}`, "Nomor_Indikator");
  const ref = wb.addWorksheet("Referensi", { state: "hidden" });
  ref.addRow(["Kode", "Uraian"]).font = { bold: true };
  ref.addRow(["1.06", "Urusan Sosial"]);
  ref.getCell("B3").value = { formula: "UPPER(B2)", result: "URUSAN SOSIAL" };
  return wb;
}
