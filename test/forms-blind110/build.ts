// The one hundred and tenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Badan Riset dan Inovasi Daerah (BRIDA) of Provinsi Jawa Timur and of Kota Salo
// Mariri in Sulawesi Selatan (an E.81 Renja evaluation in thousands of rupiah, a recap of inovasi
// daerah per perangkat daerah beside the serapan of the kelitbangan budget, a T-C.27 Renstra
// 2025-2029, an IKU matrix 2025-2029, an LKjIP 2024 measurement table, a PK 2025 with its Renstra).
// `writeFormsBlind110(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81BridaJatim, rekapInovasiJatim } from "./evaluasi";
import { ikuBridaJatim, tc27BridaSaloMariri } from "./renstra";
import { lkjipBridaJatim, pkBridaSaloMariri } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND110_BOOKS: Array<() => BookW> = [
  e81BridaJatim,
  rekapInovasiJatim,
  tc27BridaSaloMariri,
  ikuBridaJatim,
  lkjipBridaJatim,
  pkBridaSaloMariri,
];

export function buildBlind110(): BookW[] {
  return BLIND110_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind110(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind110());
}

export { expectedJson };
