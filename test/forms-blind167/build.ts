// The hundred-and-sixty-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bidang Penataan Ruang of a Dinas PUPR in Jawa Tengah (KKPR / PKKPR per kecamatan and
// triwulan, a PK 2025 beside the Renstra 2025-2029, an E.81 evaluation of the Renja 2024) and the
// Bagian Perekonomian Setda as TPID secretariat (monthly beras prices in Jawa Tengah and Kalimantan
// Timur side by side, an LKjIP 2024 with inflasi yoy, a T-C.27 in thousands of rupiah).
// `writeFormsBlind167(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PenataanRuang, pkPenataanRuang, rekapKkpr } from "./tataruang";
import { hargaBeras, lkjipTpid, tc27Perekonomian } from "./tpid";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND167_BOOKS: Array<() => BookW> = [
  rekapKkpr,
  pkPenataanRuang,
  e81PenataanRuang,
  hargaBeras,
  lkjipTpid,
  tc27Perekonomian,
];

export function buildBlind167(): BookW[] {
  return BLIND167_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind167(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind167());
}

export { expectedJson };
