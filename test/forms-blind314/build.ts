// The 314th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kependudukan dan Pencatatan Sipil (Kabupaten Lembah Sirampog, Jawa Tengah; Kota Batu Pualam,
// Sumatera Barat) on KTP-el, KIA, akta kelahiran and kematian, waktu layanan, per kecamatan and per
// triwulan. `writeFormsBlind314(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dukcapil, tc27Dukcapil } from "./rencana";
import { lkjipDukcapil, pkDukcapil, rekapKecamatan, rekapUnitLayanan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND314_BOOKS: Array<() => BookW> = [
  e81Dukcapil,
  tc27Dukcapil,
  lkjipDukcapil,
  pkDukcapil,
  rekapKecamatan,
  rekapUnitLayanan,
];

export function buildBlind314(): BookW[] {
  return BLIND314_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind314(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind314());
}

export { expectedJson };
