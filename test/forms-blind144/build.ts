// The hundred-forty-fourth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the DPMPTSP (perizinan berusaha OSS RBA, realisasi investasi PMA / PMDN, survei
// kepuasan masyarakat per unit layanan) of kabupaten in Kepulauan Bangka Belitung and Papua Tengah
// (an E.81 Renja evaluation, a T-C.27 Renstra funding table, an LKjIP measurement, a PK with
// quarterly targets beside its Renstra, an SKM recap per unit layanan, an investment recap per
// sektor and per triwulan side by side). `writeFormsBlind144(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dpmptsp, tc27Dpmptsp } from "./evaluasi";
import { lkjipDpmptsp, pkDpmptsp } from "./kinerja";
import { ikmUnitLayanan, investasiSektor } from "./layanan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND144_BOOKS: Array<() => BookW> = [
  e81Dpmptsp,
  tc27Dpmptsp,
  lkjipDpmptsp,
  pkDpmptsp,
  ikmUnitLayanan,
  investasiSektor,
];

export function buildBlind144(): BookW[] {
  return BLIND144_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind144(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind144());
}

export { expectedJson };
