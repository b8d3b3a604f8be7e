// The 332nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// BPKAD (Kabupaten Lembah Sirantih, Sumatera Barat; Kota Batu Pelangan, Sulawesi Tenggara) on
// realisasi belanja dan pendapatan, aset daerah, opini BPK and SP2D. `writeFormsBlind332(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bpkad, tc27Bpkad } from "./renja";
import { lkjipBpkad, pkBpkad } from "./kinerja";
import { rekapApbdOpd, rekapAsetSp2d } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND332_BOOKS: Array<() => BookW> = [
  e81Bpkad,
  tc27Bpkad,
  lkjipBpkad,
  pkBpkad,
  rekapApbdOpd,
  rekapAsetSp2d,
];

export function buildBlind332(): BookW[] {
  return BLIND332_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind332(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind332());
}

export { expectedJson };
