// Small helpers of the twenty-seventh set that the kit of ../forms/kit.ts lacks: the capaian
// expressions (R / T and the refleksi of a lower-is-better indicator) as kit formulas.
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
