// The hundred-and-thirteenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perhubungan of Provinsi Kalimantan Selatan (T-C.27 Renstra 2025-2029, IKU
// matrix, LKjIP 2024) and of a kota in Sumatera Barat (E.81 Renja evaluation 2024, PK 2025 with its
// Renstra, a recap of budget absorption and street lighting side by side): uji KIR, terminal tipe B / C,
// PJU, perlengkapan jalan, pelabuhan penyeberangan. `writeFormsBlind113(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DishubBukitSikumpar } from "./evaluasi";
import { ikuDishubKalsel, tc27DishubKalsel } from "./renstra";
import { lkjipDishubKalsel, pkDishubBukitSikumpar } from "./kinerja";
import { rekapDishubBukitSikumpar } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND113_BOOKS: Array<() => BookW> = [
  e81DishubBukitSikumpar,
  tc27DishubKalsel,
  lkjipDishubKalsel,
  pkDishubBukitSikumpar,
  ikuDishubKalsel,
  rekapDishubBukitSikumpar,
];

export function buildBlind113(): BookW[] {
  return BLIND113_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind113(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind113());
}

export { expectedJson };
