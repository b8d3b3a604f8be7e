// The 280th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Lingkungan Hidup (Kota Pangkal Seruni, Kepulauan Bangka Belitung; Kabupaten Lereng Arjasari,
// Jawa Timur) on persampahan: timbulan, sampah terkelola / tertangani, TPS3R, bank sampah, armada,
// retribusi kebersihan and sampah masuk TPA. `writeFormsBlind280(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Sampah, tc27Sampah } from "./evaluasi";
import { lkjipSampah, pkSampah, rekapKecamatan, retribusiTpa } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND280_BOOKS: Array<() => BookW> = [
  e81Sampah,
  tc27Sampah,
  lkjipSampah,
  pkSampah,
  rekapKecamatan,
  retribusiTpa,
];

export function buildBlind280(): BookW[] {
  return BLIND280_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind280(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind280());
}

export { expectedJson };
