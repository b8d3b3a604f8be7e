// The hundred-thirty-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perumahan Rakyat dan Kawasan Permukiman on RTLH, PSU and the BSPS, plus a
// Bagian Kesejahteraan Rakyat, in Sulawesi Selatan and Kalimantan Barat (a BSPS recap per kecamatan, an
// LKjIP measurement table, an E.81-like Renja evaluation, a T-C.27 Renstra "(dalam ribuan rupiah)", a
// PK beside its Renstra, an IKU matrix of the Bagian Kesra). `writeFormsBlind133(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { bspsKalbar, e81Perkim, lkjipPerkim } from "./perkim";
import { ikuKesra, pkPerkim, tc27Perkim } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND133_BOOKS: Array<() => BookW> = [
  bspsKalbar,
  lkjipPerkim,
  e81Perkim,
  tc27Perkim,
  pkPerkim,
  ikuKesra,
];

export function buildBlind133(): BookW[] {
  return BLIND133_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind133(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind133());
}

export { expectedJson };
