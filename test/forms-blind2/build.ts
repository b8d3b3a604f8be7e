// A fourth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: other offices, wordings and layouts than test/forms, test/forms-unseen and
// test/forms-blind. `writeFormsBlind2(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json); `npm run score:forms-blind2` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81, realisasi } from "./evaluasi";
import { iku, tc27 } from "./rencana";
import { lkjip, pk } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND2_BOOKS: Array<() => BookW> = [e81, tc27, lkjip, pk, realisasi, iku];

export function buildBlind2(): BookW[] {
  return BLIND2_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind2(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind2());
}

export { expectedJson };
