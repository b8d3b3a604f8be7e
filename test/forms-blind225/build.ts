// The 225th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Dinas Perikanan Kabupaten Muara Sengkarang (Bengkulu) and the Dinas Kelautan dan Perikanan Kota
// Labuhan Tampeng (Nusa Tenggara Barat) on TPI, ikan dilelang, retribusi lelang and kapal nelayan.
// `writeFormsBlind225(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Tpi, tc27Tpi } from "./evaluasi";
import { kapalNelayan, lkjipTpi, pkTpi, rekapLelangTpi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND225_BOOKS: Array<() => BookW> = [
  e81Tpi,
  tc27Tpi,
  lkjipTpi,
  pkTpi,
  rekapLelangTpi,
  kapalNelayan,
];

export function buildBlind225(): BookW[] {
  return BLIND225_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind225(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind225());
}

export { expectedJson };
