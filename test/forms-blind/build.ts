// A third set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms and test/forms-unseen.
// `writeFormsBlind(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json); `npm run score:forms-blind` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81, evaluasiRibu } from "./evaluasi";
import { tc27, tc30 } from "./rencana";
import { lkjip, pk } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND_BOOKS: Array<() => BookW> = [e81, tc27, pk, lkjip, tc30, evaluasiRibu];

export function buildBlind(): BookW[] {
  return BLIND_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind());
}

export { expectedJson };
