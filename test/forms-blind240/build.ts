// The 240th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// RSUD umum (Kabupaten Bukit Serunai, Jambi; Kota Teluk Rambia, Sulawesi Barat) on indikator mutu
// (waktu tunggu rawat jalan, kebersihan tangan, NDR) and klaim BPJS. `writeFormsBlind240(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rsud, tc27Rsud } from "./evaluasi";
import { klaimBpjs, lkjipRsud, mutuRuang, pkRsud } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND240_BOOKS: Array<() => BookW> = [
  e81Rsud,
  tc27Rsud,
  lkjipRsud,
  pkRsud,
  klaimBpjs,
  mutuRuang,
];

export function buildBlind240(): BookW[] {
  return BLIND240_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind240(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind240());
}

export { expectedJson };
