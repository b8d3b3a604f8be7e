// The 302nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Tanjung Sirih, Jambi; Watu Lembo, Nusa Tenggara Barat) on maternal and child
// health: imunisasi dasar lengkap, desa UCI, K1/K6, persalinan di fasyankes, AKI and AKB.
// `writeFormsBlind302(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kesehatan, tc27Kesehatan } from "./evaluasi";
import { lkjipKesehatan, pkKesehatan, rekapImunisasi, rekapKia } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND302_BOOKS: Array<() => BookW> = [
  e81Kesehatan,
  tc27Kesehatan,
  lkjipKesehatan,
  pkKesehatan,
  rekapImunisasi,
  rekapKia,
];

export function buildBlind302(): BookW[] {
  return BLIND302_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind302(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind302());
}

export { expectedJson };
