// The 264th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Peternakan dan Kesehatan Hewan (Kabupaten Rangga Marapu, NTT; Kabupaten Pangonan, Jawa Timur)
// on rabies and PMK vaccination, inseminasi buatan and kelahiran, RPH and daging ASUH.
// `writeFormsBlind264(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Nakeswan, tc27Nakeswan } from "./evaluasi";
import { lkjipNakeswan, pkNakeswan, rekapIb, rekapRabiesAsuh } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND264_BOOKS: Array<() => BookW> = [
  e81Nakeswan,
  tc27Nakeswan,
  lkjipNakeswan,
  pkNakeswan,
  rekapIb,
  rekapRabiesAsuh,
];

export function buildBlind264(): BookW[] {
  return BLIND264_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind264(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind264());
}

export { expectedJson };
