// The hundred-and-thirty-first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Lingkungan Hidup on persampahan, bank sampah and air quality, plus the UPTD TPA
// (Bali and Kalimantan Timur): an E.81 Renja evaluation, a T-C.27 Renstra funding table, a bank sampah
// recap per kecamatan, an LKjIP measurement table, a PK beside its Renstra and an IKU matrix.
// `writeFormsBlind131(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Persampahan } from "./evaluasi";
import { bankSampahKecamatan, tc27Kaltim } from "./sampah";
import { ikuDlhBali, lkjipDlh, pkUptdTpa } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND131_BOOKS: Array<() => BookW> = [
  e81Persampahan,
  tc27Kaltim,
  bankSampahKecamatan,
  lkjipDlh,
  pkUptdTpa,
  ikuDlhBali,
];

export function buildBlind131(): BookW[] {
  return BLIND131_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind131(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind131());
}

export { expectedJson };
