// The 176th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// pemakaman (TPU) management of the Dinas Perumahan dan Kawasan Permukiman of a kota in Jawa Tengah
// and a kota in Sulawesi Selatan (per-TPU occupancy recap, retribusi pelayanan pemakaman per
// triwulan, an LKjIP measurement table, a PK 2025 with the Renstra 2025-2029, an E.81 Renja
// evaluation, a T-C.27 funding table). `writeFormsBlind176(dir)` writes them with their expected.json
// (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { okupansiTpuTirtomulyo, retribusiPemakamanLamuru } from "./tpu";
import { lkjipPemakamanTirtomulyo, pkRenstraPerkimLamuru } from "./kinerja";
import { e81PemakamanTirtomulyo, tc27PemakamanLamuru } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND176_BOOKS: Array<() => BookW> = [
  okupansiTpuTirtomulyo,
  retribusiPemakamanLamuru,
  lkjipPemakamanTirtomulyo,
  pkRenstraPerkimLamuru,
  e81PemakamanTirtomulyo,
  tc27PemakamanLamuru,
];

export function buildBlind176(): BookW[] {
  return BLIND176_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind176(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind176());
}

export { expectedJson };
