// The 235th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perhubungan (Kota Tanjung Serai, Kepulauan Riau; Kabupaten Sindang Barat, Jawa Barat) on
// parkir tepi jalan (retribusi, juru parkir), uji berkala kendaraan (KIR) and PJU.
// `writeFormsBlind235(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dishub, tc27Dishub } from "./evaluasi";
import { lkjipDishub, pkDishub, rekapKirPju, rekapParkir } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND235_BOOKS: Array<() => BookW> = [
  e81Dishub,
  tc27Dishub,
  lkjipDishub,
  pkDishub,
  rekapParkir,
  rekapKirPju,
];

export function buildBlind235(): BookW[] {
  return BLIND235_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind235(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind235());
}

export { expectedJson };
