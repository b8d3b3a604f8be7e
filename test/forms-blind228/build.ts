// The 228th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perkebunan (Sungai Lesap, Riau; Muara Tebing, Jambi) on sawit rakyat, peremajaan (PSR),
// produktivitas TBS and sertifikasi ISPO. `writeFormsBlind228(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perkebunan, tc27Perkebunan } from "./evaluasi";
import { lkjipPerkebunan, pkPerkebunan, rekapPsr, tbsKoperasi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND228_BOOKS: Array<() => BookW> = [
  e81Perkebunan,
  tc27Perkebunan,
  lkjipPerkebunan,
  pkPerkebunan,
  rekapPsr,
  tbsKoperasi,
];

export function buildBlind228(): BookW[] {
  return BLIND228_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind228(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind228());
}

export { expectedJson };
