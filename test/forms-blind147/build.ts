// The hundred-and-forty-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Lingkungan Hidup and the Dinas Kehutanan in Lampung and Nusa Tenggara Timur on RTH,
// penghijauan seedlings and hutan rakyat (a T-C.27, an IKU matrix, an E.81, an LKjIP, a PK with its
// Renstra, a per-desa seedling recap). `writeFormsBlind147(dir)` writes them with their expected.json (the
// format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuDlh, tc27Rth } from "./renstra";
import { e81Dishut } from "./evaluasi";
import { lkjipDlh, pkKph } from "./kinerja";
import { rekapBibitDesa } from "./bibit";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND147_BOOKS: Array<() => BookW> = [
  tc27Rth,
  ikuDlh,
  e81Dishut,
  lkjipDlh,
  pkKph,
  rekapBibitDesa,
];

export function buildBlind147(): BookW[] {
  return BLIND147_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind147(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind147());
}

export { expectedJson };
