// The set forms-blind140 of unseen standard-form workbooks, written in code with the kit of test/forms:
// a Dinas Pertanian on padi and jagung production, pupuk bersubsidi and penyuluh per BPP (Nusa
// Tenggara Barat and Gorontalo): a produksi recap per kecamatan, a pupuk bersubsidi recap, an LKjIP,
// a PK with its Renstra, an E.81 Renja evaluation and a T-C.27. `writeFormsBlind140(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { produksiPadiJagung, pupukBersubsidi } from "./produksi";
import { lkjipPertanian, pkPertanian } from "./kinerja";
import { e81Pertanian, tc27Pertanian } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND140_BOOKS: Array<() => BookW> = [
  produksiPadiJagung,
  pupukBersubsidi,
  lkjipPertanian,
  pkPertanian,
  e81Pertanian,
  tc27Pertanian,
];

export function buildBlind140(): BookW[] {
  return BLIND140_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind140(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind140());
}

export { expectedJson };
