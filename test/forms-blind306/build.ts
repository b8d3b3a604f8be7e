// The 306th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Sosial (Wae Lolong, Maluku; Sungai Ranau, Jambi) on PKH graduasi mandiri, DTKS, PPKS in panti,
// bansos tersalur and KUBE. `writeFormsBlind306(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dinsos, tc27Dinsos } from "./evaluasi";
import { lkjipDinsos, pkDinsos, rekapBansos, rekapPanti } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND306_BOOKS: Array<() => BookW> = [
  e81Dinsos,
  tc27Dinsos,
  lkjipDinsos,
  pkDinsos,
  rekapBansos,
  rekapPanti,
];

export function buildBlind306(): BookW[] {
  return BLIND306_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind306(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind306());
}

export { expectedJson };
