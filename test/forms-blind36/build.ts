// The thirty-sixth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the Inspektorat and the Bappeda of Provinsi Nusa Tenggara Barat reviewing documents (an
// RPJMD-RKPD target review with Selisih, a T-C.30 Renja review, an LKjIP with quarterly realisations,
// a monitoring of audit follow-up, a recap of every OPD's IKU and an APBD realisation per
// organisation). `writeFormsBlind36(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { renjaTC30, reviuRpjmdRkpd } from "./review";
import { lkjipInspektorat, monitoringTindakLanjut } from "./inspektorat";
import { apbdPerOrganisasi, rekapIkuOpd } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND36_BOOKS: Array<() => BookW> = [
  reviuRpjmdRkpd,
  renjaTC30,
  lkjipInspektorat,
  monitoringTindakLanjut,
  rekapIkuOpd,
  apbdPerOrganisasi,
];

export function buildBlind36(): BookW[] {
  return BLIND36_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind36(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind36());
}

export { expectedJson };
