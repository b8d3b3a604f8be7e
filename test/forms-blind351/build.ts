// The 351st set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Bappeda of Kabupaten Wai Lembar (Lampung) and Kota Tanah Merapi (Sulawesi Utara) on indikator makro
// (IPM, kemiskinan, TPT, pertumbuhan ekonomi, Gini), capaian RPJMD and konsistensi RKPD-APBD.
// `writeFormsBlind351(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bappeda, tc27Bappeda } from "./rencana";
import { lkjipBappeda, pkBappeda, rekapKonsistensi, rekapMusrenbang } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND351_BOOKS: Array<() => BookW> = [
  e81Bappeda,
  tc27Bappeda,
  lkjipBappeda,
  pkBappeda,
  rekapKonsistensi,
  rekapMusrenbang,
];

export function buildBlind351(): BookW[] {
  return BLIND351_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind351(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind351());
}

export { expectedJson };
