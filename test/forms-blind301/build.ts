// The 301st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perhubungan (Kabupaten Sungai Rantau, Kalimantan Selatan; Kota Tanjung Ladang, Kepulauan Bangka
// Belitung) on uji KIR, retribusi parkir tepi jalan umum, PJU, rambu dan marka and load factor angkutan.
// `writeFormsBlind301(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dishub, tc27Dishub } from "./evaluasi";
import { lkjipDishub, pjuLoadFactor, pkDishub, rekapParkir } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND301_BOOKS: Array<() => BookW> = [
  e81Dishub,
  tc27Dishub,
  lkjipDishub,
  pkDishub,
  rekapParkir,
  pjuLoadFactor,
];

export function buildBlind301(): BookW[] {
  return BLIND301_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind301(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind301());
}

export { expectedJson };
