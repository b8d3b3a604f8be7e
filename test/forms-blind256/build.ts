// The 256th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Batang Kuantan Hilir, Riau; Kota Tanjung Sembilang, Kalimantan Barat) on penyakit
// tidak menular: posbindu PTM, SPM hipertensi and diabetes melitus, pelayanan usia lanjut.
// `writeFormsBlind256(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Ptm, tc27Ptm } from "./evaluasi";
import { lkjipPtm, pkPtm, posbinduLansia, spmKecamatan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND256_BOOKS: Array<() => BookW> = [
  e81Ptm,
  tc27Ptm,
  lkjipPtm,
  pkPtm,
  spmKecamatan,
  posbinduLansia,
];

export function buildBlind256(): BookW[] {
  return BLIND256_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind256(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind256());
}

export { expectedJson };
