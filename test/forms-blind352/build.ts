// The 352nd set of unseen standard-form workbooks, written in code with the kit of test/forms: the Dinas
// Kelautan dan Perikanan of two invented places (Kabupaten Teluk Damar Biru, Sulawesi Tenggara; Kota Pantai
// Serunai, Kepulauan Bangka Belitung) on produksi perikanan tangkap and budidaya, nelayan berasuransi,
// konsumsi ikan per kapita and kapal. `writeFormsBlind352(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kelautan, tc27Kelautan } from "./evaluasi";
import { lkjipKelautan, pkKelautan } from "./kinerja";
import { rekapKapal, rekapProduksiNelayan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND352_BOOKS: Array<() => BookW> = [
  e81Kelautan,
  tc27Kelautan,
  lkjipKelautan,
  pkKelautan,
  rekapProduksiNelayan,
  rekapKapal,
];

export function buildBlind352(): BookW[] {
  return BLIND352_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind352(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind352());
}

export { expectedJson };
