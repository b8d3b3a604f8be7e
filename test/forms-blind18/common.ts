// Small helpers of the eighteenth set that the kit of ../forms/kit.ts lacks: the capaian formulas
// as offices write them (R / T and the refleksi of a lower-is-better indicator), a sum of single
// cells as "=A+B+C" (columns that interleave K and Rp cannot be summed as a range) and the formats
// of the set.
export { round, sum } from "../forms/kit";

/** `ROUND(R/T*100,2)`: the capaian of a higher-is-better indicator. */
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;

/** `ROUND((2*T-R)/T*100,2)`: the refleksi of a lower-is-better indicator. */
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;

/** `A+B+C`: single cells added up. */
export const plus = (cells: string[]): string => cells.join("+");

/** One decimal. */
export const D1 = "0.0";
/** Amounts with decreases in brackets. */
export const NEG = "#,##0;(#,##0)";
