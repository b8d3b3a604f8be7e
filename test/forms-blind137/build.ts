// The hundred-and-thirty-seventh set of unseen standard-form workbooks, written in code with the kit
// of test/forms: the Dinas Tenaga Kerja of kabupaten in Banten and Sulawesi Tengah on job training
// (UPTD BLK), placement and the open unemployment rate (an E.81 Renja evaluation, a T-C.27 Renstra
// funding table in thousands, an LKjIP with capaian as fractions, a PK beside its Renstra targets, an
// IKU matrix with a SAKIP row, a kecamatan job-seeker recap with a table by education beside it).
// `writeFormsBlind137(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disnaker, tc27Disnakertrans } from "./evaluasi";
import { ikuDisnaker, lkjipDisnakertrans, pkDisnaker } from "./kinerja";
import { rekapPencakerSigi } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND137_BOOKS: Array<() => BookW> = [
  e81Disnaker,
  tc27Disnakertrans,
  lkjipDisnakertrans,
  pkDisnaker,
  ikuDisnaker,
  rekapPencakerSigi,
];

export function buildBlind137(): BookW[] {
  return BLIND137_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind137(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind137());
}

export { expectedJson };
