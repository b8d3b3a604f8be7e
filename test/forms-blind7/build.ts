// A ninth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms, test/forms-unseen,
// test/forms-blind and test/forms-blind2 .. test/forms-blind6. `writeFormsBlind7(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json);
// `npm run score:forms-blind7` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { semesterPupr } from "./anggaran";
import { lkjipBpkad, pkPerubahanDiskop, spmDinkes } from "./kinerja";
import { renjaKecamatan, tc28Dlh } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND7_BOOKS: Array<() => BookW> = [
  pkPerubahanDiskop,
  tc28Dlh,
  spmDinkes,
  semesterPupr,
  lkjipBpkad,
  renjaKecamatan,
];

export function buildBlind7(): BookW[] {
  return BLIND7_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind7(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind7());
}

export { expectedJson };
