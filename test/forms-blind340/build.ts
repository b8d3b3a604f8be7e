// The 340th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perpustakaan dan Kearsipan (Kabupaten Lembah Sirih, Sumatera Barat; Kota Tanjung Lontar,
// Kalimantan Selatan) on tingkat gemar membaca, kunjungan perpustakaan, koleksi, arsip dinamis dan
// statis and perpustakaan desa. `writeFormsBlind340(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perpustakaan, lkjipPerpustakaan, tc27Perpustakaan } from "./evaluasi";
import { pkPerpustakaan, rekapKunjungan, rekapPerpusDesa } from "./operasional";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND340_BOOKS: Array<() => BookW> = [
  e81Perpustakaan,
  tc27Perpustakaan,
  lkjipPerpustakaan,
  pkPerpustakaan,
  rekapKunjungan,
  rekapPerpusDesa,
];

export function buildBlind340(): BookW[] {
  return BLIND340_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind340(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind340());
}

export { expectedJson };
