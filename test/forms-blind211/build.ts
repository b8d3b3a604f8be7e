// The two-hundred-eleventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bagian Tata Pemerintahan of kabupaten secretariats in Sulawesi Tengah and Nusa Tenggara
// Barat (penegasan batas desa, pembakuan rupabumi / toponimi, LPPD and EPPD): an E.81 Renja evaluation, a
// T-C.27 Renstra funding table, an LKjIP measurement, a PK beside its Renstra, an IKU matrix and a recap of
// segmen batas desa per kecamatan. `writeFormsBlind211(dir)` writes them with their expected.json (the
// format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Tapem, tc27Tapem } from "./evaluasi";
import { ikuTapem, lkjipTapem, pkTapem } from "./kinerja";
import { rekapBatasDesa } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND211_BOOKS: Array<() => BookW> = [
  e81Tapem,
  tc27Tapem,
  lkjipTapem,
  pkTapem,
  ikuTapem,
  rekapBatasDesa,
];

export function buildBlind211(): BookW[] {
  return BLIND211_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind211(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind211());
}

export { expectedJson };
