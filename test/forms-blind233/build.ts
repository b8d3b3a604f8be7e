// The 233rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Sosial (Kabupaten Lembah Seruni, Jawa Tengah; Kota Tanjung Sabak, Kalimantan Barat) on PKH,
// bansos sembako (BPNT), DTKS verifikasi dan validasi, penyaluran per tahap and graduasi KPM.
// `writeFormsBlind233(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dinsos, tc27Dinsos } from "./evaluasi";
import { lkjipDinsos, pkDinsos, rekapBpnt, rekapGraduasi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND233_BOOKS: Array<() => BookW> = [
  e81Dinsos,
  tc27Dinsos,
  lkjipDinsos,
  pkDinsos,
  rekapBpnt,
  rekapGraduasi,
];

export function buildBlind233(): BookW[] {
  return BLIND233_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind233(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind233());
}

export { expectedJson };
