// The 250th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pemuda dan Olahraga (Lore Sindang, Sulawesi Barat; Tanjung Barumun, Sumatera Utara) on olahraga
// prestasi: atlet binaan, PORPROV medals per cabor, pelatih bersertifikat, GOR and stadion use.
// `writeFormsBlind250(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dispora, tc27Dispora } from "./evaluasi";
import { lkjipDispora, pkDispora, rekapGor, rekapMedali } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND250_BOOKS: Array<() => BookW> = [
  e81Dispora,
  tc27Dispora,
  lkjipDispora,
  pkDispora,
  rekapMedali,
  rekapGor,
];

export function buildBlind250(): BookW[] {
  return BLIND250_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind250(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind250());
}

export { expectedJson };
