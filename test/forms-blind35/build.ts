// The thirty-fifth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Sulawesi Barat and Kalimantan Tengah for the 2025 cycle (a DLH's
// Renstra T-C.27 in millions, an E.81 Renja evaluation without the Renstra columns, an LKjIP with
// 2023 and 2024 side by side and a Polaritas column, a Kepala Bidang's PK with triwulan targets, a
// BOS / DAK recap by school and a Dinas Perikanan's production by quarter). `writeFormsBlind35(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dlh, renstraTC27 } from "./renstra";
import { lkjipDlh, pkKabid } from "./lkjip";
import { produksiPerikanan, rekapBosDak } from "./dana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND35_BOOKS: Array<() => BookW> = [
  renstraTC27,
  e81Dlh,
  lkjipDlh,
  pkKabid,
  rekapBosDak,
  produksiPerikanan,
];

export function buildBlind35(): BookW[] {
  return BLIND35_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind35(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind35());
}

export { expectedJson };
