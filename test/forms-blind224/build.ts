// The 224th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Diskominfo (Kota Tanjung Seruni, Kepulauan Riau; Kabupaten Sungai Rantau Hulu, Kalimantan Selatan)
// on persandian dan keamanan informasi: CSIRT, insiden siber, sertifikat elektronik (TTE).
// `writeFormsBlind224(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Sandi, tc27Sandi } from "./evaluasi";
import { lkjipSandi, pkSandi, rekapInsiden, rekapTte } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND224_BOOKS: Array<() => BookW> = [
  e81Sandi,
  tc27Sandi,
  lkjipSandi,
  pkSandi,
  rekapInsiden,
  rekapTte,
];

export function buildBlind224(): BookW[] {
  return BLIND224_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind224(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind224());
}

export { expectedJson };
