// An eleventh set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: budget and programme forms of other offices, wordings and layouts than test/forms,
// test/forms-unseen, test/forms-blind and test/forms-blind2 .. test/forms-blind8.
// `writeFormsBlind9(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json); `npm run score:forms-blind9` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { dppaDinsos, fisikDisperkim, lraDisdag } from "./anggaran";
import { kerangkaDistan, renjaDinkes, tc27Disdik } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND9_BOOKS: Array<() => BookW> = [
  tc27Disdik,
  renjaDinkes,
  fisikDisperkim,
  dppaDinsos,
  lraDisdag,
  kerangkaDistan,
];

export function buildBlind9(): BookW[] {
  return BLIND9_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind9(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind9());
}

export { expectedJson };
