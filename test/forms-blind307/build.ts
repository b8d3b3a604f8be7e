// The 307th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pariwisata (Kalimantan Barat, Sumatera Barat) on kunjungan wisatawan nusantara and
// mancanegara per bulan, lama tinggal, tingkat hunian hotel (TPK), PAD pariwisata, desa wisata and
// event. `writeFormsBlind307(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pariwisata, tc27Pariwisata } from "./evaluasi";
import { lkjipPariwisata, padDesaWisata, pkPariwisata, rekapKunjungan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND307_BOOKS: Array<() => BookW> = [
  e81Pariwisata,
  tc27Pariwisata,
  lkjipPariwisata,
  pkPariwisata,
  rekapKunjungan,
  padDesaWisata,
];

export function buildBlind307(): BookW[] {
  return BLIND307_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind307(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind307());
}

export { expectedJson };
