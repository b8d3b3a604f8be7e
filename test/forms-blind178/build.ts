// The set blind178 of unseen standard-form workbooks, written in code with the kit of test/forms: the Dinas
// Kesehatan of invented kabupaten in Jawa Timur and Kalimantan Barat on penyakit tidak menular and SPM kesehatan
// (an E.81, a T-C.27, an LKjIP, a PK with its Renstra, an SPM recap per puskesmas, a budget realisation).
// `writeFormsBlind178(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Ptm } from "./evaluasi";
import { tc27Ptm } from "./renstra";
import { lkjipPtm, pkPtm, realisasiAnggaran, rekapSpm } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND178_BOOKS: Array<() => BookW> = [
  e81Ptm,
  tc27Ptm,
  lkjipPtm,
  pkPtm,
  rekapSpm,
  realisasiAnggaran,
];

export function buildBlind178(): BookW[] {
  return BLIND178_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind178(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind178());
}

export { expectedJson };
