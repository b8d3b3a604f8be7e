// Helpers of the set that the kit of ../forms/kit.ts lacks: formulas its evaluator does not know
// (IFERROR) written after BookW.finish() with their cached result. Nothing here changes the kit;
// forms-blind28.test.ts checks every cell written this way again on the written workbook.
import { evaluate, plain, type BookW, type Getter, type SheetW, type Value } from "../forms/kit";

/** The kit's evaluator plus IFERROR(x, y) around the whole formula. */
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

export const bookGetter =
  (b: BookW): Getter =>
  (sheet, row, col) =>
    plain(b.wb.getWorksheet(sheet)!.getCell(row, col));

/** Writes `formula` into `cell` with its cached result, after BookW.finish(). */
export function rawFormula(s: SheetW, cell: string, formula: string, numFmt?: string): void {
  const v = evalRaw(formula, s.name, bookGetter(s.book));
  const c = s.ws.getCell(cell);
  c.value = { formula, result: v } as never;
  if (numFmt) c.numFmt = numFmt;
}
