// The hundred-and-seventieth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kesehatan on kesehatan ibu dan anak in Banten and Sulawesi Utara (an E.81 Renja
// evaluation with K | Rp pairs, a T-C.27 Renstra "(dalam ribuan rupiah)", an LKjIP with the kematian ibu /
// bayi counts, a PK beside its Renstra, an IKU matrix, a monthly PWS KIA per puskesmas).
// `writeFormsBlind168(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kia, tc27Kia } from "./renstra";
import { ikuKia, lkjipKia, pkKia } from "./kinerja";
import { rekapKiaPuskesmas } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND168_BOOKS: Array<() => BookW> = [
  e81Kia,
  tc27Kia,
  lkjipKia,
  pkKia,
  ikuKia,
  rekapKiaPuskesmas,
];

export function buildBlind168(): BookW[] {
  return BLIND168_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind168(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind168());
}

export { expectedJson };
