// A forty-seventh set of unseen standard-form workbooks: the communication, informatics and
// statistics offices and the library and archive offices of Kabupaten Rungan Sepang (Kalimantan
// Tengah) and Kabupaten Tandukkalua (Sulawesi Barat): an LKjIP measurement table with quarters and
// an SPBE index, an IKU matrix with Penjelasan / Cara Perhitungan / Sumber Data, an E.81 Renja
// evaluation with K and Rp per triwulan, a monthly visitor recap per library unit, a Perjanjian
// Kinerja with its program budget and the Renstra targets, and a T-C.27 funding table 2025-2030 in
// thousands of rupiah. `writeFormsBlind47(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuPerpusRunganSepang, lkjipKominfostatRunganSepang } from "./lkjip";
import { e81KominfostatTandukkalua, pkPerpusTandukkalua } from "./evaluasi";
import { rekapKunjunganRunganSepang, tc27KominfostatTandukkalua } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND47_BOOKS: Array<() => BookW> = [
  lkjipKominfostatRunganSepang,
  ikuPerpusRunganSepang,
  e81KominfostatTandukkalua,
  rekapKunjunganRunganSepang,
  pkPerpusTandukkalua,
  tc27KominfostatTandukkalua,
];

export function buildBlind47(): BookW[] {
  return BLIND47_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind47(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind47());
}

export { expectedJson };
