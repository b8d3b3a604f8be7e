// The 295th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Dinas Sosial of two invented places (Kabupaten Kedung Wulung, Jawa Tengah; Kota Pasir Lintang,
// Kalimantan Selatan) on penanganan bencana: lumbung sosial, buffer stock logistik, korban terdampak
// dilayani and Tagana. `writeFormsBlind295(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bencana, tc27Bencana } from "./evaluasi";
import { bufferStock, korbanTagana, lkjipBencana, pkBencana } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND295_BOOKS: Array<() => BookW> = [
  e81Bencana,
  tc27Bencana,
  lkjipBencana,
  pkBencana,
  bufferStock,
  korbanTagana,
];

export function buildBlind295(): BookW[] {
  return BLIND295_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind295(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind295());
}

export { expectedJson };
