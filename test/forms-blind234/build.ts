// The 234th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Badan Kesatuan Bangsa dan Politik (Kabupaten Lembah Sariak, Sumatera Barat; Kota Tanjung Keramat,
// Kalimantan Barat) on ormas terdaftar, FKUB / kerukunan, pendidikan politik, konflik sosial and
// wawasan kebangsaan. `writeFormsBlind234(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kesbangpol, tc27Kesbangpol } from "./evaluasi";
import { lkjipKesbangpol, pkKesbangpol, rekapOrmas, rekapTriwulan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND234_BOOKS: Array<() => BookW> = [
  e81Kesbangpol,
  tc27Kesbangpol,
  lkjipKesbangpol,
  pkKesbangpol,
  rekapOrmas,
  rekapTriwulan,
];

export function buildBlind234(): BookW[] {
  return BLIND234_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind234(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind234());
}

export { expectedJson };
