// The 272nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pertanian (Jawa Tengah, Sumatera Utara) on hortikultura: luas tanam and panen cabai and
// bawang merah, produktivitas, registrasi kebun, sertifikat PSAT and harga di tingkat petani.
// `writeFormsBlind272(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Horti, tc27Horti } from "./evaluasi";
import { hargaPetaniPsat, lkjipHorti, pkHorti, rekapTanamPanen } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND272_BOOKS: Array<() => BookW> = [
  e81Horti,
  tc27Horti,
  lkjipHorti,
  pkHorti,
  rekapTanamPanen,
  hargaPetaniPsat,
];

export function buildBlind272(): BookW[] {
  return BLIND272_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind272(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind272());
}

export { expectedJson };
