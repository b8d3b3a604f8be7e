// The 347th set of unseen standard-form workbooks, written in code with the kit of test/forms: Badan
// Kesbangpol and Satpol PP of two invented places (Kabupaten Lembah Sinarang, Sulawesi Tengah; Kota Batu
// Pandan, Nusa Tenggara Barat) on konflik sosial, ormas terdaftar, pendidikan politik, wawasan kebangsaan
// and partisipasi pemilih. `writeFormsBlind347(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kesbangpol, lkjipSatpol, tc27Kesbangpol } from "./evaluasi";
import { pkKesbangpol, rekapKonflik, rekapOrmas } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND347_BOOKS: Array<() => BookW> = [
  e81Kesbangpol,
  tc27Kesbangpol,
  lkjipSatpol,
  pkKesbangpol,
  rekapKonflik,
  rekapOrmas,
];

export function buildBlind347(): BookW[] {
  return BLIND347_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind347(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind347());
}

export { expectedJson };
