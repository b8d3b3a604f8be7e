// Small helpers shared by the builders of the seventeenth unseen set: the capaian formulas (R / T,
// refleksi, rasio T / R) as Excel text and as numbers, and a writer for the IFERROR formulas a real
// LKjIP wraps around its capaian, which the kit's evaluator does not know: the cell gets the
// formula and, as its cached result, the value of its first argument computed on the sheet as
// written (forms-blind15.test.ts checks every such cell again on the written workbook).
import { evaluate, plain, round, type SheetW } from "../forms/kit";

/** R / T x 100 as an Excel formula. */
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
/** refleksi (2T - R) / T x 100 as an Excel formula. */
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
/** rasio T / R x 100 as an Excel formula. */
export const rasio = (R: string, T: string): string => `ROUND(${T}/${R}*100,2)`;

/** Capaian as a number: R / T for higher-is-better, refleksi (default) or rasio for lower-is-better. */
export function cap(T: number, R: number, neg?: boolean, conv: "refleksi" | "rasio" = "refleksi"): number {
  if (!neg) return round((R / T) * 100);
  return conv === "rasio" ? round((T / R) * 100) : round(((2 * T - R) / T) * 100);
}

const IFERROR = /^IFERROR\((.*),([^,]*)\)$/;

/** The first argument of an IFERROR formula, or null when the formula is no IFERROR. */
export function ifErrorInner(formula: string): string | null {
  return IFERROR.exec(formula)?.[1] ?? null;
}

/**
 * Writes `IFERROR(inner,fallback)` at `cell` with the cached result of `inner`, evaluated on the
 * cells as written. Every cell `inner` reads must hold a typed value (no formula yet to be cached).
 */
export function ifError(s: SheetW, cell: string, inner: string, fallback: string, numFmt: string): number {
  const wb = s.book.wb;
  const get = (sheet: string, row: number, col: number) => {
    const c = wb.getWorksheet(sheet)!.getCell(row, col);
    const v = c.value;
    if (v && typeof v === "object" && "formula" in v)
      throw new Error(`${cell}: IFERROR reads the formula cell ${c.address}`);
    return plain(c);
  };
  const v = evaluate(inner, s.name, get);
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`${cell}: ${inner} gives ${v}`);
  const c = s.ws.getCell(cell);
  c.value = { formula: `IFERROR(${inner},${fallback})`, result: v } as never;
  c.numFmt = numFmt;
  return v;
}
