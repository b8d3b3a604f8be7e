// The 319th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perpustakaan dan Kearsipan (Kabupaten Lembah Sariayu, Sumatera Barat; Kota Pangkal Rindang,
// Kepulauan Bangka Belitung) on kunjungan perpustakaan, koleksi, IPLM, arsip tertata and OPD tertib
// arsip. `writeFormsBlind319(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perpus, lkjipPerpus, tc27Perpus } from "./renja";
import { pkPerpus, rekapArsip, rekapKunjungan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND319_BOOKS: Array<() => BookW> = [
  e81Perpus,
  tc27Perpus,
  lkjipPerpus,
  pkPerpus,
  rekapKunjungan,
  rekapArsip,
];

export function buildBlind319(): BookW[] {
  return BLIND319_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind319(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind319());
}

export { expectedJson };
