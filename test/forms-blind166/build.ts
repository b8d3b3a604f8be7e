// The hundred-sixty-sixth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kesehatan on penyakit menular in Nusa Tenggara Timur and Sumatera Utara (an
// LKjIP with TB, HIV, malaria and DBD indicators, a PK beside its Renstra, an IKU matrix, a T-C.27 with
// K | Rp pairs, an E.81 Renja evaluation, a TB recap per puskesmas).
// `writeFormsBlind166(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuDinkesSumut, lkjipDinkesNtt, pkDinkesSumut } from "./kinerja";
import { e81DinkesNtt, tc27DinkesSumut } from "./anggaran";
import { rekapTbPuskesmas } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND166_BOOKS: Array<() => BookW> = [
  lkjipDinkesNtt,
  pkDinkesSumut,
  ikuDinkesSumut,
  tc27DinkesSumut,
  e81DinkesNtt,
  rekapTbPuskesmas,
];

export function buildBlind166(): BookW[] {
  return BLIND166_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind166(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind166());
}

export { expectedJson };
