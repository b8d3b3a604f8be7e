// The hundred-and-sixteenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: regional revenue and assets. The Badan Pendapatan Daerah of Provinsi Kalimantan Timur
// (an E.81 of its Renja 2025, its IKU 2025-2029, its PK 2025 beside the Renstra, a recap of realisasi
// per jenis pajak with the mutasi piutang beside it) and the BPKPAD of Kota Tirtamulya in Jawa Tengah
// (a T-C.27 Renstra 2025-2029 in thousands, an LKjIP 2024 with capaian as percentages).
// `writeFormsBlind116(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81BapendaKaltim } from "./evaluasi";
import { ikuBapendaKaltim, tc27BpkpadTirtamulya } from "./renstra";
import { lkjipBpkpadTirtamulya, pkBapendaKaltim } from "./kinerja";
import { rekapPajakKaltim } from "./pendapatan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND116_BOOKS: Array<() => BookW> = [
  e81BapendaKaltim,
  tc27BpkpadTirtamulya,
  ikuBapendaKaltim,
  lkjipBpkpadTirtamulya,
  pkBapendaKaltim,
  rekapPajakKaltim,
];

export function buildBlind116(): BookW[] {
  return BLIND116_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind116(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind116());
}

export { expectedJson };
