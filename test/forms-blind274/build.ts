// The 274th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Kota Bantar Rejo, Jawa Tengah; Kabupaten Tanah Pasirah, Sumatera Selatan) on
// kesehatan lingkungan: STBM / ODF, akses jamban sehat, TTU and TPP memenuhi syarat, sarana air minum.
// `writeFormsBlind274(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kesling, tc27Kesling } from "./evaluasi";
import { lkjipKesling, pkKesling, rekapStbm, rekapTtuTppSam } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND274_BOOKS: Array<() => BookW> = [
  e81Kesling,
  tc27Kesling,
  lkjipKesling,
  pkKesling,
  rekapStbm,
  rekapTtuTppSam,
];

export function buildBlind274(): BookW[] {
  return BLIND274_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind274(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind274());
}

export { expectedJson };
