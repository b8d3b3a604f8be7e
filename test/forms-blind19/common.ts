// Small helpers of the nineteenth set that the kit of ../forms/kit.ts lacks: the capaian formulas as
// offices write them (R / T and the refleksi of a lower-is-better indicator), a sum of single cells
// as "=A+B+C" (K and Rp interleave, so a range would add both), and IFERROR formulas written after
// BookW.finish() with their cached result (the kit's evaluator does not know IFERROR). Nothing here
// changes the kit; forms-blind19.test.ts checks the IFERROR cells again on the written workbook.
import { evaluate, plain, type BookW, type Getter, type SheetW, type Value } from "../forms/kit";

export { round, sum } from "../forms/kit";

/** `ROUND(R/T*100,2)`: the capaian of a higher-is-better indicator. */
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;

/** `ROUND((2*T-R)/T*100,2)`: the refleksi of a lower-is-better indicator. */
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;

/** `A+B+C`: single cells added up. */
export const plus = (cells: string[]): string => cells.join("+");

/** One decimal. */
export const D1 = "0.0";

/** IFERROR(x, y) around a whole formula: y when x cannot be computed or gives no finite number. */
export function evalIferror(formula: string, sheet: string, get: Getter): Value {
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
 * Writes an IFERROR `formula` into `cell` of sheet `s` with its cached result, after BookW.finish()
 * (so the cells it reads hold their results). No kit formula may read a cell written this way.
 */
export function iferrorFormula(s: SheetW, cell: string, formula: string, numFmt?: string): void {
  const v = evalIferror(formula, s.name, bookGetter(s.book));
  const c = s.ws.getCell(cell);
  c.value = { formula, result: v } as never;
  if (numFmt) c.numFmt = numFmt;
}
