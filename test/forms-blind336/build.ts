// The 336th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// RSUD (Kabupaten Tanah Merapi Hulu, Sumatera Barat; Kota Teluk Serumpun, Kepulauan Riau) on BOR, AvLOS,
// TOI, BTO, pendapatan BLUD, kepuasan pasien and waktu tunggu. `writeFormsBlind336(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rsud, lkjipRsud, tc27Rsud } from "./evaluasi";
import { pkRsud, rekapBludKepuasan, rekapBorRuang } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND336_BOOKS: Array<() => BookW> = [
  e81Rsud,
  tc27Rsud,
  lkjipRsud,
  pkRsud,
  rekapBorRuang,
  rekapBludKepuasan,
];

export function buildBlind336(): BookW[] {
  return BLIND336_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind336(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind336());
}

export { expectedJson };
