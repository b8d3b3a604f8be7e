// A fifth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms, test/forms-unseen,
// test/forms-blind and test/forms-blind2. `writeFormsBlind3(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json); `npm run
// score:forms-blind3` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81, semester } from "./evaluasi";
import { renja, tc27 } from "./rencana";
import { lkjip, perdagangan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND3_BOOKS: Array<() => BookW> = [e81, tc27, lkjip, renja, semester, perdagangan];

export function buildBlind3(): BookW[] {
  return BLIND3_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind3(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind3());
}

export { expectedJson };
