// A sixth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms, test/forms-unseen,
// test/forms-blind, test/forms-blind2 and test/forms-blind3. `writeFormsBlind4(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json); `npm run
// score:forms-blind4` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rencanaAksi, tc24 } from "./evaluasi";
import { barisIndustri, lkjipDesa } from "./kinerja";
import { ikuSetda, pkSanding } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND4_BOOKS: Array<() => BookW> = [
  tc24,
  lkjipDesa,
  ikuSetda,
  barisIndustri,
  pkSanding,
  rencanaAksi,
];

export function buildBlind4(): BookW[] {
  return BLIND4_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind4(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind4());
}

export { expectedJson };
