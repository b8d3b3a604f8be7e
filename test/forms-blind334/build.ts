// The 334th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Ketahanan Pangan dan Perikanan (Kabupaten Lembah Sirangkak, Sumatera Barat; Kota Batu Layar,
// Nusa Tenggara Barat) on produksi ikan budidaya, konsumsi ikan, cadangan pangan and skor PPH.
// `writeFormsBlind334(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dkpp, lkjipDkpp, tc27Dkpp } from "./evaluasi";
import { konsumsiCadangan, pkDkpp, produksiKecamatan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND334_BOOKS: Array<() => BookW> = [
  e81Dkpp,
  tc27Dkpp,
  lkjipDkpp,
  pkDkpp,
  produksiKecamatan,
  konsumsiCadangan,
];

export function buildBlind334(): BookW[] {
  return BLIND334_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind334(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind334());
}

export { expectedJson };
