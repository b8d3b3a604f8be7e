// The 320th set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// PUPR (Kabupaten Lembah Sariwangi, Jawa Barat; Kota Batu Runcing, Sulawesi Tengah) on jalan kondisi
// mantap, jembatan, daerah irigasi, drainase and air minum. `writeFormsBlind320(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pupr, tc27Pupr } from "./renja";
import { lkjipPupr, pkPupr } from "./kinerja";
import { rekapJalan, rekapJembatanAnggaran } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND320_BOOKS: Array<() => BookW> = [
  e81Pupr,
  tc27Pupr,
  lkjipPupr,
  pkPupr,
  rekapJalan,
  rekapJembatanAnggaran,
];

export function buildBlind320(): BookW[] {
  return BLIND320_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind320(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind320());
}

export { expectedJson };
