// The set forms-blind186 of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Perhubungan on parkir, uji KIR, PJU, rambu and terminal tipe C, in Lampung and a Kalimantan
// Tengah kota. `writeFormsBlind186(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81UjiKir, parkirWaySekampung, tc27BukitRawi } from "./parkir";
import { ikuBukitRawi, lkjipMesujiTimur, pkBukitRawi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND186_BOOKS: Array<() => BookW> = [
  parkirWaySekampung,
  e81UjiKir,
  tc27BukitRawi,
  lkjipMesujiTimur,
  pkBukitRawi,
  ikuBukitRawi,
];

export function buildBlind186(): BookW[] {
  return BLIND186_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind186(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind186());
}

export { expectedJson };
