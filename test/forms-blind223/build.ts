// The 223rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Badan Pengelola Keuangan dan Aset Daerah (Kalimantan Tengah, Kepulauan Riau) on kas daerah, SP2D,
// the LRA of pendapatan and belanja, and the SiLPA. `writeFormsBlind223(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bpkad, tc27Bpkad } from "./evaluasi";
import { lkjipBpkad, lraTriwulan, pkBpkad, rekapSp2d } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND223_BOOKS: Array<() => BookW> = [
  e81Bpkad,
  tc27Bpkad,
  lkjipBpkad,
  pkBpkad,
  rekapSp2d,
  lraTriwulan,
];

export function buildBlind223(): BookW[] {
  return BLIND223_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind223(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind223());
}

export { expectedJson };
