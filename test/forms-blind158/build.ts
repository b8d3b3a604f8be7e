// The hundred-and-fifty-eighth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kebudayaan (cagar budaya, sanggar seni, museum visitors: an E.81, a T-C.27 and an
// LKjIP) and the Bagian Perekonomian Setda on BUMD dividends (a per-BUMD recap, a PK with its Renstra,
// an IKU matrix), in Sumatera Barat and Bali. `writeFormsBlind158(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Budaya, lkjipBudaya, tc27Budaya } from "./budaya";
import { dividenBumd, ikuPerekonomian, pkPerekonomian } from "./bumd";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND158_BOOKS: Array<() => BookW> = [
  e81Budaya,
  tc27Budaya,
  lkjipBudaya,
  dividenBumd,
  pkPerekonomian,
  ikuPerekonomian,
];

export function buildBlind158(): BookW[] {
  return BLIND158_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind158(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind158());
}

export { expectedJson };
