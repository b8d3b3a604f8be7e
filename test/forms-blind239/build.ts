// The 239th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perindustrian (Jawa Tengah, Kalimantan Selatan) on IKM sertifikasi halal / SNI, sentra IKM,
// nilai produksi and tenaga kerja IKM. `writeFormsBlind239(dir)` writes them with their expected.json
// (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perindustrian, tc27Perindustrian } from "./evaluasi";
import { lkjipPerindustrian, pkPerindustrian, rekapSentra, rekapTriwulan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND239_BOOKS: Array<() => BookW> = [
  e81Perindustrian,
  tc27Perindustrian,
  lkjipPerindustrian,
  pkPerindustrian,
  rekapSentra,
  rekapTriwulan,
];

export function buildBlind239(): BookW[] {
  return BLIND239_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind239(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind239());
}

export { expectedJson };
