// The 232nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Lingkungan Hidup (Kalimantan Timur, Jambi) on uji emisi, indeks kualitas udara, persetujuan
// lingkungan (AMDAL, UKL-UPL) and pengaduan. `writeFormsBlind232(dir)` writes them with expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dlh, tc27Dlh } from "./evaluasi";
import { lkjipDlh, pkDlh, rekapPersetujuanPengaduan, rekapUjiEmisi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND232_BOOKS: Array<() => BookW> = [
  e81Dlh,
  tc27Dlh,
  lkjipDlh,
  pkDlh,
  rekapUjiEmisi,
  rekapPersetujuanPengaduan,
];

export function buildBlind232(): BookW[] {
  return BLIND232_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind232(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind232());
}

export { expectedJson };
