// A seventh set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms, test/forms-unseen,
// test/forms-blind, test/forms-blind2, test/forms-blind3 and test/forms-blind4. `writeFormsBlind5(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json);
// `npm run score:forms-blind5` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { dpaSetwan, rpjmd } from "./evaluasi";
import { pengukuran, perbandingan } from "./kinerja";
import { rekapEsdm, renjaDp3a } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND5_BOOKS: Array<() => BookW> = [
  rpjmd,
  renjaDp3a,
  perbandingan,
  pengukuran,
  dpaSetwan,
  rekapEsdm,
];

export function buildBlind5(): BookW[] {
  return BLIND5_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind5(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind5());
}

export { expectedJson };
