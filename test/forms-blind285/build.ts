// The 285th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kebudayaan (Kabupaten Lembang Tinggi, Sulawesi Selatan; Kota Banyuasri, Jawa Timur) on cagar
// budaya (ODCB, penetapan), sanggar seni, festival budaya, museum visitors and maestro seni.
// `writeFormsBlind285(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disbud, tc27Disbud } from "./evaluasi";
import { lkjipDisbud, pkDisbud, rekapMuseum, rekapSanggar } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND285_BOOKS: Array<() => BookW> = [
  e81Disbud,
  tc27Disbud,
  lkjipDisbud,
  pkDisbud,
  rekapSanggar,
  rekapMuseum,
];

export function buildBlind285(): BookW[] {
  return BLIND285_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind285(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind285());
}

export { expectedJson };
