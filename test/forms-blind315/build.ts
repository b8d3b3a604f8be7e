// The 315th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Lingkungan Hidup (Sumatera Barat, Kalimantan Timur) on IKLH, indeks kualitas air / udara /
// tutupan lahan, RTH publik, pengaduan pencemaran and uji emisi. `writeFormsBlind315(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dlh, tc27Dlh } from "./renja-lh";
import { lkjipDlh, pkDlh, rekapPengaduanDlh, rekapRthDlh } from "./kinerja-lh";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND315_BOOKS: Array<() => BookW> = [
  e81Dlh,
  tc27Dlh,
  lkjipDlh,
  pkDlh,
  rekapPengaduanDlh,
  rekapRthDlh,
];

export function buildBlind315(): BookW[] {
  return BLIND315_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind315(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind315());
}

export { expectedJson };
