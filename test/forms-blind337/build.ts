// The 337th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pariwisata (Kabupaten Lembah Sarimanik, Sumatera Barat; Kota Pantai Wolasi, Sulawesi Tenggara)
// on kunjungan wisatawan nusantara dan mancanegara, retribusi objek wisata, tingkat hunian hotel, lama
// tinggal and desa wisata. `writeFormsBlind337(dir)` writes them with their expected.json (the format
// of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Pariwisata, tc27Pariwisata } from "./evaluasi";
import { lkjipPariwisata, pkPariwisata } from "./kinerja";
import { rekapDesaHunian, rekapObjekWisata } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND337_BOOKS: Array<() => BookW> = [
  e81Pariwisata,
  tc27Pariwisata,
  lkjipPariwisata,
  pkPariwisata,
  rekapObjekWisata,
  rekapDesaHunian,
];

export function buildBlind337(): BookW[] {
  return BLIND337_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind337(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind337());
}

export { expectedJson };
