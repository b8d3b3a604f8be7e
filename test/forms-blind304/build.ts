// The 304th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Satpol PP dan Damkar of Kabupaten Tanah Rimbo (Jambi) and the Dinas Damkar of Kota Pasir Lawang
// (Kalimantan Selatan) on penegakan perda, PPNS, trantibum, response time, WMK and satlinmas.
// `writeFormsBlind304(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Satpol, tc27Damkar } from "./evaluasi";
import { lkjipSatpol, pkDamkar, rekapPerda, rekapWmkLinmas } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND304_BOOKS: Array<() => BookW> = [
  e81Satpol,
  tc27Damkar,
  lkjipSatpol,
  pkDamkar,
  rekapPerda,
  rekapWmkLinmas,
];

export function buildBlind304(): BookW[] {
  return BLIND304_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind304(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind304());
}

export { expectedJson };
