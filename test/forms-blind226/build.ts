// The 226th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// RSUD khusus jiwa (BLUD) of Kota Batu Ranggas (Sumatera Barat) and Kabupaten Tanjung Mentawir
// (Kalimantan Timur): BOR, ALOS, kunjungan rawat jalan, pendapatan BLUD and angka kekambuhan.
// `writeFormsBlind226(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81RsJiwa, tc27RsJiwa } from "./evaluasi";
import { lkjipRsJiwa, pkRsJiwa, rekapBlud, rekapRuang } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND226_BOOKS: Array<() => BookW> = [
  e81RsJiwa,
  tc27RsJiwa,
  lkjipRsJiwa,
  pkRsJiwa,
  rekapRuang,
  rekapBlud,
];

export function buildBlind226(): BookW[] {
  return BLIND226_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind226(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind226());
}

export { expectedJson };
