// The hundred-and-seventeenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Tanaman Pangan dan Hortikultura of an invented Sulawesi Selatan kabupaten
// (Bulu Tanete: E.81 Renja evaluation, LKjIP with % formatted capaian, padi recap per kecamatan) and
// of Provinsi Kalimantan Barat (T-C.27 funding table, IKU matrix with polaritas, PK 2025 beside the
// Renstra 2025-2029). `writeFormsBlind117(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Tph } from "./evaluasi";
import { ikuKalbar, tc27Kalbar } from "./renstra";
import { lkjipBuluTanete, pkKalbar } from "./kinerja";
import { rekapPadiBuluTanete } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND117_BOOKS: Array<() => BookW> = [
  e81Tph,
  tc27Kalbar,
  lkjipBuluTanete,
  pkKalbar,
  rekapPadiBuluTanete,
  ikuKalbar,
];

export function buildBlind117(): BookW[] {
  return BLIND117_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind117(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind117());
}

export { expectedJson };
