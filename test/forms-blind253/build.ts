// The 253rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pertanian (Padang Sirenggo, Sumatera Barat; Sidomukti Wetan, Jawa Timur) on the Asuransi
// Usaha Tani Padi (AUTP) and Asuransi Usaha Ternak Sapi (AUTS). `writeFormsBlind253(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Autp, tc27Autp } from "./evaluasi";
import { lkjipAutp, pkAutp, rekapAutpKecamatan, rekapAutsTriwulan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND253_BOOKS: Array<() => BookW> = [
  e81Autp,
  tc27Autp,
  lkjipAutp,
  pkAutp,
  rekapAutpKecamatan,
  rekapAutsTriwulan,
];

export function buildBlind253(): BookW[] {
  return BLIND253_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind253(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind253());
}

export { expectedJson };
