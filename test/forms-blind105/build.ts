// The hundred-and-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: RSUD run as BLUD in an East Java kota and in Provinsi Kalimantan Tengah (an E.81
// evaluasi Renja with K | Rp pairs, a monthly recap of BOR, ALOS, BTO, NDR and GDR, a T-C.27
// Renstra 2026-2030 in thousands of rupiah, a Renja 2025 with prakiraan maju, an LKjIP 2024 with a
// Polaritas column, a PK 2025 beside the Renstra 2025-2029 it quotes).
// `writeFormsBlind105(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Rsud, rekapBulananRsud } from "./evaluasi";
import { renjaRsud, tc27Rsud } from "./renstra";
import { lkjipRsud, pkRsud } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND105_BOOKS: Array<() => BookW> = [
  e81Rsud,
  rekapBulananRsud,
  tc27Rsud,
  renjaRsud,
  lkjipRsud,
  pkRsud,
];

export function buildBlind105(): BookW[] {
  return BLIND105_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind105(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind105());
}

export { expectedJson };
