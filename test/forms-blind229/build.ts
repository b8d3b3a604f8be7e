// The 229th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Bagian Pengadaan Barang/Jasa (UKPBJ) of Kabupaten Muara Sapih (Jambi) and Kota Tanah Bumbung
// (Kalimantan Selatan): paket tender, katalog elektronik, efisiensi terhadap HPS, sanggah and tender
// gagal. `writeFormsBlind229(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Ukpbj, tc27Ukpbj } from "./evaluasi";
import { lkjipUkpbj, pkUkpbj, rekapMetode, rekapSanggah } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND229_BOOKS: Array<() => BookW> = [
  e81Ukpbj,
  tc27Ukpbj,
  lkjipUkpbj,
  pkUkpbj,
  rekapMetode,
  rekapSanggah,
];

export function buildBlind229(): BookW[] {
  return BLIND229_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind229(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind229());
}

export { expectedJson };
