// The 230th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Kabupaten Rawa Seruni, Kalimantan Selatan; Kota Tanjung Bayur, Sulawesi Utara) on
// imunisasi dasar lengkap, desa UCI, drop out DPT-campak and the rantai dingin vaksin.
// `writeFormsBlind230(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Imunisasi, tc27Imunisasi } from "./evaluasi";
import { lkjipImunisasi, pkImunisasi, rantaiDingin, rekapKecamatan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND230_BOOKS: Array<() => BookW> = [
  e81Imunisasi,
  tc27Imunisasi,
  lkjipImunisasi,
  pkImunisasi,
  rekapKecamatan,
  rantaiDingin,
];

export function buildBlind230(): BookW[] {
  return BLIND230_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind230(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind230());
}

export { expectedJson };
