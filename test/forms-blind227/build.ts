// The 227th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pendidikan (Kabupaten Sungai Rayun, Jambi; Kota Batu Belaman, Kalimantan Barat) on PAUD and
// pendidikan kesetaraan (APK PAUD, angka putus sekolah, Paket A/B/C). `writeFormsBlind227(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Paud, tc27Paud } from "./evaluasi";
import { lkjipPaud, pkPaud, rekapApkPaud, rekapKesetaraan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND227_BOOKS: Array<() => BookW> = [
  e81Paud,
  tc27Paud,
  lkjipPaud,
  pkPaud,
  rekapKesetaraan,
  rekapApkPaud,
];

export function buildBlind227(): BookW[] {
  return BLIND227_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind227(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind227());
}

export { expectedJson };
