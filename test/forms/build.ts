// Unseen workbooks of the standard forms (../shared/domain/FORMS.md), written in code with exceljs:
// one workbook per form in two local variants, with real magnitudes, 1-3 planted mistakes each and
// the cells that must stay clean. `writeForms(dir)` writes them with their expected.json (the
// format of ../shared/samples/formulir/expected.json); `npm run score:forms` scores the CLI on them.
import type { BookW } from "./kit";
import { expectedJson, writeBooks } from "./expected";
import { e80A, e80B, e81A, e81B } from "./evaluasi";
import { tc27A, tc27B, tc30A, tc30B } from "./renstra";
import { barisA, barisB, ikuA, ikuB, lkjipA, lkjipB, pkA, pkB, sandingA, sandingB } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const FORM_BOOKS: Array<() => BookW> = [
  e81A,
  e81B,
  e80A,
  e80B,
  tc27A,
  tc27B,
  tc30A,
  tc30B,
  pkA,
  pkB,
  lkjipA,
  lkjipB,
  barisA,
  barisB,
  ikuA,
  ikuB,
  sandingA,
  sandingB,
];

export { expectedJson };

export function buildForms(): BookW[] {
  return FORM_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeForms(dir: string): Promise<string[]> {
  return writeBooks(dir, buildForms());
}
