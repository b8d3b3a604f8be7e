// The 333rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perhubungan (Sulawesi Tengah, Riau) on angkutan umum, uji KIR, parkir, fasilitas keselamatan
// jalan and terminal. `writeFormsBlind333(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dishub, tc27Dishub } from "./renja";
import { lkjipDishub, pkDishub } from "./kinerja";
import { rekapParkir, rekapUjiKir } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND333_BOOKS: Array<() => BookW> = [
  e81Dishub,
  tc27Dishub,
  lkjipDishub,
  pkDishub,
  rekapUjiKir,
  rekapParkir,
];

export function buildBlind333(): BookW[] {
  return BLIND333_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind333(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind333());
}

export { expectedJson };
