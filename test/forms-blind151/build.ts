// The hundred-fifty-first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Ketahanan Pangan of kabupaten in Nusa Tenggara Timur and Riau (a per-kecamatan
// recap of the cadangan pangan distributed, a T-C.27 Renstra funding table, an LKjIP with the skor PPH,
// a PK beside its Renstra, an IKU matrix and an E.81 Renja evaluation).
// `writeFormsBlind151(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { distribusiCpp, tc27Pangan } from "./pangan";
import { ikuPangan, lkjipPangan, pkPangan } from "./kinerja";
import { e81Pangan } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND151_BOOKS: Array<() => BookW> = [
  distribusiCpp,
  tc27Pangan,
  lkjipPangan,
  pkPangan,
  ikuPangan,
  e81Pangan,
];

export function buildBlind151(): BookW[] {
  return BLIND151_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind151(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind151());
}

export { expectedJson };
