// The 323rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented DP3A offices (Kabupaten Lembah Sariak, Sumatera Barat; Kota Bukit Merapu, Kalimantan Timur) on
// kekerasan terhadap perempuan dan anak, KLA, PUG/PPRG and UPTD PPA. `writeFormsBlind323(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dp3a, tc27Dp3a } from "./renja";
import { lkjipDp3a, pkDp3a } from "./kinerja";
import { rekapArgOpd, rekapKorbanKecamatan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND323_BOOKS: Array<() => BookW> = [
  e81Dp3a,
  tc27Dp3a,
  lkjipDp3a,
  pkDp3a,
  rekapKorbanKecamatan,
  rekapArgOpd,
];

export function buildBlind323(): BookW[] {
  return BLIND323_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind323(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind323());
}

export { expectedJson };
