// A second set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, other wordings and other layouts than the eighteen of test/forms.
// `writeFormsUnseen(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json); `npm run score:forms-unseen` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e79, tc29 } from "./evaluasi";
import { tc27, tc31 } from "./rencana";
import { barisTR, iku, lkjipAnalisis, pk, susun } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const UNSEEN_BOOKS: Array<() => BookW> = [
  tc29,
  e79,
  tc31,
  tc27,
  lkjipAnalisis,
  pk,
  iku,
  susun,
  barisTR,
];

export function buildUnseen(): BookW[] {
  return UNSEEN_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsUnseen(dir: string): Promise<string[]> {
  return writeBooks(dir, buildUnseen());
}

export { expectedJson };
