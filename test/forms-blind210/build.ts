// The two hundred and tenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Ketahanan Pangan of kabupaten in Nusa Tenggara Barat and Sulawesi Tengah
// (a CPPD beras penyaluran recap per kecamatan, a gerakan pangan murah and fasilitasi distribusi recap,
// an E.81 evaluasi Renja, a T-C.27 of the Renstra 2025-2029, an LKjIP measurement table, a PK beside
// its Renstra targets). `writeFormsBlind210(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { gpmPosoLembah, rekapCppdTambora } from "./rekap";
import { e81PosoLembah, tc27RinjaniTimur } from "./rencana";
import { lkjipBanggai, pkTambora } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND210_BOOKS: Array<() => BookW> = [
  rekapCppdTambora,
  gpmPosoLembah,
  e81PosoLembah,
  tc27RinjaniTimur,
  lkjipBanggai,
  pkTambora,
];

export function buildBlind210(): BookW[] {
  return BLIND210_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind210(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind210());
}

export { expectedJson };
