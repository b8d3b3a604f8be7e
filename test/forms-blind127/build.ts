// The hundred-and-twenty-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: RSUD and Dinas Kesehatan hospital services in Aceh and Gorontalo (an E.81 evaluation of
// an RSUD's Renja 2024, a T-C.27 Renstra 2025-2029 of a Dinkes in ribuan rupiah, an IKU matrix, an
// LKjIP 2024 measurement table with refleksi, a PK 2025 of an RSUD beside its Renstra, and a
// provincial recap of the BOK per kabupaten/kota with puskesmas accreditation side by side).
// `writeFormsBlind127(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rsud } from "./evaluasi";
import { ikuDinkes, tc27Dinkes } from "./renstra";
import { lkjipDinkes, pkRsud } from "./kinerja";
import { rekapBokGorontalo } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND127_BOOKS: Array<() => BookW> = [
  e81Rsud,
  tc27Dinkes,
  ikuDinkes,
  lkjipDinkes,
  pkRsud,
  rekapBokGorontalo,
];

export function buildBlind127(): BookW[] {
  return BLIND127_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind127(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind127());
}

export { expectedJson };
