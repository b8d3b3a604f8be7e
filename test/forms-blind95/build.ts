// The ninety-fifth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Satpol PP and the BPBD of Provinsi Sulawesi Tengah and of Kota Cibeber Raya (Banten) (a rekap of
// perda violations per jenis and triwulan with Linmas terlatih, a T-C.27 of the Satpol PP, a recap of
// disaster events per kabupaten with waktu tanggap and logistics against stock, an E.79-like evaluation,
// a PK 2025 beside its Renstra, an LKjIP 2024 with polaritas and predikat).
// `writeFormsBlind95(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rekapPelanggaranCibeber, tc27SatpolSulteng } from "./satpolpp";
import { kejadianBencanaSulteng } from "./bpbd";
import { e79TrantibumCibeber } from "./evaluasi";
import { lkjipBpbdCibeber, pkBpbdSulteng } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND95_BOOKS: Array<() => BookW> = [
  rekapPelanggaranCibeber,
  tc27SatpolSulteng,
  kejadianBencanaSulteng,
  e79TrantibumCibeber,
  pkBpbdSulteng,
  lkjipBpbdCibeber,
];

export function buildBlind95(): BookW[] {
  return BLIND95_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind95(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind95());
}

export { expectedJson };
