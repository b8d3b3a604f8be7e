// The 243rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented Dinas Perhubungan running a regional airport (Teluk Wamesa, Papua Barat; Selaru Timur,
// Maluku): passengers and cargo, pioneer flights, on-time performance, airport retribusi.
// `writeFormsBlind243(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bandara, tc27Bandara } from "./evaluasi";
import { lkjipBandara, pkBandara, rekapPenumpang, retribusiPerintis } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND243_BOOKS: Array<() => BookW> = [
  e81Bandara,
  tc27Bandara,
  lkjipBandara,
  pkBandara,
  rekapPenumpang,
  retribusiPerintis,
];

export function buildBlind243(): BookW[] {
  return BLIND243_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind243(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind243());
}

export { expectedJson };
