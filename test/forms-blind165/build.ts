// The hundred-sixty-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: transmigrasi and border-area offices in Kalimantan Barat and Papua Pegunungan (a per-UPT
// settlement recap, an E.81 Renja evaluation with K | Rp pairs, a T-C.27 Renstra of a Badan Pengelola
// Perbatasan, an IKU matrix, an LKjIP measurement table, a PK with its Renstra targets).
// `writeFormsBlind165(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Transmigrasi, rekapUptKalbar } from "./upt";
import { ikuTransmigrasi, tc27Perbatasan } from "./renstra";
import { lkjipPerbatasan, pkTransmigrasi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND165_BOOKS: Array<() => BookW> = [
  rekapUptKalbar,
  e81Transmigrasi,
  tc27Perbatasan,
  ikuTransmigrasi,
  lkjipPerbatasan,
  pkTransmigrasi,
];

export function buildBlind165(): BookW[] {
  return BLIND165_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind165(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind165());
}

export { expectedJson };
