// Shared pieces of the twenty-third unseen set (Sulawesi and Bali kota offices): the capaian
// formulas as the offices type them and a code-parent claim. Nothing here changes the kit.
import type { BookW } from "../forms/kit";

/** R / T x 100 rounded as the offices type it. */
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
/** refleksi (2T - R) / T x 100 for lower-is-better indicators. */
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;

/** Lists a code cell clean for code-hierarchy: its parent is the code in `parentCell`. */
export function codeOk(b: BookW, sheet: string, cell: string, parentCell: string): void {
  b.ok({ sheet, cell, rules: ["code-hierarchy"], truth: parentCell, actual: `PARENT(${cell})` });
}

/** Throws when a planted value would not be a mistake (a guard while building). */
export function must(ok: boolean, what: string): void {
  if (!ok) throw new Error(`forms-blind23: ${what}`);
}
