// An exceljs worksheet as the engine's grid: values, cached results and formula text (shared
// formulas expanded), merged areas, number formats, rich text, hyperlinks, dates, bold and fills.
// No Node built-in: readWorkbook.ts (the CLI) and the pane's "Bandingkan dengan berkas..."
// (src/taskpane/berkas, exceljs in the browser) copy cells the same way.
import ExcelJS from "exceljs";
import { CellValue, Grid, parseRange } from "../core/grid";
import { unescapeText } from "./xlsxPackage";

/** A cell's value as the grid holds it, from exceljs's value (the direct reader builds the same). */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      return typeof r === "string" ? unescapeText(r) : plainValue(r as ExcelJS.CellValue);
    }
    if ("hyperlink" in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in (t as object))
        return plainValue(t as ExcelJS.CellValue);
      return String(v.hyperlink);
    }
    // an empty shared string (<si></si>) comes as {}: a blank cell, not "[object Object]"
    if (Object.keys(v).length === 0) return null;
  }
  return String(v);
}

/**
 * The sheet's merged areas ("A1:C1"), as `ws.model.merges` lists them: from exceljs's own table
 * of them (`_merges`, by top-left cell), because the `model` getter first builds a model of every
 * row and cell (0,4 s and as much garbage for a 200 000-row sheet, issue 11 item 6). The model
 * is still asked when that table is not there.
 */
function mergedAreas(ws: ExcelJS.Worksheet): string[] {
  const table = (ws as unknown as { _merges?: Record<string, { range?: unknown } | undefined> })._merges;
  if (!table || typeof table !== "object") return (ws.model as { merges?: string[] }).merges ?? [];
  const out: string[] = [];
  for (const key of Object.keys(table)) {
    const range = table[key]?.range;
    if (typeof range === "string") out.push(range);
  }
  return out;
}

export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const grid = new Grid({ name: ws.name, hidden: ws.state !== "visible" });
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs repeats a merged area's value in every cell; the grid keeps it in the top-left only.
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainValue(cell.value);
      // (a writer that kept the "=" in the stored text, "=SUM(E9:H9)", means the same formula)
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula?.replace(/^=+/, "") : undefined;
      const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      const bold = cell.font?.bold ? true : undefined;
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      const filled = fill && fill.type === "pattern" && fill.pattern !== "none" ? true : undefined;
      if (value === null && !formula && !bold && !filled) return;
      grid.set(r, c, { value, formula, numFmt, bold, filled });
    });
  });
  for (const m of mergedAreas(ws)) {
    const range = parseRange(m);
    if (range) grid.addMerge(range);
  }
  return grid;
}

/** A grid's cells as rows of values, from A1 (a nomenclature list is read from rows). */
export function rowsOf(g: Grid): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= g.colCount; c++) row.push(g.value(r, c));
    rows.push(row);
  }
  return rows;
}
