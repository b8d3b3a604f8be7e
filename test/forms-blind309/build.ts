// The 309th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Penanaman Modal dan PTSP (Jawa Tengah, Sulawesi Selatan) on realisasi investasi PMA/PMDN,
// perizinan OSS, waktu penyelesaian izin and LKPM. `writeFormsBlind309(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dpmptsp, tc27Dpmptsp } from "./evaluasi";
import { lkjipDpmptsp, pkDpmptsp } from "./kinerja";
import { rekapInvestasi, rekapPerizinan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND309_BOOKS: Array<() => BookW> = [
  e81Dpmptsp,
  tc27Dpmptsp,
  lkjipDpmptsp,
  pkDpmptsp,
  rekapInvestasi,
  rekapPerizinan,
];

export function buildBlind309(): BookW[] {
  return BLIND309_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind309(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind309());
}

export { expectedJson };
