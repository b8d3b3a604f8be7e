// A fourteenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: LKjIP and evaluation layouts (an E.81 numbered "Kolom 1" .. "Kolom 18", an E.80 with
// its pairs Rp before K, an LKjIP analysis against the Renstra end target, an LKjIP measurement with
// IFERROR formulas and a hidden helper column, an efisiensi table under two tables side by side, a
// Rencana Aksi with its row-wise LKjIP blocks per sasaran), in other offices, wordings and layouts
// than test/forms, test/forms-unseen, test/forms-blind and test/forms-blind2 .. test/forms-blind10.
// `writeFormsBlind12(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e80RpK, e81Kolom } from "./evaluasi";
import { lkjipAnalisis, lkjipEfisiensi, lkjipRumus } from "./lkjip";
import { rencanaAksi } from "./aksi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND12_BOOKS: Array<() => BookW> = [
  e81Kolom,
  e80RpK,
  lkjipAnalisis,
  lkjipRumus,
  lkjipEfisiensi,
  rencanaAksi,
];

export function buildBlind12(): BookW[] {
  return BLIND12_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind12(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind12());
}

export { expectedJson };
