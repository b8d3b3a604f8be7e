// An eighth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms, test/forms-unseen,
// test/forms-blind and test/forms-blind2 .. test/forms-blind5. `writeFormsBlind6(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json);
// `npm run score:forms-blind6` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { bulananBapenda, e80Distan } from "./evaluasi";
import { ikuDispar, rsudTeks } from "./kinerja";
import { cascadingDukcapil, reviewDishub } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND6_BOOKS: Array<() => BookW> = [
  e80Distan,
  bulananBapenda,
  reviewDishub,
  cascadingDukcapil,
  ikuDispar,
  rsudTeks,
];

export function buildBlind6(): BookW[] {
  return BLIND6_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind6(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind6());
}

export { expectedJson };
