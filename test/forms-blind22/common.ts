// Shared pieces of the twenty-second unseen set (Java kabupaten/kota offices): the capaian formulas
// as offices type them, a code-parent claim, and formulas the kit's evaluator does not know
// (IFERROR) written after BookW.finish() with their cached result. Nothing here changes the kit;
// forms-blind22.test.ts checks every cell written this way again on the written workbook.
import { evaluate, plain, type BookW, type Getter, type SheetW, type Value } from "../forms/kit";

/** R / T x 100 rounded as the offices type it. */
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
/** refleksi (2T - R) / T x 100 for lower-is-better indicators. */
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
/** rasio T / R x 100 for lower-is-better indicators (the convention some notes name). */
export const rasio = (R: string, T: string): string => `ROUND(${T}/${R}*100,2)`;

/** Lists a code cell clean for code-hierarchy: its parent is the code in `parentCell`. */
export function codeOk(b: BookW, sheet: string, cell: string, parentCell: string): void {
  b.ok({ sheet, cell, rules: ["code-hierarchy"], truth: parentCell, actual: `PARENT(${cell})` });
}

/**
 * Evaluates a formula with the kit's evaluator, plus IFERROR(x, y) around the whole formula: y
 * when x cannot be computed or gives no finite number.
 */
export function evalRaw(formula: string, sheet: string, get: Getter): Value {
  const src = formula.replace(/^=/, "");
  const m = /^IFERROR\((.*),([^,()]*)\)$/.exec(src);
  if (!m) return evaluate(src, sheet, get);
  let v: Value;
  try {
    v = evaluate(m[1], sheet, get);
  } catch {
    v = null;
  }
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return evaluate(m[2], sheet, get);
}

/**
 * Writes `formula` into `cell` of sheet `s` with its cached result, after BookW.finish() (so the
 * cells it reads hold their results). Cells written this way are not in BookW.formulas: no kit
 * formula may read them.
 */
export function rawFormula(s: SheetW, cell: string, formula: string, numFmt?: string): void {
  const get: Getter = (sheet, row, col) => plain(s.book.wb.getWorksheet(sheet)!.getCell(row, col));
  const v = evalRaw(formula, s.name, get);
  const c = s.ws.getCell(cell);
  c.value = { formula, result: v } as never;
  if (numFmt) c.numFmt = numFmt;
}
