// A twenty-second set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: Java kabupaten/kota offices with messy real-world layouts (a Dinas Kesehatan's IKU/IKD
// table with many lower-is-better indicators and refleksi formulas, a Dinas PUPR's Renstra T-C.27
// with kegiatan rows without indicators in thousands of rupiah, a Disdukcapil's service report by
// month summed to the year, a Dinas Pendidikan's LKjIP beside the two previous years, a Satpol PP's
// E.81 whose note lists the negative indicators, and a Kecamatan's PK with cumulative quarterly
// targets), in other offices, wordings and layouts than the earlier sets.
// `writeFormsBlind22(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikdDinkes } from "./kesehatan";
import { tc27Pupr } from "./renstra";
import { bulananDukcapil } from "./layanan";
import { lkjipDisdik } from "./lkjip";
import { e81Satpol } from "./evaluasi";
import { pkKecamatan } from "./pk";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND22_BOOKS: Array<() => BookW> = [
  ikdDinkes,
  tc27Pupr,
  bulananDukcapil,
  lkjipDisdik,
  e81Satpol,
  pkKecamatan,
];

export function buildBlind22(): BookW[] {
  return BLIND22_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind22(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind22());
}

export { expectedJson };
