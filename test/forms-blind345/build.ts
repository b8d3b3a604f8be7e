// The 345th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Peternakan dan Kesehatan Hewan (Kabupaten Lembah Tarumi, NTT; Kota Batu Sirih, Sumatera Barat)
// on populasi ternak, vaksinasi rabies dan PMK, inseminasi buatan, produksi daging dan telur and
// pemotongan di RPH. `writeFormsBlind345(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Peternakan, tc27Peternakan } from "./evaluasi";
import { lkjipPeternakan, pkPeternakan, rekapRphIb, rekapVaksinasi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND345_BOOKS: Array<() => BookW> = [
  e81Peternakan,
  tc27Peternakan,
  lkjipPeternakan,
  pkPeternakan,
  rekapVaksinasi,
  rekapRphIb,
];

export function buildBlind345(): BookW[] {
  return BLIND345_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind345(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind345());
}

export { expectedJson };
