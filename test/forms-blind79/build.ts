// The seventy-ninth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the provincial Dinas Energi dan Sumber Daya Mineral of Nusa Tenggara Barat and Maluku (a
// rasio elektrifikasi recap per kabupaten, PJU tenaga surya and PLTS per year, an IUP and PNBP recap, an
// E.81 Renja evaluation with quarters, a Renstra T-C.27 2025-2029 and an IKU measurement with Naik /
// Turun indicators), in other offices, wordings and layouts than the earlier sets.
// `writeFormsBlind79(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { elektrifikasiNtb, iupPnbpNtb, pltsMaluku } from "./rekap";
import { e81Maluku, ikuMaluku, tc27Ntb } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND79_BOOKS: Array<() => BookW> = [
  elektrifikasiNtb,
  pltsMaluku,
  iupPnbpNtb,
  e81Maluku,
  tc27Ntb,
  ikuMaluku,
];

export function buildBlind79(): BookW[] {
  return BLIND79_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind79(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind79());
}

export { expectedJson };
