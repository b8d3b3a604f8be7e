// The 312th set of unseen standard-form workbooks, written in code with the kit of test/forms: two Dinas
// Pendidikan (Kabupaten Lembah Sari Jaya, Sulawesi Tengah; Kota Muara Kelapa, Kalimantan Timur) on APK/APM
// SD-SMP, angka putus sekolah, guru bersertifikat, BOS and ruang kelas rusak. `writeFormsBlind312(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pendidikan, lkjipPendidikan, tc27Pendidikan } from "./renja";
import { pkPendidikan, rekapApkApm, rekapBos } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND312_BOOKS: Array<() => BookW> = [
  e81Pendidikan,
  tc27Pendidikan,
  lkjipPendidikan,
  pkPendidikan,
  rekapApkApm,
  rekapBos,
];

export function buildBlind312(): BookW[] {
  return BLIND312_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind312(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind312());
}

export { expectedJson };
