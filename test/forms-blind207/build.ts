// The set "forms-blind207" of unseen standard-form workbooks, written in code with the kit of test/forms:
// a Dinas Perpustakaan dan Kearsipan on kearsipan in Nusa Tenggara Barat and Sulawesi Tengah (an E.81
// Renja evaluation, a T-C.27 Renstra funding table, an arsip inaktif / akuisisi recap side by side, an
// LKjIP measurement table, a PK beside its Renstra, an IKU matrix with graded rows).
// `writeFormsBlind207(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Arsip, tc27Arsip } from "./renja";
import { rekapArsipInaktif } from "./rekap";
import { ikuArsip, lkjipArsip, pkArsip } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND207_BOOKS: Array<() => BookW> = [
  e81Arsip,
  tc27Arsip,
  rekapArsipInaktif,
  lkjipArsip,
  pkArsip,
  ikuArsip,
];

export function buildBlind207(): BookW[] {
  return BLIND207_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind207(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind207());
}

export { expectedJson };
