// The hundred-and-thirty-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kesehatan of kabupaten / kota in Jawa Barat and Maluku on the SPM kesehatan
// (the twelve basic services), imunisasi dasar lengkap and stunting per puskesmas (an SPM recap, an
// IDL recap per puskesmas and quarter, an LKjIP, a PK with the Renstra 2025-2029, a T-C.27 and an
// E.81). `writeFormsBlind135(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { idlPuskesmas, spmKesehatan } from "./spm";
import { lkjipDinkes, pkDinkes } from "./kinerja";
import { tc27Dinkes } from "./renstra";
import { e81Dinkes } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND135_BOOKS: Array<() => BookW> = [
  spmKesehatan,
  idlPuskesmas,
  lkjipDinkes,
  pkDinkes,
  tc27Dinkes,
  e81Dinkes,
];

export function buildBlind135(): BookW[] {
  return BLIND135_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind135(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind135());
}

export { expectedJson };
