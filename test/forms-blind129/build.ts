// The hundred-and-thirty-first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kelautan dan Perikanan provinsi on coastal and small-island management and the
// Dinas Pertanian's irrigation and alsintan, in Sulawesi Tengah and Kepulauan Riau (an E.81 evaluasi
// Renja, an LKjIP measurement table, a T-C.27 Renstra funding table, a PK beside its Renstra, an IKU
// matrix, a recap of alsintan and daerah irigasi side by side). `writeFormsBlind129(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Sulteng, lkjipKepri } from "./evaluasi";
import { pkSulteng, tc27Bunguran } from "./renstra";
import { ikuBanggai, rekapLingga } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND129_BOOKS: Array<() => BookW> = [
  e81Sulteng,
  tc27Bunguran,
  lkjipKepri,
  pkSulteng,
  ikuBanggai,
  rekapLingga,
];

export function buildBlind129(): BookW[] {
  return BLIND129_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind129(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind129());
}

export { expectedJson };
