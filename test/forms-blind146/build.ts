// The hundred-forty-sixth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bappeda on RKPD indicator evaluation in Jawa Barat and Maluku Utara (an E.81 Renja
// evaluation in thousands of rupiah, a musrenbang proposal recap per kecamatan, a T-C.27 Renstra
// funding table with ordinal years, an IKD cascade matrix, an LKjIP measurement table with polarity,
// a PK 2025 beside the Renstra 2025-2029 targets).
// `writeFormsBlind146(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bappeda, musrenbangMalut } from "./evaluasi";
import { cascadeIkdMalut, tc27Bappeda } from "./renstra";
import { lkjipBappeda, pkBappedaMalut } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND146_BOOKS: Array<() => BookW> = [
  e81Bappeda,
  musrenbangMalut,
  tc27Bappeda,
  cascadeIkdMalut,
  lkjipBappeda,
  pkBappedaMalut,
];

export function buildBlind146(): BookW[] {
  return BLIND146_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind146(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind146());
}

export { expectedJson };
