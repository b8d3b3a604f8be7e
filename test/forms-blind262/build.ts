// The 262nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Badan Pendapatan Daerah (Kota Rantau Sipora, Sumatera Barat; Kabupaten Lembah Wailoa, Maluku) on
// PBJT (makan minum, perhotelan, hiburan) and pajak reklame: target and realisasi per jenis pajak,
// wajib pajak terdaftar, tapping box and tunggakan. `writeFormsBlind262(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bapenda, tc27Bapenda } from "./evaluasi";
import { lkjipBapenda, pkBapenda, rekapJenisPajak, rekapWpTappingBox } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND262_BOOKS: Array<() => BookW> = [
  e81Bapenda,
  tc27Bapenda,
  lkjipBapenda,
  pkBapenda,
  rekapJenisPajak,
  rekapWpTappingBox,
];

export function buildBlind262(): BookW[] {
  return BLIND262_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind262(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind262());
}

export { expectedJson };
