// The 293rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Lingkungan Hidup (Kalimantan Timur, Sumatera Barat) on ruang terbuka hijau: luas RTH publik,
// pohon ditanam, taman kota dikelola and kualitas udara (ISPU). `writeFormsBlind293(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rth, tc27Rth } from "./evaluasi";
import { lkjipRth, pkRth, rekapPohonIspu, rekapRthKecamatan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND293_BOOKS: Array<() => BookW> = [
  e81Rth,
  tc27Rth,
  lkjipRth,
  pkRth,
  rekapRthKecamatan,
  rekapPohonIspu,
];

export function buildBlind293(): BookW[] {
  return BLIND293_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind293(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind293());
}

export { expectedJson };
