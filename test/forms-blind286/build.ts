// The 286th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Dinas Kesehatan of two invented places (Kabupaten Lembah Sariwangi, Jawa Barat; Kota Tanjung
// Rawasari, Kalimantan Selatan) on kesehatan jiwa (ODGJ berat, pasung), rehabilitasi NAPZA and SPM
// usia lanjut. `writeFormsBlind286(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Keswa, tc27Keswa } from "./evaluasi";
import { lkjipKeswa, pkKeswa, rekapOdgj, spmLansiaNapza } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND286_BOOKS: Array<() => BookW> = [
  e81Keswa,
  tc27Keswa,
  lkjipKeswa,
  pkKeswa,
  rekapOdgj,
  spmLansiaNapza,
];

export function buildBlind286(): BookW[] {
  return BLIND286_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind286(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind286());
}

export { expectedJson };
