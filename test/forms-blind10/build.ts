// A twelfth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: performance forms (E.79 and E.80 evaluations, a Perjanjian Kinerja with quarterly
// targets, LKjIP comparisons, a row-wise LKjIP table beside the IKU of an RSUD, an SKM report), in
// other offices, wordings and layouts than test/forms, test/forms-unseen, test/forms-blind and
// test/forms-blind2 .. test/forms-blind8. `writeFormsBlind10(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json);
// `npm run score:forms-blind10` scores the CLI on them.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e79Tahunan, e80Disperkim } from "./evaluasi";
import { lkjipTahunLalu, pkTriwulan } from "./kinerja";
import { ikuRsud, skmKecamatan } from "./layanan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND10_BOOKS: Array<() => BookW> = [
  e79Tahunan,
  e80Disperkim,
  pkTriwulan,
  lkjipTahunLalu,
  ikuRsud,
  skmKecamatan,
];

export function buildBlind10(): BookW[] {
  return BLIND10_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind10(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind10());
}

export { expectedJson };
