// The 317th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Bappeda (Kabupaten Lembah Sirandah, Sumatera Barat; Kota Batu Pinang, Kalimantan Timur) on the
// indikator makro RPJMD (pertumbuhan ekonomi, PDRB per kapita, IPM, kemiskinan, TPT, gini ratio) and
// the yearly evaluasi RPJMD. `writeFormsBlind317(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bappeda, lkjipMakro, tc27Bappeda } from "./evaluasi";
import { pdrbTriwulan, pkBappeda, rekapKecamatan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND317_BOOKS: Array<() => BookW> = [
  e81Bappeda,
  tc27Bappeda,
  lkjipMakro,
  pkBappeda,
  rekapKecamatan,
  pdrbTriwulan,
];

export function buildBlind317(): BookW[] {
  return BLIND317_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind317(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind317());
}

export { expectedJson };
