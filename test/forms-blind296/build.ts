// The 296th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// BPKAD (Jambi, Kalimantan Selatan) on penatausahaan: SP2D tepat waktu, realisasi belanja per OPD,
// LRA and SiLPA. `writeFormsBlind296(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bpkad, tc27Bpkad } from "./evaluasi";
import { lkjipBpkad, pkBpkad, rekapBelanjaOpd, sp2dLraBpkad } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND296_BOOKS: Array<() => BookW> = [
  e81Bpkad,
  tc27Bpkad,
  lkjipBpkad,
  pkBpkad,
  rekapBelanjaOpd,
  sp2dLraBpkad,
];

export function buildBlind296(): BookW[] {
  return BLIND296_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind296(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind296());
}

export { expectedJson };
