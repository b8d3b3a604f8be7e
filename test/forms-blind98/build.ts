// The ninety-eighth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Energi dan Sumber Daya Mineral of Provinsi Kalimantan Utara and Provinsi Jawa Barat (an
// E.81-like Renja evaluation of the energi baru terbarukan program, a T-C.27-like Renstra table, a PK
// beside the Renstra it quotes, an LKjIP measurement table, a monthly recap of mining receipts, and a
// PJU-TS recap per kabupaten with an air tanah supervision table). `writeFormsBlind98(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81EsdmKaltara } from "./evaluasi";
import { tc27EsdmJabar } from "./renstra";
import { lkjipEsdmJabar, pkEsdmKaltara } from "./kinerja";
import { penerimaanMinerbaKaltara, pjutsEsdmJabar } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND98_BOOKS: Array<() => BookW> = [
  e81EsdmKaltara,
  tc27EsdmJabar,
  pkEsdmKaltara,
  lkjipEsdmJabar,
  penerimaanMinerbaKaltara,
  pjutsEsdmJabar,
];

export function buildBlind98(): BookW[] {
  return BLIND98_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind98(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind98());
}

export { expectedJson };
