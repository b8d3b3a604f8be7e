// Small helpers of the twenty-fifth set that the kit of ../forms/kit.ts lacks: the capaian
// expressions (R / T and the refleksi (2T - R) / T for lower-is-better indicators) as ROUND
// formulas, and the number written by them. Nothing here changes the kit.
import { round } from "../forms/kit";

export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
export const cap = (neg: boolean | undefined, T: number, R: number): number =>
  round(neg ? ((2 * T - R) / T) * 100 : (R / T) * 100);
export const capF = (neg: boolean | undefined, R: string, T: string): string => (neg ? refl(R, T) : rt(R, T));

export const PROV = "PEMERINTAH PROVINSI SUMATERA BAGIAN TENGAH";
export const REVIEW = "Bahan telaahan Bidang Perencanaan, Pengendalian dan Evaluasi Bappeda Provinsi";
