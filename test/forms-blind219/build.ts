// The 219th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perdagangan (Sumatera Barat, Kalimantan Selatan) on pasar rakyat, metrologi legal (tera /
// tera ulang UTTP) and stabilitas harga bahan pokok. `writeFormsBlind219(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disdag, tc27Disdag } from "./evaluasi";
import { hargaPokok, lkjipDisdag, pkDisdag, rekapTera } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND219_BOOKS: Array<() => BookW> = [
  e81Disdag,
  tc27Disdag,
  lkjipDisdag,
  pkDisdag,
  rekapTera,
  hargaPokok,
];

export function buildBlind219(): BookW[] {
  return BLIND219_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind219(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind219());
}

export { expectedJson };
