// A forty-eighth set of unseen standard-form workbooks: the BPBD, Satpol PP and Badan Kesbangpol of
// the provinces of Sumatera Barat and Riau: a disaster-event recap per kabupaten/kota with Sub Jumlah
// per wilayah, an E.79 RPJMD evaluation, a Renstra target table with a level, a share and a
// lower-is-better response time in hours, a Perjanjian Kinerja with triwulan targets, a row-wise
// LKjIP table and an LRA-style realisation per sub kegiatan. `writeFormsBlind48(dir)` writes them
// with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lraSatpolRiau, rekapBencanaSumbar } from "./rekap";
import { e79Sumbar, lkjipSatpolSumbar, pkKesbangpolSumbar, renstraBpbdRiau } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND48_BOOKS: Array<() => BookW> = [
  rekapBencanaSumbar,
  e79Sumbar,
  renstraBpbdRiau,
  pkKesbangpolSumbar,
  lkjipSatpolSumbar,
  lraSatpolRiau,
];

export function buildBlind48(): BookW[] {
  return BLIND48_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind48(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind48());
}

export { expectedJson };
