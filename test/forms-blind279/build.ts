// The 279th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pendidikan (Kabupaten Lembah Seruni, Jawa Tengah; Kota Tanjung Baruna, Kalimantan Barat) on
// SMP: APM, angka putus sekolah, rasio guru-murid, rehabilitasi ruang kelas, ANBK, akreditasi A.
// `writeFormsBlind279(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Smp, tc27Smp } from "./evaluasi";
import { lkjipSmp, pkSmp, rekapApm, rekapGuruRehab } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND279_BOOKS: Array<() => BookW> = [
  e81Smp,
  tc27Smp,
  lkjipSmp,
  pkSmp,
  rekapApm,
  rekapGuruRehab,
];

export function buildBlind279(): BookW[] {
  return BLIND279_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind279(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind279());
}

export { expectedJson };
