// The set forms-blind206 of unseen standard-form workbooks, written in code with the kit of test/forms:
// two RSUD (RSUD H. L. Manambai Abdulkadir of Kabupaten Sumbawa Timur Raya, NTB, and RSUD Toili Raya of
// Kabupaten Banggai Pesisir, Sulawesi Tengah) on rawat inap indicators (BOR, ALOS, TOI, BTO, NDR, GDR),
// SPM rumah sakit and pendapatan BLUD. `writeFormsBlind206(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipRsud, pkRsud } from "./kinerja";
import { e81Rsud, tc27Rsud } from "./dana";
import { pendapatanBlud, spmRsud } from "./blud";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND206_BOOKS: Array<() => BookW> = [
  lkjipRsud,
  pkRsud,
  tc27Rsud,
  e81Rsud,
  pendapatanBlud,
  spmRsud,
];

export function buildBlind206(): BookW[] {
  return BLIND206_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind206(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind206());
}

export { expectedJson };
