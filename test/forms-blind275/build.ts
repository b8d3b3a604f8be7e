// The 275th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// BKPSDM of two invented regions (Kabupaten Tanah Rawing, Kalimantan Tengah; Kota Sungai Lintah,
// Jambi) on pelatihan 20 JP, indeks profesionalitas ASN, kenaikan pangkat, pensiun, seleksi PPPK and
// disiplin ASN. `writeFormsBlind275(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bkpsdm, tc27Bkpsdm } from "./evaluasi";
import { lkjipBkpsdm, pkBkpsdm, pppkPensiun, rekapKenaikanPangkat } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND275_BOOKS: Array<() => BookW> = [
  e81Bkpsdm,
  tc27Bkpsdm,
  lkjipBkpsdm,
  pkBkpsdm,
  rekapKenaikanPangkat,
  pppkPensiun,
];

export function buildBlind275(): BookW[] {
  return BLIND275_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind275(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind275());
}

export { expectedJson };
