// The 249th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Sumatera Barat, Kalimantan Barat) on the TBC programme: case notification,
// treatment coverage, success rate, TPT for household contacts and TB-RO. `writeFormsBlind249(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Tbc, tc27Tbc } from "./evaluasi";
import { lkjipTbc, pkTbc, rekapPuskesmasTbc, rekapTbRo } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND249_BOOKS: Array<() => BookW> = [
  e81Tbc,
  tc27Tbc,
  lkjipTbc,
  pkTbc,
  rekapPuskesmasTbc,
  rekapTbRo,
];

export function buildBlind249(): BookW[] {
  return BLIND249_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind249(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind249());
}

export { expectedJson };
