// The 251st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kelautan dan Perikanan (Teluk Sangkar, Sulawesi Tenggara; Pantai Lirang, Kalimantan Barat) on
// mangrove rehabilitation, survival rate, POKMASWAS and abrasi. `writeFormsBlind251(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Mangrove, tc27Pesisir } from "./evaluasi";
import { lkjipMangrove, pkPesisir, pokmaswasAbrasi, rekapTanamMangrove } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND251_BOOKS: Array<() => BookW> = [
  e81Mangrove,
  tc27Pesisir,
  lkjipMangrove,
  pkPesisir,
  rekapTanamMangrove,
  pokmaswasAbrasi,
];

export function buildBlind251(): BookW[] {
  return BLIND251_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind251(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind251());
}

export { expectedJson };
