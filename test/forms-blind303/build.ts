// The 303rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pertanian Tanaman Pangan dan Hortikultura (Bantar Sari, Jawa Tengah; Ogan Lengkas, Sumatera
// Selatan) on luas tanam / luas panen, produktivitas padi, produksi GKG, LTT, alsintan and NTP.
// `writeFormsBlind303(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pangan, tc27Pangan } from "./evaluasi";
import { lkjipPangan, lttKecamatan, pkPangan, produksiAlsintan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND303_BOOKS: Array<() => BookW> = [
  e81Pangan,
  tc27Pangan,
  lkjipPangan,
  pkPangan,
  lttKecamatan,
  produksiAlsintan,
];

export function buildBlind303(): BookW[] {
  return BLIND303_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind303(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind303());
}

export { expectedJson };
