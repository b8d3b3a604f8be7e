// The 298th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Koperasi dan UKM (Kota Tanjung Seruni, Kalimantan Selatan; Kabupaten Batang Lumpo, Sumatera
// Barat) on koperasi aktif and sehat, RAT tepat waktu, omzet UMKM, UMKM naik kelas, pelatihan
// kewirausahaan and NIB terbit. `writeFormsBlind298(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Koperasi, tc27Koperasi } from "./evaluasi";
import { lkjipKoperasi, pkKoperasi, rekapKoperasi, rekapUmkm } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND298_BOOKS: Array<() => BookW> = [
  e81Koperasi,
  tc27Koperasi,
  lkjipKoperasi,
  pkKoperasi,
  rekapKoperasi,
  rekapUmkm,
];

export function buildBlind298(): BookW[] {
  return BLIND298_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind298(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind298());
}

export { expectedJson };
