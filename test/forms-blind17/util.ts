// Helpers of the seventeenth set that the kit of ../forms/kit.ts lacks: a writer for IFERROR
// formulas (the kit's evaluator does not know IFERROR), with the cached result given by the builder
// and checked again on the written workbook by forms-blind17.test.ts, and a few formats.
import type ExcelJS from "exceljs";
import { round, type SheetW } from "../forms/kit";

/** An IFERROR formula written beside the kit's writer. */
export type RawFormula = { sheet: string; cell: string; formula: string; inner: string };

/** Every IFERROR written by the set, per workbook file (the test reads them back). */
export const RAW: Map<string, RawFormula[]> = new Map();

/** Writes `IFERROR(inner,0)` with what `inner` gives as its cached result. */
export function iferror(s: SheetW, cell: string, inner: string, value: number, numFmt: string): void {
  const formula = `IFERROR(${inner},0)`;
  const c = s.ws.getCell(cell);
  c.value = { formula, result: value } as ExcelJS.CellFormulaValue;
  c.numFmt = numFmt;
  const list = RAW.get(s.book.file) ?? [];
  list.push({ sheet: s.name, cell, formula, inner });
  RAW.set(s.book.file, list);
}

/** Rupiah with thousands separators for the notes. */
export const rp = (n: number): string => n.toLocaleString("en");

/** Two decimals for the notes. */
export const d2 = (n: number): string => round(n).toFixed(2);

/** Millions of rupiah with two decimals. */
export const JT = "#,##0.00";

/** Refleksi for a lower-is-better indicator, and R / T, as ROUND formulas. */
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
