// The 254th set of unseen standard-form workbooks, written in code with the kit of test/forms: two Badan
// Kesatuan Bangsa dan Politik (Kabupaten Sungai Lemadang, Jambi; Kota Pelabuhan Ratna, Sulawesi Utara) as
// liaison with the KPU on pemilu and pilkada: partisipasi pemilih, pendidikan politik and bantuan keuangan
// partai politik. `writeFormsBlind254(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kesbangpol, tc27Kesbangpol } from "./evaluasi";
import { lkjipKesbangpol, pkKesbangpol, rekapBanpol, rekapPartisipasi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND254_BOOKS: Array<() => BookW> = [
  e81Kesbangpol,
  tc27Kesbangpol,
  lkjipKesbangpol,
  pkKesbangpol,
  rekapPartisipasi,
  rekapBanpol,
];

export function buildBlind254(): BookW[] {
  return BLIND254_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind254(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind254());
}

export { expectedJson };
