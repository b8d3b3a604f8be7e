// The hundred-and-eleventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Koperasi dan UKM of Provinsi Sulawesi Tenggara and of an invented kabupaten in
// Papua Barat (an E.81 Renja evaluation, a T-C.27 Renstra funding table, an LKjIP measurement table,
// a PK 2025 beside its Renstra, an IKU matrix, a recap of cooperatives per kabupaten/kota).
// `writeFormsBlind111(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Sultra, tc27Sebyar } from "./evaluasi";
import { lkjipSultra, pkSebyar } from "./kinerja";
import { ikuSultra, rekapKoperasiSultra } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND111_BOOKS: Array<() => BookW> = [
  e81Sultra,
  tc27Sebyar,
  lkjipSultra,
  pkSebyar,
  ikuSultra,
  rekapKoperasiSultra,
];

export function buildBlind111(): BookW[] {
  return BLIND111_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind111(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind111());
}

export { expectedJson };
