// The 311th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Badan Pendapatan Daerah (Kabupaten Sawang Kidul, Jawa Timur; Kota Teluk Sirandah, Kalimantan
// Selatan) on PAD per jenis pajak, retribusi, target vs realisasi per triwulan and piutang pajak.
// `writeFormsBlind311(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bapenda, tc27Bapenda } from "./renja";
import { lkjipBapenda, pkBapenda } from "./kinerja";
import { piutangPbb, realisasiPad } from "./pad";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND311_BOOKS: Array<() => BookW> = [
  e81Bapenda,
  tc27Bapenda,
  lkjipBapenda,
  pkBapenda,
  realisasiPad,
  piutangPbb,
];

export function buildBlind311(): BookW[] {
  return BLIND311_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind311(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind311());
}

export { expectedJson };
