// The 265th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pemberdayaan Perempuan dan Perlindungan Anak (Kabupaten Watu Lanang, Jawa Tengah; Kota
// Sungai Karang, Riau) on UPTD PPA case handling, IPG/IDG, Kota Layak Anak, perkawinan anak and
// PUSPAGA. `writeFormsBlind265(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dp3a, tc27Dp3a } from "./evaluasi";
import { lkjipDp3a, pkDp3a, rekapKasusPpa, rekapPuspaga } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND265_BOOKS: Array<() => BookW> = [
  e81Dp3a,
  tc27Dp3a,
  lkjipDp3a,
  pkDp3a,
  rekapKasusPpa,
  rekapPuspaga,
];

export function buildBlind265(): BookW[] {
  return BLIND265_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind265(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind265());
}

export { expectedJson };
