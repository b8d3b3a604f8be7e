// The hundred-forty-ninth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kependudukan dan Pencatatan Sipil of an invented Sulawesi Selatan kabupaten
// (Tanah Lamoa: a KTP-el / KIA recap per kecamatan, an E.81 evaluation of the Renja 2024, a PK 2025
// beside the Renstra targets) and of an invented Kalimantan Utara kabupaten (Sesayap Hulu: an LKjIP
// 2024 measurement, a T-C.27 Renstra 2025-2029 funding table, an IKU matrix).
// `writeFormsBlind149(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Lamoa, rekapPerekamanLamoa } from "./rekap";
import { lkjipSesayap, pkLamoa } from "./kinerja";
import { ikuSesayap, tc27Sesayap } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND149_BOOKS: Array<() => BookW> = [
  rekapPerekamanLamoa,
  e81Lamoa,
  lkjipSesayap,
  pkLamoa,
  tc27Sesayap,
  ikuSesayap,
];

export function buildBlind149(): BookW[] {
  return BLIND149_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind149(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind149());
}

export { expectedJson };
