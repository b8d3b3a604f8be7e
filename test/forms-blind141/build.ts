// The hundred-forty-first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perhubungan of kabupaten and kota in Sumatera Utara and Kalimantan Selatan
// (an E.81 Renja evaluation with terminal and uji KIR kegiatan, a T-C.27 Renstra funding table in
// thousands, an LKjIP measurement table with capaian as fractions, a PK beside its Renstra, a
// terminal-by-terminal passenger recap, and the retribusi parkir beside the retribusi uji KIR).
// `writeFormsBlind141(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dishub, tc27Dishub } from "./evaluasi";
import { lkjipDishub, pkDishub } from "./kinerja";
import { rekapTerminal, retribusiParkir } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND141_BOOKS: Array<() => BookW> = [
  e81Dishub,
  tc27Dishub,
  lkjipDishub,
  pkDishub,
  rekapTerminal,
  retribusiParkir,
];

export function buildBlind141(): BookW[] {
  return BLIND141_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind141(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind141());
}

export { expectedJson };
