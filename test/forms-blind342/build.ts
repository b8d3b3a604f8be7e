// The 342nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// PUPR (Kabupaten Lembah Sariak, Sumatera Barat; Kota Teluk Bandar Wangi, Sulawesi Tengah) on kemantapan
// jalan, jembatan, daerah irigasi dalam kondisi baik, air minum and sanitasi layak. `writeFormsBlind342(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pupr, lkjipPupr, tc27Pupr } from "./evaluasi";
import { pkPupr, rekapAirMinum, rekapJalanJembatan } from "./operasional";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND342_BOOKS: Array<() => BookW> = [
  e81Pupr,
  tc27Pupr,
  lkjipPupr,
  pkPupr,
  rekapJalanJembatan,
  rekapAirMinum,
];

export function buildBlind342(): BookW[] {
  return BLIND342_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind342(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind342());
}

export { expectedJson };
