// The hundred-ninety-first set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Kesehatan on kesehatan lingkungan and STBM in Sulawesi Selatan (an E.81 Renja evaluation, a T-C.27
// Renstra funding table, an IKU matrix) and Jawa Tengah (an LKjIP measurement table, a PK beside its Renstra, a
// recap per puskesmas with a TTU/TPP recap beside it). `writeFormsBlind191(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81KeslingBonto } from "./evaluasi";
import { ikuKeslingBonto, tc27KeslingTanaMarusu } from "./renstra";
import { lkjipKeslingSendangrejo, pkKeslingSendangrejo } from "./kinerja";
import { rekapStbmTegalsari } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND191_BOOKS: Array<() => BookW> = [
  e81KeslingBonto,
  tc27KeslingTanaMarusu,
  ikuKeslingBonto,
  lkjipKeslingSendangrejo,
  pkKeslingSendangrejo,
  rekapStbmTegalsari,
];

export function buildBlind191(): BookW[] {
  return BLIND191_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind191(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind191());
}

export { expectedJson };
