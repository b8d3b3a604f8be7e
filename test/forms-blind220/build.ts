// The 220th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Sekretariat DPRD (Kabupaten Watu Gemilang, Jawa Timur; Kota Tanjung Seruni, Kepulauan Riau) on rapat
// paripurna, reses, Perda inisiatif and pokok-pokok pikiran. `writeFormsBlind220(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Setwan, tc27Setwan } from "./evaluasi";
import { lkjipSetwan, pkSetwan, rekapPokir, resesDapil } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND220_BOOKS: Array<() => BookW> = [
  e81Setwan,
  tc27Setwan,
  lkjipSetwan,
  pkSetwan,
  rekapPokir,
  resesDapil,
];

export function buildBlind220(): BookW[] {
  return BLIND220_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind220(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind220());
}

export { expectedJson };
