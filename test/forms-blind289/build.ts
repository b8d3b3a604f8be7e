// The 289th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented Dinas Komunikasi dan Informatika (Kabupaten Gunung Sepuh, Jawa Tengah; Kota Kuala Seranti,
// Kalimantan Timur) on diseminasi informasi publik, media center, command center and aplikasi layanan
// publik terintegrasi. `writeFormsBlind289(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81MediaCenter, tc27AplikasiLayanan } from "./evaluasi";
import { lkjipCommandCenter, pkDiseminasi, rekapAplikasiAduan, rekapDiseminasi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND289_BOOKS: Array<() => BookW> = [
  e81MediaCenter,
  tc27AplikasiLayanan,
  lkjipCommandCenter,
  pkDiseminasi,
  rekapDiseminasi,
  rekapAplikasiAduan,
];

export function buildBlind289(): BookW[] {
  return BLIND289_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind289(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind289());
}

export { expectedJson };
