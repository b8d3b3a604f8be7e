// The 313th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// fisheries offices (DKP Kabupaten Teluk Saronde, Sulawesi Tengah; Dinas Perikanan Kota Pasir Lamaru,
// Maluku Utara) on produksi perikanan tangkap dan budidaya, angka konsumsi ikan, nelayan berasuransi
// and TPI. `writeFormsBlind313(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dkp, tc27Perikanan } from "./renja";
import { lkjipDkp, pkPerikanan, rekapKecamatan, rekapTpi } from "./laporan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND313_BOOKS: Array<() => BookW> = [
  e81Dkp,
  tc27Perikanan,
  lkjipDkp,
  pkPerikanan,
  rekapKecamatan,
  rekapTpi,
];

export function buildBlind313(): BookW[] {
  return BLIND313_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind313(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind313());
}

export { expectedJson };
