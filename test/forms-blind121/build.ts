// The hundred-and-twenty-first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kebudayaan and its cagar budaya work in Sumatera Barat and Papua (an E.81 Renja
// evaluation, a provincial recap of cagar budaya and pelestarian funds per kabupaten, a T-C.27 Renstra
// with pendanaan in thousands, an IKU matrix with polaritas and a SAKIP score, an LKjIP measurement
// table for 2023 and 2024, a PK 2025 beside its Renstra targets).
// `writeFormsBlind121(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disbud, rekapCagarBudayaPapua } from "./evaluasi";
import { ikuDisbudPapua, tc27Disbud } from "./renstra";
import { lkjipDisbud, pkDisbudPapua } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND121_BOOKS: Array<() => BookW> = [
  e81Disbud,
  rekapCagarBudayaPapua,
  tc27Disbud,
  ikuDisbudPapua,
  lkjipDisbud,
  pkDisbudPapua,
];

export function buildBlind121(): BookW[] {
  return BLIND121_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind121(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind121());
}

export { expectedJson };
