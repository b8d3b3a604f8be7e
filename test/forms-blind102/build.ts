// The hundred-and-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kehutanan of Provinsi Sumatera Barat and Provinsi Nusa Tenggara Barat
// (rehabilitasi hutan dan lahan, perhutanan sosial, kelompok tani hutan, kebakaran hutan dan lahan,
// hasil hutan bukan kayu): an E.81 of the Renja 2024, a T-C.27 of the Renstra 2025-2029, a PK 2025
// beside the Renstra 2021-2026, an LKjIP 2024 with refleksi, an RHL recap per KPH and a perhutanan
// sosial / KTH recap per kabupaten. `writeFormsBlind102(dir)` writes them with their expected.json
// (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DishutSumbar } from "./evaluasi";
import { pkDishutSumbar, tc27DishutNtb } from "./renstra";
import { lkjipDishutNtb } from "./kinerja";
import { rekapPsNtb, rekapRhlSumbar } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND102_BOOKS: Array<() => BookW> = [
  e81DishutSumbar,
  tc27DishutNtb,
  pkDishutSumbar,
  lkjipDishutNtb,
  rekapRhlSumbar,
  rekapPsNtb,
];

export function buildBlind102(): BookW[] {
  return BLIND102_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind102(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind102());
}

export { expectedJson };
