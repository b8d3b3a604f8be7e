// The 310th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented RSUD (Kabupaten Lembah Sirandah, Sumatera Barat; Kota Bukit Palapa, Sulawesi Tengah) on BOR,
// ALOS, BTO, TOI, NDR, GDR, indeks kepuasan and pendapatan BLUD. `writeFormsBlind310(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rsud, lkjipRsud, tc27Rsud } from "./rencana";
import { pkRsud, rekapPendapatanBlud, rekapRawatInap } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND310_BOOKS: Array<() => BookW> = [
  e81Rsud,
  tc27Rsud,
  lkjipRsud,
  pkRsud,
  rekapRawatInap,
  rekapPendapatanBlud,
];

export function buildBlind310(): BookW[] {
  return BLIND310_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind310(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind310());
}

export { expectedJson };
