// The set of unseen standard-form workbooks for forms-blind150, written in code with the kit of
// test/forms: the Dinas Perindustrian dan Perdagangan (pasar rakyat revitalisation, harga bahan pokok,
// IKM, metrologi tera / tera ulang, retribusi pasar) in Jawa Tengah and Gorontalo: an E.81 Renja
// evaluation, a T-C.27 Renstra in thousands of rupiah, an LKjIP measurement table, a PK with its
// Renstra, an IKU matrix and a retribusi recap per pasar. `writeFormsBlind150(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Wonoreja, tc27Limboto } from "./evaluasi";
import { lkjipSindoro, pkTapaBulango } from "./kinerja";
import { ikuMerbabu, retribusiPaguyaman } from "./pasar";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND150_BOOKS: Array<() => BookW> = [
  e81Wonoreja,
  tc27Limboto,
  lkjipSindoro,
  pkTapaBulango,
  ikuMerbabu,
  retribusiPaguyaman,
];

export function buildBlind150(): BookW[] {
  return BLIND150_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind150(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind150());
}

export { expectedJson };
