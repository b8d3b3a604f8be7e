// The 288th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Bappeda Kabupaten Tebing Serawai (Bengkulu) and the Bappelitbangda Kota Batu Sepuluh (Kalimantan
// Barat) on musrenbang usulan per kecamatan, pokok pikiran DPRD, kesesuaian Renja-RKPD-APBD and the
// pengendalian RKPD per triwulan. `writeFormsBlind288(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Serawai, tc27BatuSepuluh } from "./evaluasi";
import { lkjipSerawai, musrenbangSerawai, pengendalianBatuSepuluh, pkBatuSepuluh } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND288_BOOKS: Array<() => BookW> = [
  e81Serawai,
  tc27BatuSepuluh,
  lkjipSerawai,
  pkBatuSepuluh,
  musrenbangSerawai,
  pengendalianBatuSepuluh,
];

export function buildBlind288(): BookW[] {
  return BLIND288_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind288(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind288());
}

export { expectedJson };
