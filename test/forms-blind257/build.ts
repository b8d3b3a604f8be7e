// The 257th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// UPTD Panti Sosial Tresna Werdha of two invented Dinas Sosial (Kabupaten Banyumiring, Jawa Tengah;
// Kota Tanjung Seruni, Kalimantan Selatan): residents served, ATENSI/rehabilitation services, deaths
// and reunifications, cost per resident. `writeFormsBlind257(dir)` writes them with expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Werdha, tc27Werdha } from "./evaluasi";
import { biayaWisma, lkjipWerdha, mutasiPenghuni, pkWerdha } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND257_BOOKS: Array<() => BookW> = [
  e81Werdha,
  tc27Werdha,
  lkjipWerdha,
  pkWerdha,
  mutasiPenghuni,
  biayaWisma,
];

export function buildBlind257(): BookW[] {
  return BLIND257_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind257(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind257());
}

export { expectedJson };
