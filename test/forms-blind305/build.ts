// The 305th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perumahan dan Kawasan Permukiman (Kota Sungai Rawa, Kalimantan Selatan; Kabupaten Batang
// Lampu, Sumatera Barat) on RTLH (BSPS), kawasan kumuh, PSU perumahan and backlog.
// `writeFormsBlind305(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perkim, tc27Perkim } from "./evaluasi";
import { lkjipPerkim, pkPerkim, rekapKumuhPsu, rekapRtlh } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND305_BOOKS: Array<() => BookW> = [
  e81Perkim,
  tc27Perkim,
  lkjipPerkim,
  pkPerkim,
  rekapRtlh,
  rekapKumuhPsu,
];

export function buildBlind305(): BookW[] {
  return BLIND305_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind305(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind305());
}

export { expectedJson };
