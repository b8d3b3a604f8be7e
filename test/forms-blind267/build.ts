// The 267th set of unseen standard-form workbooks, written with the kit of test/forms: two Dinas Tenaga
// Kerja (Lembah Sarimas, Jambi; Tanjung Karangasri, Kalimantan Barat) on pelatihan berbasis kompetensi
// di BLK, lulusan bersertifikat and ditempatkan, TPT, perselisihan hubungan industrial and AK/1.
// `writeFormsBlind267(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Naker, tc27Naker } from "./evaluasi";
import { ak1Phi, lkjipNaker, pkNaker, rekapBlk } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND267_BOOKS: Array<() => BookW> = [
  e81Naker,
  tc27Naker,
  lkjipNaker,
  pkNaker,
  rekapBlk,
  ak1Phi,
];

export function buildBlind267(): BookW[] {
  return BLIND267_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind267(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind267());
}

export { expectedJson };
