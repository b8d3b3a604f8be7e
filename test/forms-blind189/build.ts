// The 189th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Dinas Perindustrian on industri kecil dan menengah in Jawa Barat (Kabupaten Cilamaya Raya, Kota
// Sukamanah) and Sumatera Selatan (Kabupaten Ogan Lestari): an E.81 Renja evaluation, a T-C.27 with
// kawasan industri, an IKU matrix, an LKjIP measurement table, a PK with its Renstra, and a recap of
// IKM per kecamatan. `writeFormsBlind189(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81IkmOganLestari } from "./evaluasi";
import { ikuDisperinSukamanah, tc27KawasanCilamaya } from "./renstra";
import { lkjipIkmSukamanah, pkDisperinOganLestari } from "./kinerja";
import { rekapIkmOganLestari } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND189_BOOKS: Array<() => BookW> = [
  e81IkmOganLestari,
  tc27KawasanCilamaya,
  ikuDisperinSukamanah,
  lkjipIkmSukamanah,
  pkDisperinOganLestari,
  rekapIkmOganLestari,
];

export function buildBlind189(): BookW[] {
  return BLIND189_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind189(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind189());
}

export { expectedJson };
