// The 297th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// water-supply section of two Dinas PUPR and a PDAM (Kabupaten Lembah Tirta, Jawa Tengah; Kota Sungai
// Bening, Kalimantan Selatan): SPAM, sambungan rumah, akses air minum layak / aman, NRW, kapasitas IPA.
// `writeFormsBlind297(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Spam, tc27Spam } from "./evaluasi";
import { lkjipSpam, pkSpam, rekapAkses, rekapNrw } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND297_BOOKS: Array<() => BookW> = [
  e81Spam,
  tc27Spam,
  lkjipSpam,
  pkSpam,
  rekapAkses,
  rekapNrw,
];

export function buildBlind297(): BookW[] {
  return BLIND297_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind297(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind297());
}

export { expectedJson };
