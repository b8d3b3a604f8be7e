// The hundred-and-twenty-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bagian Tata Pemerintahan of Setda offices and the kelurahan of Lampung and Maluku
// Utara (an E.81 evaluation of the Renja 2024, a kecamatan's T-C.27 for its kelurahan programs, an
// LKjIP 2024 with its computation table, a PK 2025 beside the Renstra Setda 2025-2029, an IKU matrix
// with SAKIP letters, and a Dana Kelurahan recap beside a recap by bidang).
// `writeFormsBlind123(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Tapem, tc27Kelurahan } from "./evaluasi";
import { ikuTapem, lkjipTapem, pkTapem } from "./kinerja";
import { danaKelurahan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND123_BOOKS: Array<() => BookW> = [
  e81Tapem,
  tc27Kelurahan,
  lkjipTapem,
  pkTapem,
  ikuTapem,
  danaKelurahan,
];

export function buildBlind123(): BookW[] {
  return BLIND123_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind123(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind123());
}

export { expectedJson };
