// The 213th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pemuda dan Olahraga (Sumatera Barat, Kalimantan Barat) on kepemudaan: pemuda pelopor, OKP,
// Paskibraka, wirausaha muda and the gelanggang remaja. `writeFormsBlind213(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dispora, tc27Dispora } from "./evaluasi";
import { gelanggangRemaja, lkjipDispora, pkDispora, rekapWirausaha } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND213_BOOKS: Array<() => BookW> = [
  e81Dispora,
  tc27Dispora,
  lkjipDispora,
  pkDispora,
  rekapWirausaha,
  gelanggangRemaja,
];

export function buildBlind213(): BookW[] {
  return BLIND213_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind213(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind213());
}

export { expectedJson };
