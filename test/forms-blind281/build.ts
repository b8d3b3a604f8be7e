// The 281st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perikanan (Teluk Wadaso, Maluku Utara; Tanjung Lamara, Sulawesi Tenggara) on perikanan
// tangkap: production per alat tangkap, kartu KUSUKA, asuransi nelayan, BBM subsidi and kapal.
// `writeFormsBlind281(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perikanan, tc27Perikanan } from "./evaluasi";
import { kusukaBbmKecamatan, lkjipPerikanan, pkPerikanan, produksiAlatTangkap } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND281_BOOKS: Array<() => BookW> = [
  e81Perikanan,
  tc27Perikanan,
  lkjipPerikanan,
  pkPerikanan,
  produksiAlatTangkap,
  kusukaBbmKecamatan,
];

export function buildBlind281(): BookW[] {
  return BLIND281_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind281(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind281());
}

export { expectedJson };
