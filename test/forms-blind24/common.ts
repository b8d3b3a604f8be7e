// Small helpers of the twenty-fourth set that the kit of ../forms/kit.ts lacks: the capaian
// expressions, Indonesian text numbers with thousand dots (as the web apps export them), and formulas
// the kit's evaluator does not know (IFERROR) written after BookW.finish() with their cached result.
// Nothing here changes the kit; forms-blind24.test.ts checks every IFERROR cell again on the written
// workbook.
import { evaluate, plain, round, type BookW, type Getter, type SheetW, type Value } from "../forms/kit";

export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
export const cap = (neg: boolean | undefined, T: number, R: number): number =>
  round(neg ? ((2 * T - R) / T) * 100 : (R / T) * 100);

/** 1486250000 -> "1.486.250.000"; 58.4 -> "58,40" with `dec` decimals (Indonesian text). */
export function idText(v: number, dec = 0): string {
  const [i, d] = v.toFixed(dec).split(".");
  const int = i.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return d ? `${int},${d}` : int;
}

/** Evaluates a formula with the kit's evaluator, plus IFERROR(x, y) around the whole formula. */
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
 * Writes `formula` into `cell` of sheet `s` with its cached result, after BookW.finish() (the cells
 * it reads hold their results). Such cells are not in BookW.formulas: no kit formula may read them.
 * `stale` plants a cached result the formula does not give.
 */
export function rawFormula(s: SheetW, cell: string, formula: string, numFmt?: string, stale?: number): void {
  const get: Getter = (sheet, row, col) => plain((s.book as BookW).wb.getWorksheet(sheet)!.getCell(row, col));
  const v = stale ?? evalRaw(formula, s.name, get);
  const c = s.ws.getCell(cell);
  c.value = { formula, result: v } as never;
  if (numFmt) c.numFmt = numFmt;
}
