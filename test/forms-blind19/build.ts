// A nineteenth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: a provincial set from Sulawesi (Provinsi Teluk Tomini) and Sumatra (Provinsi Bukit
// Barisan), as provinces write their forms: an E.80 evaluation of the RKPD 2024 by urusan / bidang /
// program with Rp in thousands, a Renstra T-C.27 with the 2024 nomenclature codes and a 'Kondisi
// Kinerja pada Akhir Periode' column, an IKU matrix with 'Formulasi Pengukuran', five yearly and
// qualitative targets, a Perjanjian Kinerja of a Kepala Dinas with its 'Program | Anggaran |
// Keterangan' table and the Renstra targets, an LKjIP table comparing three years with the year's
// and the national target, and a report on the penerapan SPM with the people served, in other
// offices, wordings and layouts than test/forms, test/forms-unseen, test/forms-blind and
// test/forms-blind2 .. test/forms-blind18. `writeFormsBlind19(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e80Tomini, lkjipTomini } from "./evaluasi";
import { ikuBukitBarisan, tc27Tomini } from "./renstra";
import { pkBukitBarisan, spmBukitBarisan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND19_BOOKS: Array<() => BookW> = [
  e80Tomini,
  tc27Tomini,
  ikuBukitBarisan,
  pkBukitBarisan,
  lkjipTomini,
  spmBukitBarisan,
];

export function buildBlind19(): BookW[] {
  return BLIND19_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind19(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind19());
}

export { expectedJson };
