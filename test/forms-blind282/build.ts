// The 282nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Kabupaten Lembah Sinaru, Sulawesi Barat; Kota Tanjung Pelita, Kalimantan Utara)
// on gizi masyarakat. `writeFormsBlind282(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Gizi, tc27Gizi } from "./evaluasi";
import { lkjipGizi, pkGizi, pmtTtdTriwulan, vitaminAKecamatan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND282_BOOKS: Array<() => BookW> = [
  e81Gizi,
  tc27Gizi,
  lkjipGizi,
  pkGizi,
  vitaminAKecamatan,
  pmtTtdTriwulan,
];

export function buildBlind282(): BookW[] {
  return BLIND282_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind282(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind282());
}

export { expectedJson };
