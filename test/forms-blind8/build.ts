// A tenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms, test/forms-unseen,
// test/forms-blind and test/forms-blind2 .. test/forms-blind7. `writeFormsBlind8(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json);
// `npm run score:forms-blind8` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { kumulatifPertanahan, rekapDisnaker } from "./evaluasi";
import { lkjipSetda, pkBupati } from "./kinerja";
import { ikuBrida, renjaDishut } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND8_BOOKS: Array<() => BookW> = [
  rekapDisnaker,
  kumulatifPertanahan,
  ikuBrida,
  lkjipSetda,
  pkBupati,
  renjaDishut,
];

export function buildBlind8(): BookW[] {
  return BLIND8_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind8(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind8());
}

export { expectedJson };
