// The 216th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pariwisata dan Ekonomi Kreatif (Sumatera Barat, Nusa Tenggara Barat) on event / festival,
// homestay desa wisata, subsektor ekraf and retribusi objek wisata. `writeFormsBlind216(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pariwisata, tc27Pariwisata } from "./evaluasi";
import { homestayEkraf, lkjipPariwisata, pkPariwisata, retribusiObjek } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND216_BOOKS: Array<() => BookW> = [
  e81Pariwisata,
  tc27Pariwisata,
  lkjipPariwisata,
  pkPariwisata,
  retribusiObjek,
  homestayEkraf,
];

export function buildBlind216(): BookW[] {
  return BLIND216_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind216(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind216());
}

export { expectedJson };
