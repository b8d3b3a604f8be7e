// The 348th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pemuda dan Olahraga (Kabupaten Lembah Sariak, Sumatera Barat; Kota Tanjung Harapan Baru,
// Kalimantan Timur) on atlet berprestasi, medali per cabor, sarana olahraga, organisasi kepemudaan and
// wirausaha muda. `writeFormsBlind348(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dispora, lkjipDispora, tc27Dispora } from "./evaluasi";
import { pkDispora, rekapMedaliSarana, rekapWirausahaOkp } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND348_BOOKS: Array<() => BookW> = [
  e81Dispora,
  tc27Dispora,
  lkjipDispora,
  pkDispora,
  rekapMedaliSarana,
  rekapWirausahaOkp,
];

export function buildBlind348(): BookW[] {
  return BLIND348_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind348(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind348());
}

export { expectedJson };
