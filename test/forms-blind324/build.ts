// The 324th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Kabupaten Lembah Sawang, Sumatera Barat; Kota Teluk Raniai, Sulawesi Tengah) on
// kesehatan ibu dan anak: AKI, AKB, persalinan di faskes, K6, KN lengkap. `writeFormsBlind324(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kia, tc27Kia } from "./evaluasi";
import { lkjipKia, pkKia, rekapKecamatan, rekapTriwulan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND324_BOOKS: Array<() => BookW> = [
  e81Kia,
  tc27Kia,
  lkjipKia,
  pkKia,
  rekapKecamatan,
  rekapTriwulan,
];

export function buildBlind324(): BookW[] {
  return BLIND324_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind324(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind324());
}

export { expectedJson };
