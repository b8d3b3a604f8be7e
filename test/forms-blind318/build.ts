// The 318th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Perdagangan (Kabupaten Lembah Seruni, Jawa Tengah; Kota Bandar Pelita, Sumatera Selatan) on
// harga bahan pokok per bulan, revitalisasi pasar rakyat, tera/tera ulang UTTP and retribusi pasar.
// `writeFormsBlind318(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perdagangan, lkjipPerdagangan, tc27Perdagangan } from "./renja";
import { pkPerdagangan, retribusiPasar, uttpHargaPokok } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND318_BOOKS: Array<() => BookW> = [
  e81Perdagangan,
  tc27Perdagangan,
  lkjipPerdagangan,
  pkPerdagangan,
  retribusiPasar,
  uttpHargaPokok,
];

export function buildBlind318(): BookW[] {
  return BLIND318_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind318(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind318());
}

export { expectedJson };
