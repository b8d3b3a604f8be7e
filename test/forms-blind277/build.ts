// The 277th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perikanan (Jawa Tengah, Sulawesi Tengah) on perikanan budidaya: produksi per komoditas and
// kecamatan, benih, pokdakan, CBIB and kematian ikan. `writeFormsBlind277(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Budidaya, tc27Budidaya } from "./evaluasi";
import { benihTriwulan, lkjipBudidaya, pkBudidaya, produksiKomoditas } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND277_BOOKS: Array<() => BookW> = [
  e81Budidaya,
  tc27Budidaya,
  lkjipBudidaya,
  pkBudidaya,
  produksiKomoditas,
  benihTriwulan,
];

export function buildBlind277(): BookW[] {
  return BLIND277_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind277(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind277());
}

export { expectedJson };
