// The 221st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented Dinas Perpustakaan (Kabupaten Lembah Sirih, Jambi; Kota Tanjung Pamali, Kalimantan Barat)
// on perpustakaan keliling, perpustakaan kelurahan / desa / sekolah, koleksi and kunjungan.
// `writeFormsBlind221(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pustaka, tc27Pustaka } from "./evaluasi";
import { kelilingKecamatan, lkjipPustaka, pembinaanKoleksi, pkPustaka } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND221_BOOKS: Array<() => BookW> = [
  e81Pustaka,
  tc27Pustaka,
  lkjipPustaka,
  pkPustaka,
  kelilingKecamatan,
  pembinaanKoleksi,
];

export function buildBlind221(): BookW[] {
  return BLIND221_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind221(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind221());
}

export { expectedJson };
