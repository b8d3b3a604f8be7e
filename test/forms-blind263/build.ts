// The 263rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// UPTD Laboratorium Kesehatan Daerah (BLUD) of Kabupaten Lembah Sarimas (Sumatera Barat) and Kota
// Tanjung Wangi (Kalimantan Selatan): sampel klinik / air / makanan, waktu tunggu hasil, akreditasi,
// pendapatan BLUD and uji profisiensi. `writeFormsBlind263(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Labkesda, tc27Labkesda } from "./evaluasi";
import { lkjipLabkesda, pendapatanBlud, pkLabkesda, rekapSampel } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND263_BOOKS: Array<() => BookW> = [
  e81Labkesda,
  tc27Labkesda,
  lkjipLabkesda,
  pkLabkesda,
  rekapSampel,
  pendapatanBlud,
];

export function buildBlind263(): BookW[] {
  return BLIND263_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind263(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind263());
}

export { expectedJson };
