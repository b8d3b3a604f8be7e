// The hundred-sixty-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas ESDM (rasio elektrifikasi, PJU tenaga surya, IUP, air tanah) and the Badan
// Kesbangpol (konflik sosial, ormas, partisipasi pemilih) of Kalimantan Tengah and Sumatera Barat
// (an E.81 Renja evaluation, a side-by-side sector recap, a T-C.27, an IKU matrix, an LKjIP and a PK
// with its Renstra). `writeFormsBlind163(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81EsdmKalteng, rekapKesbangpolKalteng } from "./evaluasi";
import { ikuKesbangpolKalteng, tc27EsdmKalteng } from "./renstra";
import { lkjipEsdmSumbar, pkKesbangpolSumbar } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND163_BOOKS: Array<() => BookW> = [
  e81EsdmKalteng,
  rekapKesbangpolKalteng,
  tc27EsdmKalteng,
  ikuKesbangpolKalteng,
  lkjipEsdmSumbar,
  pkKesbangpolSumbar,
];

export function buildBlind163(): BookW[] {
  return BLIND163_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind163(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind163());
}

export { expectedJson };
