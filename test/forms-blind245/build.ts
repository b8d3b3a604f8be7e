// The 245th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pendidikan (Kabupaten Batang Kuantan Hilir, Riau; Kota Tanjung Merbau, Kalimantan Barat) on
// the beasiswa daerah (siswa miskin, prestasi, mahasiswa), penyaluran in Rp and angka putus sekolah.
// `writeFormsBlind245(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Beasiswa, tc27Beasiswa } from "./evaluasi";
import { lkjipBeasiswa, pkBeasiswa, rekapKecamatan, triwulanPutusSekolah } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND245_BOOKS: Array<() => BookW> = [
  e81Beasiswa,
  tc27Beasiswa,
  lkjipBeasiswa,
  pkBeasiswa,
  rekapKecamatan,
  triwulanPutusSekolah,
];

export function buildBlind245(): BookW[] {
  return BLIND245_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind245(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind245());
}

export { expectedJson };
