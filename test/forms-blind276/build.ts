// The 276th set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// Perumahan dan Kawasan Permukiman (Sumatera Barat, Jawa Timur) on RTLH (BSPS, APBD), kawasan kumuh, PSU
// serah terima and rumah korban bencana. `writeFormsBlind276(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perkim, tc27Perkim } from "./evaluasi";
import { kumuhPsu, lkjipPerkim, pkPerkim, rekapRtlh } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND276_BOOKS: Array<() => BookW> = [
  e81Perkim,
  tc27Perkim,
  lkjipPerkim,
  pkPerkim,
  rekapRtlh,
  kumuhPsu,
];

export function buildBlind276(): BookW[] {
  return BLIND276_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind276(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind276());
}

export { expectedJson };
