// A sixteenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: money forms (two T-C.27 funding tables of a Renstra, a T-C.29 review of the Renstra laid
// out K block then Rp block, a DPA summary per sub kegiatan by sumber dana with a jenis belanja sheet,
// a budget realisation by program with serapan and a second table by jenis belanja, a Bappeda's DAK
// Fisik / Non Fisik realisation by quarter with cumulative physical progress and IFERROR percentages,
// a BPKAD's belanja table in millions of rupiah), in other offices, wordings and layouts than
// test/forms, test/forms-unseen, test/forms-blind and test/forms-blind2 .. test/forms-blind13.
// `writeFormsBlind16(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { tc27Dinkes, tc27Psda } from "./renstra";
import { tc29Disporapar } from "./evaluasi";
import { dpaDisdikbud, serapanDlh } from "./anggaran";
import { belanjaBpkad, dakBappeda } from "./realisasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND16_BOOKS: Array<() => BookW> = [
  tc27Psda,
  tc27Dinkes,
  tc29Disporapar,
  dpaDisdikbud,
  serapanDlh,
  dakBappeda,
  belanjaBpkad,
];

export function buildBlind16(): BookW[] {
  return BLIND16_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind16(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind16());
}

export { expectedJson };
