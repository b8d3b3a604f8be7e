// The 236th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Ketahanan Pangan (Kabupaten Bukit Mandau, Riau; Kota Teluk Sirih, Sulawesi Barat) on the
// cadangan pangan pemerintah daerah, skor PPH, harga dan stok beras and gerakan pangan murah.
// `writeFormsBlind236(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pangan, tc27Pangan } from "./evaluasi";
import { gpmStok, lkjipPangan, pkPangan, rekapCppd } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND236_BOOKS: Array<() => BookW> = [
  e81Pangan,
  tc27Pangan,
  lkjipPangan,
  pkPangan,
  rekapCppd,
  gpmStok,
];

export function buildBlind236(): BookW[] {
  return BLIND236_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind236(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind236());
}

export { expectedJson };
