// The hundred-and-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Ketahanan Pangan of Provinsi Nusa Tenggara Timur and Provinsi Kepulauan Bangka
// Belitung (an E.81 evaluation of the Renja 2024, a monthly stock of the cadangan beras pemerintah
// provinsi, a recap of the pengawasan keamanan pangan segar per kabupaten/kota, a T-C.27 of the
// Renstra 2025-2029, an LKjIP 2024 with the skor PPH and two lower-is-better indicators, a PK 2025
// beside its IKU Renstra). `writeFormsBlind107(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PanganNtt } from "./evaluasi";
import { psatBabel, stokCbppNtt } from "./rekap";
import { tc27PanganBabel } from "./renstra";
import { lkjipPanganNtt, pkPanganBabel } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND107_BOOKS: Array<() => BookW> = [
  e81PanganNtt,
  stokCbppNtt,
  psatBabel,
  tc27PanganBabel,
  lkjipPanganNtt,
  pkPanganBabel,
];

export function buildBlind107(): BookW[] {
  return BLIND107_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind107(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind107());
}

export { expectedJson };
