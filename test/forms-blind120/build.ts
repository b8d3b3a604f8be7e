// The hundred-and-twentieth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pemberdayaan Perempuan dan Perlindungan Anak of Provinsi Sumatera Utara and of
// Kota Selaparang in Nusa Tenggara Barat (an E.81 Renja evaluation with typed values, a T-C.27 Renstra
// 2025-2029 in thousands, an LKjIP measurement table with capaian as % fractions, a PK 2025 beside its
// Renstra, an IKU matrix 2025-2029 and a recap of violence cases per kabupaten/kota with a second
// table beside it). `writeFormsBlind120(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Selaparang, rekapKasusSumut, tc27Sumut } from "./evaluasi";
import { ikuSumut, lkjipSumut, pkSelaparang } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND120_BOOKS: Array<() => BookW> = [
  e81Selaparang,
  tc27Sumut,
  lkjipSumut,
  pkSelaparang,
  ikuSumut,
  rekapKasusSumut,
];

export function buildBlind120(): BookW[] {
  return BLIND120_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind120(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind120());
}

export { expectedJson };
