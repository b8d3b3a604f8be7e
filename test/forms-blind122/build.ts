// The hundred-and-twenty-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perdagangan dan Metrologi of kabupaten and kota in Jawa Timur and Kalimantan
// Utara (an E.81 Renja evaluation, a T-C.27 Renstra funding table, an LKjIP measurement table, a PK
// with its Renstra targets, an IKU matrix, a recap of tera ulang UTTP per kecamatan beside the
// retribusi per triwulan). `writeFormsBlind122(dir)` writes them with their expected.json (the format
// of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disdagmet } from "./evaluasi";
import { tc27Disdagmet } from "./renstra";
import { lkjipDisdagmet, pkDisdagmet } from "./kinerja";
import { ikuDisdagmet } from "./iku";
import { rekapTeraUlang } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND122_BOOKS: Array<() => BookW> = [
  e81Disdagmet,
  tc27Disdagmet,
  lkjipDisdagmet,
  pkDisdagmet,
  ikuDisdagmet,
  rekapTeraUlang,
];

export function buildBlind122(): BookW[] {
  return BLIND122_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind122(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind122());
}

export { expectedJson };
