// The 244th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented Dinas Kelautan dan Perikanan (Nusa Tenggara Barat, Sulawesi Tenggara) on garam rakyat
// (PUGAR, produksi in ton) and fish processing (UPI bersertifikat SKP, konsumsi ikan per kapita).
// `writeFormsBlind244(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Garam, tc27Olahan } from "./evaluasi";
import { lkjipGaram, pkOlahan, rekapGaram, rekapSkp } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND244_BOOKS: Array<() => BookW> = [
  e81Garam,
  tc27Olahan,
  lkjipGaram,
  pkOlahan,
  rekapGaram,
  rekapSkp,
];

export function buildBlind244(): BookW[] {
  return BLIND244_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind244(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind244());
}

export { expectedJson };
