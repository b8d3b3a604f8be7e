// A twenty-seventh set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: provincial offices of Gorontalo and Kalimantan Utara as they send their SAKIP
// documents: a Perjanjian Kinerja with targets and realisasi per triwulan and its program anggaran,
// a PK with triwulan targets and the program / kegiatan / sub kegiatan anggaran on one sheet, an
// LKjIP 'Analisis Capaian' against the years before, the Renstra and the national target, an LKjIP
// efficiency table, a Sekretariat DPRD IKU matrix and a T-C.29 Renstra review.
// `writeFormsBlind27(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pkDishub, pkTriwulan } from "./kinerja";
import { efisiensi, lkjipAnalisis } from "./lkjip";
import { ikuDprd, tc29Pupr } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND27_BOOKS: Array<() => BookW> = [
  pkTriwulan,
  pkDishub,
  lkjipAnalisis,
  efisiensi,
  ikuDprd,
  tc29Pupr,
];

export function buildBlind27(): BookW[] {
  return BLIND27_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind27(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind27());
}

export { expectedJson };
