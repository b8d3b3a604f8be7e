// A sixteenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the Renja and its evaluation as a Bappeda collects them from a new province
// (Provinsi Kepulauan Seruni) and two kabupaten (Wairinding, Sungai Lintang): E.81 with quarters and
// with cumulative "s.d. Triwulan" columns, E.80 with the realisasi kumulatif against the end target,
// an E.79 RKPD evaluation over four Perangkat Daerah, a Renja rumusan with the pagu split by funding
// source beside its Renstra targets, and a Renja in thousands of rupiah with a recap by sumber dana,
// in other offices, wordings and layouts than test/forms, test/forms-unseen, test/forms-blind and
// test/forms-blind2 .. test/forms-blind13. `writeFormsBlind14(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e80Kampung, e81Kumulatif, e81Seruni } from "./evaluasi";
import { e79Bappeda } from "./rkpd";
import { renjaPangan, renjaRibuan } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND14_BOOKS: Array<() => BookW> = [
  e81Seruni,
  e81Kumulatif,
  e80Kampung,
  e79Bappeda,
  renjaPangan,
  renjaRibuan,
];

export function buildBlind14(): BookW[] {
  return BLIND14_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind14(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind14());
}

export { expectedJson };
