// The 266th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perpustakaan dan Kearsipan (Kabupaten Siantan Hulu, Kalimantan Barat; Kota Rawa Sekar, Jawa
// Timur) on kunjungan, koleksi, TGM, IPLM, perpustakaan desa terakreditasi and the pustaka keliling.
// `writeFormsBlind266(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pustaka, tc27Pustaka } from "./evaluasi";
import { lkjipPustaka, pkPustaka, puslingKecamatan, rekapKunjungan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND266_BOOKS: Array<() => BookW> = [
  e81Pustaka,
  tc27Pustaka,
  lkjipPustaka,
  pkPustaka,
  rekapKunjungan,
  puslingKecamatan,
];

export function buildBlind266(): BookW[] {
  return BLIND266_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind266(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind266());
}

export { expectedJson };
