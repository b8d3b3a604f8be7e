// The set forms-blind209 of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Pemadam Kebakaran dan Penyelamatan of a kabupaten in Sulawesi Tengah and in Nusa Tenggara
// Barat (a recap per WMK with waktu tanggap and hidran, an IKU matrix, an LKjIP measurement table, a PK
// with its Renstra targets, an E.81 Renja evaluation with K | Rp pairs, a T-C.27 in thousands of rupiah).
// `writeFormsBlind209(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuDamkar, rekapWmk } from "./sektor";
import { lkjipDamkar, pkDamkar } from "./kinerja";
import { e81Damkar, tc27Damkar } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND209_BOOKS: Array<() => BookW> = [
  rekapWmk,
  ikuDamkar,
  lkjipDamkar,
  pkDamkar,
  e81Damkar,
  tc27Damkar,
];

export function buildBlind209(): BookW[] {
  return BLIND209_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind209(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind209());
}

export { expectedJson };
