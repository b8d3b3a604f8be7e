// The 270th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Diskominfo of Kabupaten Lembah Sariak (Sumatera Barat) and Kota Banua Tanjung (Kalimantan Selatan) on
// statistik sektoral (Satu Data, metadata SDI, rekomendasi BPS) and persandian (sertifikat elektronik,
// insiden siber). `writeFormsBlind270(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Statistik, tc27Persandian } from "./evaluasi";
import { lkjipStatistik, pkPersandian, rekapDataset, rekapInsiden } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND270_BOOKS: Array<() => BookW> = [
  e81Statistik,
  tc27Persandian,
  lkjipStatistik,
  pkPersandian,
  rekapDataset,
  rekapInsiden,
];

export function buildBlind270(): BookW[] {
  return BLIND270_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind270(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind270());
}

export { expectedJson };
