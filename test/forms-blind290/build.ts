// The 290th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Pertanian (Sumatera Selatan, Nusa Tenggara Barat) on penyuluhan: penyuluh per BPP, kelas
// kelompok tani, RDKK and pupuk bersubsidi tersalur per kecamatan. `writeFormsBlind290(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Penyuluhan, tc27Penyuluhan } from "./evaluasi";
import { lkjipPenyuluhan, pkPenyuluhan, rekapBpp, rekapPupuk } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND290_BOOKS: Array<() => BookW> = [
  e81Penyuluhan,
  tc27Penyuluhan,
  lkjipPenyuluhan,
  pkPenyuluhan,
  rekapBpp,
  rekapPupuk,
];

export function buildBlind290(): BookW[] {
  return BLIND290_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind290(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind290());
}

export { expectedJson };
