// The 273rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Koperasi dan UKM (Kabupaten Lembah Sirandah, Sumatera Barat; Kota Banua Tangkal, Kalimantan
// Selatan) on koperasi aktif and sehat, RAT tepat waktu, UMKM naik kelas, NIB via OSS, pendampingan
// and pelatihan, volume usaha and SHU. `writeFormsBlind273(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Koperasi, tc27Koperasi } from "./evaluasi";
import { lkjipKoperasi, pkKoperasi, rekapKoperasi, rekapUmkm } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND273_BOOKS: Array<() => BookW> = [
  e81Koperasi,
  tc27Koperasi,
  lkjipKoperasi,
  pkKoperasi,
  rekapKoperasi,
  rekapUmkm,
];

export function buildBlind273(): BookW[] {
  return BLIND273_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind273(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind273());
}

export { expectedJson };
