// A fifteenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: a mix of forms the earlier sets did not cover (a Kecamatan's Renja with a second table
// under it, an Inspektorat's LKjIP whose year is only in the sheet's name, a BPBD's quarterly report
// with response times and counted events, an RSUD's BLUD budget realisation, an IKU matrix with
// Alasan / Formulasi and "Target (Tgt)" | "Real." | "% Capaian", a PK amendment "Target PK Murni" |
// "Target PK Perubahan" beside the Renstra), in other offices, wordings and layouts than test/forms,
// test/forms-unseen, test/forms-blind and test/forms-blind2 .. test/forms-blind12.
// `writeFormsBlind13(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { renjaKecamatan } from "./renja";
import { capaianInspektorat, triwulanBpbd } from "./lkjip";
import { lraBlud } from "./anggaran";
import { ikuPangan, pkMurniPerubahan } from "./iku";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND13_BOOKS: Array<() => BookW> = [
  renjaKecamatan,
  capaianInspektorat,
  triwulanBpbd,
  lraBlud,
  ikuPangan,
  pkMurniPerubahan,
];

export function buildBlind13(): BookW[] {
  return BLIND13_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind13(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind13());
}

export { expectedJson };
