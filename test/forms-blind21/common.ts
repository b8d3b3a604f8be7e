// Shared pieces of the twenty-first unseen set: one invented kabupaten in Maluku Utara (Gamkonora)
// whose Bappeda runs the RKPD cycle, capaian formulas as the offices type them, and a code-parent
// claim.
import type { BookW } from "../forms/kit";

export const KAB = "KABUPATEN GAMKONORA";
export const PROV = "PROVINSI MALUKU UTARA";

/** R / T x 100 rounded as the offices type it. */
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
/** refleksi (2T - R) / T x 100 for lower-is-better indicators. */
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;

/** Lists a code cell clean for code-hierarchy: its parent is the code in `parentCell`. */
export function codeOk(b: BookW, sheet: string, cell: string, parentCell: string): void {
  b.ok({ sheet, cell, rules: ["code-hierarchy"], truth: parentCell, actual: `PARENT(${cell})` });
}

/** Rupiah with negatives in brackets and nil as a dash, as the amendment tables print them. */
export const RPN = '#,##0;(#,##0);"-"';
