// The hundred-and-eightieth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bappeda on SDGs / TPB (RAD TPB) and penanggulangan kemiskinan (TKPKD) in Sumatera
// Barat and Maluku Utara (an E.81 Renja evaluation in thousands of rupiah, a T-C.27 Renstra funding
// table, an IKU matrix with ordinal years, an LKjIP measurement table with negative indicators, a PK
// with its Renstra, a provincial poverty and DTKS recap per kabupaten / kota).
// `writeFormsBlind180(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81TpbSumbar, ikuKotaSumbar, tc27TpbMalut } from "./tpb";
import { lkjipKemiskinanSumbar, pkRenstraMalut, rekapKemiskinanMalut } from "./kemiskinan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND180_BOOKS: Array<() => BookW> = [
  e81TpbSumbar,
  tc27TpbMalut,
  ikuKotaSumbar,
  lkjipKemiskinanSumbar,
  pkRenstraMalut,
  rekapKemiskinanMalut,
];

export function buildBlind180(): BookW[] {
  return BLIND180_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind180(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind180());
}

export { expectedJson };
