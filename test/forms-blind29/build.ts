// A twenty-ninth set of unseen standard-form workbooks: health offices of a Jawa Tengah kabupaten
// (Kabupaten Wonoreja, invented): a Puskesmas's SPM kesehatan annex, an RSUD's BLUD realisation
// (pendapatan and belanja as two tables on one sheet), a Dinas Kesehatan IKU table with two years
// side by side and lower-is-better rates, an E.80 Renstra evaluation, a Kepala Bidang's Perjanjian
// Kinerja with the Renstra targets on a second sheet, and a review of the Renja against the
// Renstra. `writeFormsBlind29(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { spmPuskesmas } from "./spm";
import { rsudBlud } from "./anggaran";
import { ikuDinkes, pkKabidP2p } from "./iku";
import { e80Dinkes, reviewRenjaRenstra } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND29_BOOKS: Array<() => BookW> = [
  spmPuskesmas,
  rsudBlud,
  ikuDinkes,
  e80Dinkes,
  pkKabidP2p,
  reviewRenjaRenstra,
];

export function buildBlind29(): BookW[] {
  return BLIND29_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind29(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind29());
}

export { expectedJson };
