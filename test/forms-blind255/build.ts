// The 255th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pendidikan (Kabupaten Pasir Kemuning, Jambi; Kabupaten Tana Lumbu, Sulawesi Selatan) on bahasa
// daerah and muatan lokal. `writeFormsBlind255(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81BahasaDaerah, tc27BahasaDaerah } from "./evaluasi";
import { guruBahasaDaerah, lkjipBahasaDaerah, pkBahasaDaerah, terbitLombaBahasaDaerah } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND255_BOOKS: Array<() => BookW> = [
  e81BahasaDaerah,
  tc27BahasaDaerah,
  lkjipBahasaDaerah,
  pkBahasaDaerah,
  guruBahasaDaerah,
  terbitLombaBahasaDaerah,
];

export function buildBlind255(): BookW[] {
  return BLIND255_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind255(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind255());
}

export { expectedJson };
