// The 326th set of unseen standard-form workbooks, written in code with the kit of test/forms: Dinas
// Pertanian tanaman pangan of an invented kabupaten (Kalimantan Selatan) and kota (Sulawesi Selatan): luas
// tanam, produksi padi dan jagung, produktivitas, indeks pertanaman. `writeFormsBlind326(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81TanamanPangan, lkjipTanamanPangan, tc27PanganKota } from "./pangan";
import { pkPanganKota, rekapKecamatanPadi, rekapTriwulanKota } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND326_BOOKS: Array<() => BookW> = [
  e81TanamanPangan,
  tc27PanganKota,
  lkjipTanamanPangan,
  pkPanganKota,
  rekapKecamatanPadi,
  rekapTriwulanKota,
];

export function buildBlind326(): BookW[] {
  return BLIND326_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind326(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind326());
}

export { expectedJson };
