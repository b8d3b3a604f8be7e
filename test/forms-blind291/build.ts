// The 291st set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// RSUD of two invented regions (Kabupaten Lembah Sarawu, Sulawesi Barat; Kota Tanjung Meranti,
// Kepulauan Riau) on IGD response time, ketersediaan obat, kesesuaian formularium and BLUD revenue
// per instalasi. `writeFormsBlind291(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rsud, tc27Rsud } from "./evaluasi";
import { lkjipRsud, pkRsud, rekapBlud, rekapIgd } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND291_BOOKS: Array<() => BookW> = [e81Rsud, tc27Rsud, lkjipRsud, pkRsud, rekapIgd, rekapBlud];

export function buildBlind291(): BookW[] {
  return BLIND291_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind291(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind291());
}

export { expectedJson };
