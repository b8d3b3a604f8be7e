// The hundred-and-thirtieth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perikanan budidaya and tangkap of Maluku and Bangka Belitung (an E.81 evaluasi
// Renja, a T-C.27 Renstra funding table, an LKjIP measurement table, a PK beside its Renstra, an IKU
// matrix, a recap of produksi per kecamatan). `writeFormsBlind128(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Lease, lkjipSeram } from "./evaluasi";
import { ikuBuru, pkMendanau, tc27Belitung } from "./renstra";
import { rekapLepar } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND128_BOOKS: Array<() => BookW> = [
  e81Lease,
  tc27Belitung,
  lkjipSeram,
  pkMendanau,
  ikuBuru,
  rekapLepar,
];

export function buildBlind128(): BookW[] {
  return BLIND128_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind128(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind128());
}

export { expectedJson };
