// Helpers of the sixteenth set that the kit of ../forms/kit.ts lacks: a writer for formulas the
// kit's evaluator does not know (IFERROR), with the cached result given by the builder and checked
// again on the written workbook by forms-blind16.test.ts, and a few formats and number words.
import type ExcelJS from "exceljs";
import { round, sum, type SheetW } from "../forms/kit";

/** A formula the kit does not evaluate, written with its cached result. */
export type RawFormula = { sheet: string; cell: string; formula: string; stale?: boolean };

/** Every raw formula written by the set, per workbook file (the test reads them back). */
export const RAW: Map<string, RawFormula[]> = new Map();

/**
 * Writes `IFERROR(inner,alt)` with `value` as its cached result. `stale` marks a cached result that
 * the formula does not give (a planted mistake); otherwise `value` must be what `inner` gives.
 */
export function iferror(
  s: SheetW,
  cell: string,
  inner: string,
  alt: string,
  value: number,
  numFmt: string,
  stale = false,
): void {
  const formula = `IFERROR(${inner},${alt})`;
  const c = s.ws.getCell(cell);
  c.value = { formula, result: value } as ExcelJS.CellFormulaValue;
  c.numFmt = numFmt;
  const list = RAW.get(s.book.file) ?? [];
  list.push({ sheet: s.name, cell, formula, stale: stale || undefined });
  RAW.set(s.book.file, list);
}

/** `SUM(G11:G14)` over a column's rows, or `SUM(G11)` for a single row (as Excel's AutoSum writes it). */
export const sumRange = (col: string, r1: number, r2: number): string =>
  r1 === r2 ? `SUM(${col}${r1})` : `SUM(${col}${r1}:${col}${r2})`;

/** Rupiah with thousands separators for the notes ("12,156,443,500"). */
export const rp = (n: number): string => n.toLocaleString("en");

/** Two decimals for the notes. */
export const d2 = (n: number): string => round(n).toFixed(2);

/** Amounts with decreases in brackets. */
export const NEG = "#,##0;(#,##0)";
/** Millions with two decimals. */
export const JT = "#,##0.00";
/** A reported zero printed as a dash. */
export const DASH = '#,##0;(#,##0);"-"';

export { round, sum };
