// A twenty-sixth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kota offices of eastern Indonesia (Papua Barat, Maluku, NTB) and the layouts their
// planners improvise: an IKU table with text targets carrying units, an LKjIP table by rows
// (Target / Realisasi / Capaian per indicator), a Renja in millions of rupiah, an E.81 with
// cumulative "s.d. Triwulan" columns, a Badan Keuangan's LRA with pembiayaan and an SPM pendidikan
// report. `writeFormsBlind26(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuTargetTeks, spmPendidikan } from "./iku";
import { e81Kumulatif, lkjipBaris } from "./lkjip";
import { lraBkd, renjaJutaan } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND26_BOOKS: Array<() => BookW> = [
  ikuTargetTeks,
  lkjipBaris,
  renjaJutaan,
  e81Kumulatif,
  lraBkd,
  spmPendidikan,
];

export function buildBlind26(): BookW[] {
  return BLIND26_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind26(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind26());
}

export { expectedJson };
