// The 259th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pariwisata (Jawa Barat, Sumatera Utara) on desa wisata by classification, pokdarwis,
// homestay, visits and retribusi. `writeFormsBlind259(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pariwisata, tc27Pariwisata } from "./evaluasi";
import { lkjipPariwisata, pkPariwisata, rekapKlasifikasi, rekapRetribusi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND259_BOOKS: Array<() => BookW> = [
  e81Pariwisata,
  tc27Pariwisata,
  lkjipPariwisata,
  pkPariwisata,
  rekapKlasifikasi,
  rekapRetribusi,
];

export function buildBlind259(): BookW[] {
  return BLIND259_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind259(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind259());
}

export { expectedJson };
