// The hundred-and-eighty-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the percepatan penurunan stunting (TPPS at the Bappeda, the Dinas Kesehatan) in Nusa
// Tenggara Timur and a Kalimantan Selatan kabupaten (an E.81 Renja evaluation, a T-C.27 Renstra
// funding table, an LKjIP measurement, a rekap e-PPGBM per kecamatan, a PK with its Renstra, an IKU
// matrix). `writeFormsBlind182(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DinkesTimor, tc27DinkesBatangAlai } from "./renstra";
import { ikuDinkesBatangAlai, lkjipBappedaFlores, pkBappedaBatangAlai, rekapPpgbmSumba } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND182_BOOKS: Array<() => BookW> = [
  e81DinkesTimor,
  tc27DinkesBatangAlai,
  lkjipBappedaFlores,
  rekapPpgbmSumba,
  pkBappedaBatangAlai,
  ikuDinkesBatangAlai,
];

export function buildBlind182(): BookW[] {
  return BLIND182_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind182(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind182());
}

export { expectedJson };
