// The 260th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pemberdayaan Masyarakat dan Desa (Sumatera Barat, Kalimantan Selatan) on RPJMDes/RKPDes, perdes
// APBDes on time, Siskeudes reports and dana desa per tahap. `writeFormsBlind260(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dpmd, tc27Dpmd } from "./evaluasi";
import { danaDesaTahap, lkjipDpmd, pkDpmd, rekapPerdes } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND260_BOOKS: Array<() => BookW> = [
  e81Dpmd,
  tc27Dpmd,
  lkjipDpmd,
  pkDpmd,
  rekapPerdes,
  danaDesaTahap,
];

export function buildBlind260(): BookW[] {
  return BLIND260_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind260(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind260());
}

export { expectedJson };
