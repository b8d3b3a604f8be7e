// The ninety-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Peternakan dan Kesehatan Hewan of Provinsi Sulawesi Selatan (T-C.27 Renstra
// 2025-2029, LKjIP 2024) and of an invented Lampung kabupaten (E.81 Renja evaluation 2024, Renja 2025
// with prakiraan maju, PK 2025 beside its Renstra, a recap of inseminasi buatan per kecamatan).
// `writeFormsBlind97(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Peternakan } from "./evaluasi";
import { renjaLampung, tc27Sulsel } from "./renstra";
import { lkjipSulsel, pkLampung } from "./kinerja";
import { rekapIB } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND97_BOOKS: Array<() => BookW> = [
  e81Peternakan,
  tc27Sulsel,
  renjaLampung,
  lkjipSulsel,
  pkLampung,
  rekapIB,
];

export function buildBlind97(): BookW[] {
  return BLIND97_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind97(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind97());
}

export { expectedJson };
