// The 330th set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// Sosial (Kabupaten Lembah Sari Kencana, Sulawesi Tengah; Kota Teluk Pandan Raya, Nusa Tenggara Barat) on
// rehabilitasi sosial, PMKS, panti, bantuan sosial. `writeFormsBlind330(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Sosial, tc27Sosial } from "./renja";
import { lkjipSosial, pkSosial, rekapPanti, rekapPmks } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND330_BOOKS: Array<() => BookW> = [
  e81Sosial,
  tc27Sosial,
  lkjipSosial,
  pkSosial,
  rekapPmks,
  rekapPanti,
];

export function buildBlind330(): BookW[] {
  return BLIND330_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind330(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind330());
}

export { expectedJson };
