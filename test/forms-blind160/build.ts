// The hundred-and-sixtieth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Badan Pendapatan Daerah on PAD (Jawa Barat and Sulawesi Selatan): realisasi PAD per jenis pajak and
// retribusi per triwulan, a per-kecamatan PBB-P2 recap, an E.81 and a T-C.27 of a Bapenda, an LKjIP measurement
// table, and a PK beside its Renstra. `writeFormsBlind160(dir)` writes them with their expected.json (the format
// of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { realisasiPad, rekapPbbKecamatan } from "./pad";
import { e81Bapenda, tc27Bapenda } from "./evaluasi";
import { lkjipBapenda, pkBapenda } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND160_BOOKS: Array<() => BookW> = [
  realisasiPad,
  rekapPbbKecamatan,
  e81Bapenda,
  tc27Bapenda,
  lkjipBapenda,
  pkBapenda,
];

export function buildBlind160(): BookW[] {
  return BLIND160_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind160(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind160());
}

export { expectedJson };
