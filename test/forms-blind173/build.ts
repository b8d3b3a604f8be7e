// The hundred-seventy-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perhubungan on angkutan laut dan penyeberangan and keselamatan jalan in Maluku
// and Kepulauan Riau (an E.81 Renja evaluation, a T-C.27 Renstra, an IKU matrix, an LKjIP, a PK with
// its Renstra, a ferry passenger recap per lintasan). `writeFormsBlind173(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perintis } from "./evaluasi";
import { ikuNatuna, tc27Bintan } from "./renstra";
import { lkjipSeram, pkLingga } from "./kinerja";
import { rekapLintasan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND173_BOOKS: Array<() => BookW> = [
  e81Perintis,
  tc27Bintan,
  ikuNatuna,
  lkjipSeram,
  pkLingga,
  rekapLintasan,
];

export function buildBlind173(): BookW[] {
  return BLIND173_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind173(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind173());
}

export { expectedJson };
