// The 327th set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// Perumahan dan Kawasan Permukiman (Sumatera Utara, Kalimantan Timur) on RTLH, kawasan kumuh and PSU.
// `writeFormsBlind327(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perkim, tc27Perkim } from "./renja";
import { lkjipPerkim, pkPerkim } from "./kinerja";
import { rekapPsu, rekapRtlh } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND327_BOOKS: Array<() => BookW> = [
  e81Perkim,
  tc27Perkim,
  lkjipPerkim,
  pkPerkim,
  rekapRtlh,
  rekapPsu,
];

export function buildBlind327(): BookW[] {
  return BLIND327_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind327(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind327());
}

export { expectedJson };
