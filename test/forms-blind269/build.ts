// The 269th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Bagian Hukum Setda of two invented regions (Kabupaten Batu Kendeng, Jawa Timur; Kota Tanjung
// Rawai, Kalimantan Barat) on produk hukum daerah, harmonisasi, JDIH and bantuan hukum.
// `writeFormsBlind269(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Hukum, tc27Hukum } from "./evaluasi";
import { lkjipHukum, pkHukum, rekapHarmonisasi, rekapProdukHukum } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND269_BOOKS: Array<() => BookW> = [
  e81Hukum,
  tc27Hukum,
  lkjipHukum,
  pkHukum,
  rekapProdukHukum,
  rekapHarmonisasi,
];

export function buildBlind269(): BookW[] {
  return BLIND269_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind269(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind269());
}

export { expectedJson };
