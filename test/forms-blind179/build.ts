// The hundred-and-seventy-ninth set of unseen standard-form workbooks, written in code with the kit
// of test/forms: the Dinas Pertanahan of kabupaten in Riau and Nusa Tenggara Barat (sertipikasi of
// the Pemda's land assets per kecamatan, the T-C.27 funding of a Renstra 2025-2029, an LKjIP
// measurement, a PK beside its Renstra targets, an E.81 evaluation with K | Rp pairs, an IKU matrix).
// `writeFormsBlind179(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { sertipikasiRokan, tc27Rokan } from "./aset";
import { ikuIndragiri, lkjipSumbawa, pkSumbawa } from "./kinerja";
import { e81Rokan } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND179_BOOKS: Array<() => BookW> = [
  sertipikasiRokan,
  tc27Rokan,
  lkjipSumbawa,
  pkSumbawa,
  e81Rokan,
  ikuIndragiri,
];

export function buildBlind179(): BookW[] {
  return BLIND179_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind179(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind179());
}

export { expectedJson };
