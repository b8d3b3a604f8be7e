// The 258th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// DPPKB of Kabupaten Pasir Langkai (Riau) and the DP2KB of Kota Tanjung Manyar (Kalimantan Selatan)
// on kampung KB, peserta KB aktif (MKJP / non-MKJP), unmet need and BKB/BKR/BKL groups.
// `writeFormsBlind258(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dppkb, tc27Dp2kb } from "./evaluasi";
import { lkjipDppkb, pkDp2kb, rekapKampungKb, rekapPesertaKb } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND258_BOOKS: Array<() => BookW> = [
  e81Dppkb,
  tc27Dp2kb,
  lkjipDppkb,
  pkDp2kb,
  rekapKampungKb,
  rekapPesertaKb,
];

export function buildBlind258(): BookW[] {
  return BLIND258_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind258(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind258());
}

export { expectedJson };
