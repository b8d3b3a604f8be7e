// The hundred-and-twelfth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kesehatan and puskesmas of a kabupaten in Kalimantan Selatan and a kota in
// Maluku Utara (an E.81 evaluation of the Renja s.d. Triwulan IV 2024, a T-C.27 Renstra 2025-2029 in
// thousands of rupiah, an IKU matrix with lower-is-better rows, an LKjIP 2025 measurement table with a
// SAKIP grade, a PK 2025 beside its Renstra 2021-2026 targets, an SPM recap per puskesmas beside the
// BOK serapan). `writeFormsBlind112(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DinkesAmandit } from "./evaluasi";
import { ikuDinkesGamkonora, tc27DinkesGamkonora } from "./renstra";
import { lkjipDinkesGamkonora, pkDinkesAmandit } from "./kinerja";
import { rekapSpmMeratus } from "./spm";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND112_BOOKS: Array<() => BookW> = [
  e81DinkesAmandit,
  tc27DinkesGamkonora,
  ikuDinkesGamkonora,
  lkjipDinkesGamkonora,
  pkDinkesAmandit,
  rekapSpmMeratus,
];

export function buildBlind112(): BookW[] {
  return BLIND112_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind112(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind112());
}

export { expectedJson };
