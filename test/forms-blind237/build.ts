// The 237th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pemberdayaan Masyarakat dan Desa (Kalimantan Tengah, Maluku Utara) on IDM status, BUMDes,
// dana desa tersalur per tahap and Siskeudes. `writeFormsBlind237(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dpmd, tc27Dpmd } from "./evaluasi";
import { lkjipDpmd, pkDpmd, rekapDanaDesa, rekapIdmBumdes } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND237_BOOKS: Array<() => BookW> = [
  e81Dpmd,
  tc27Dpmd,
  lkjipDpmd,
  pkDpmd,
  rekapDanaDesa,
  rekapIdmBumdes,
];

export function buildBlind237(): BookW[] {
  return BLIND237_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind237(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind237());
}

export { expectedJson };
