// The 217th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pertanian (Jawa Timur, Sumatera Barat) on alsintan, pupuk bersubsidi (e-RDKK, kartu tani)
// and luas tambah tanam padi. `writeFormsBlind217(dir)` writes them with their expected.json (the
// format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Alsintan, tc27Pupuk } from "./evaluasi";
import { lkjipDistan, lttAlsintan, pkDistan, rekapPupuk } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND217_BOOKS: Array<() => BookW> = [
  e81Alsintan,
  tc27Pupuk,
  lkjipDistan,
  pkDistan,
  rekapPupuk,
  lttAlsintan,
];

export function buildBlind217(): BookW[] {
  return BLIND217_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind217(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind217());
}

export { expectedJson };
