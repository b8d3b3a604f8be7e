// The 335th set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// Pemberdayaan Masyarakat dan Desa (Kabupaten Lembah Sarimbun, Sumatera Barat; Kota Batu Lintang,
// Sulawesi Tengah) on IDM, BUMDes, dana desa and kader pemberdayaan. `writeFormsBlind335(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dpmd, lkjipDpmd, tc27Dpmd } from "./renja";
import { pkDpmd, realisasiBidang, rekapDanaDesa } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND335_BOOKS: Array<() => BookW> = [
  e81Dpmd,
  tc27Dpmd,
  lkjipDpmd,
  pkDpmd,
  rekapDanaDesa,
  realisasiBidang,
];

export function buildBlind335(): BookW[] {
  return BLIND335_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind335(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind335());
}

export { expectedJson };
