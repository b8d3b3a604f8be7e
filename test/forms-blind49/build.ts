// A forty-ninth set of unseen standard-form workbooks: the Dinas Perdagangan, Dinas Ketahanan Pangan
// and Dinas Lingkungan Hidup of two kota, Tambak Anyar (Jawa Tengah) and Banua Lima (Kalimantan
// Selatan): an LKjIP of food security, a Perjanjian Kinerja Perubahan with its budget table and a
// Renstra excerpt, a monthly waste-handling recap per TPS/TPA and a DPA anggaran kas per bulan.
// `writeFormsBlind49(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { anggaranKasDisdagBanuaLima, rekapSampahBanuaLima } from "./rekap";
import { e80DlhTambakAnyar, tc29DkpBanuaLima } from "./renstra";
import { lkjipDkpTambakAnyar, pkPerubahanDisdagTambakAnyar } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND49_BOOKS: Array<() => BookW> = [
  lkjipDkpTambakAnyar,
  pkPerubahanDisdagTambakAnyar,
  rekapSampahBanuaLima,
  anggaranKasDisdagBanuaLima,
  tc29DkpBanuaLima,
  e80DlhTambakAnyar,
];

export function buildBlind49(): BookW[] {
  return BLIND49_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind49(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind49());
}

export { expectedJson };
