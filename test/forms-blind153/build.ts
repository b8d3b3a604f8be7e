// The hundred-and-fifty-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) of kabupaten in Kalimantan
// Timur and Nusa Tenggara Barat (a per-kecamatan recap of violence cases handled, an LKjIP with IPG / IDG,
// a PK with its Renstra, a T-C.27 funding table, an E.81 Renja evaluation, an IKU matrix with KLA and
// PUSPAGA). `writeFormsBlind153(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rekapKasusKutaiPedalaman } from "./rekap";
import { ikuDompuUtara, lkjipLombokTenggara, pkPaserHulu } from "./kinerja";
import { e81BerauPesisir, tc27SumbawaTimur } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND153_BOOKS: Array<() => BookW> = [
  rekapKasusKutaiPedalaman,
  lkjipLombokTenggara,
  pkPaserHulu,
  tc27SumbawaTimur,
  e81BerauPesisir,
  ikuDompuUtara,
];

export function buildBlind153(): BookW[] {
  return BLIND153_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind153(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind153());
}

export { expectedJson };
