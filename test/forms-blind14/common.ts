// Small helpers of the sixteenth set that the kit of ../forms/kit.ts lacks: formulas the kit's
// evaluator does not know (IFERROR) written after BookW.finish() with their cached result, and the
// predikat cells typed from the cached result of the average above them. Nothing here changes the
// kit; forms-blind14.test.ts checks every cell written this way again on the written workbook.
import { evaluate, plain, predikat, type BookW, type Getter, type SheetW, type Value } from "../forms/kit";

export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;

/** The five Permendagri bands from the lowest up, to pick a wrong one on purpose. */
export const BANDS = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"];

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

/** A getter over a workbook being built (formula cells give their cached result). */
export const bookGetter =
  (b: BookW): Getter =>
  (sheet, row, col) =>
    plain(b.wb.getWorksheet(sheet)!.getCell(row, col));

/**
 * Writes `formula` into `cell` of sheet `s` with its cached result, after BookW.finish() (so the
 * cells it reads hold their results). Cells written this way are not in BookW.formulas: no kit
 * formula may read them.
 */
export function rawFormula(s: SheetW, cell: string, formula: string, numFmt?: string): void {
  const v = evalRaw(formula, s.name, bookGetter(s.book));
  const c = s.ws.getCell(cell);
  c.value = { formula, result: v } as never;
  if (numFmt) c.numFmt = numFmt;
}

/** Types the predikat of the cached average in `avgCell` into `cell` (or a wrong band on purpose). */
export function typePredikat(s: SheetW, cell: string, avgCell: string, shift = 0): string {
  const avg = plain(s.ws.getCell(avgCell));
  if (typeof avg !== "number") throw new Error(`no average in ${s.name}!${avgCell}`);
  const right = predikat(avg);
  const text = shift ? BANDS[BANDS.indexOf(right) + shift] : right;
  if (shift && !text) throw new Error(`no band ${shift} away from ${right}`);
  s.ws.getCell(cell).value = text;
  return text;
}
