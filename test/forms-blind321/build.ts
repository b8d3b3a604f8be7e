// The 321st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Satpol PP dan Damkar offices (Kabupaten Lembah Seruni, Jawa Tengah; Kota Batu Karang Laut, Sulawesi
// Tenggara) on penegakan Perda, trantibum, Satlinmas and waktu tanggap kebakaran.
// `writeFormsBlind321(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Satpol, tc27Satpol } from "./evaluasi";
import { lkjipSatpol, pkSatpol } from "./kinerja";
import { rekapKebakaran, rekapPerda } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND321_BOOKS: Array<() => BookW> = [
  e81Satpol,
  tc27Satpol,
  lkjipSatpol,
  pkSatpol,
  rekapKebakaran,
  rekapPerda,
];

export function buildBlind321(): BookW[] {
  return BLIND321_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind321(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind321());
}

export { expectedJson };
