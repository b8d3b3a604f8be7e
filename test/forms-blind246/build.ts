// The 246th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Bagian Kesejahteraan Rakyat Setda of two invented Pemda (Kabupaten Batang Serayu, Jambi; Kota Pantai
// Mapongka, Sulawesi Barat) on zakat (UPZ, BAZNAS), hibah rumah ibadah, kafilah MTQ and insentif guru
// ngaji / marbot. `writeFormsBlind246(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kesra, tc27Kesra } from "./evaluasi";
import { insentifMtq, lkjipKesra, pkKesra, rekapZis } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND246_BOOKS: Array<() => BookW> = [
  e81Kesra,
  tc27Kesra,
  lkjipKesra,
  pkKesra,
  rekapZis,
  insentifMtq,
];

export function buildBlind246(): BookW[] {
  return BLIND246_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind246(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind246());
}

export { expectedJson };
