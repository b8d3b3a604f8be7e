// The 322nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// Koperasi dan UKM (Kabupaten Lembah Sirandah, Sumatera Barat; Kota Banua Rindang, Kalimantan Selatan) on
// koperasi sehat, RAT, UMKM naik kelas, KUR and pelatihan. `writeFormsBlind322(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Koperasi, tc27Koperasi } from "./renja";
import { lkjipKoperasi, pkKoperasi, rekapKesehatanKoperasi, rekapKurPelatihan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND322_BOOKS: Array<() => BookW> = [
  e81Koperasi,
  tc27Koperasi,
  lkjipKoperasi,
  pkKoperasi,
  rekapKesehatanKoperasi,
  rekapKurPelatihan,
];

export function buildBlind322(): BookW[] {
  return BLIND322_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind322(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind322());
}

export { expectedJson };
