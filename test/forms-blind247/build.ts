// The 247th set of unseen standard-form workbooks, written in code with the kit of test/forms: the UPTD
// Rumah Potong Hewan of Kabupaten Ranah Sialang (Sumatera Barat) and Kota Tanjung Wirasa (Kalimantan
// Selatan): ternak dipotong, ante / post mortem, NKV, retribusi RPH, daging ASUH. `writeFormsBlind247(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rph, tc27Rph } from "./evaluasi";
import { lkjipRph, pkRph, rekapNkvAsuh, rekapPemotongan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND247_BOOKS: Array<() => BookW> = [
  e81Rph,
  tc27Rph,
  lkjipRph,
  pkRph,
  rekapPemotongan,
  rekapNkvAsuh,
];

export function buildBlind247(): BookW[] {
  return BLIND247_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind247(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind247());
}

export { expectedJson };
