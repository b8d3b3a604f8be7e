// The 287th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perhubungan (Kepulauan Riau, Jawa Timur) on urban public transport (buy-the-service koridor,
// halte, load factor, subsidi per km) and angkutan pelajar. `writeFormsBlind287(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dishub, tc27Dishub } from "./evaluasi";
import { lkjipDishub, pkDishub, rekapBts, rekapPelajar } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND287_BOOKS: Array<() => BookW> = [
  e81Dishub,
  tc27Dishub,
  lkjipDishub,
  pkDishub,
  rekapBts,
  rekapPelajar,
];

export function buildBlind287(): BookW[] {
  return BLIND287_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind287(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind287());
}

export { expectedJson };
