// A thirty-seventh set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: a regional hospital run as a BLUD (RSUD Nunusaku, Kabupaten Wailolong, Maluku) with its
// LKjIP service indicators, monthly BLUD realisation with cumulative columns, Renstra T-C.27 in full
// rupiah and the director's PK with a Rencana Aksi per quarter; and the Dinas Sosial of Kabupaten
// Lembah Sibalaya (Sulawesi Tengah) with its E.81 in thousands of rupiah and a recap of PBI-JK
// recipients per kecamatan. `writeFormsBlind37(dir)` writes them with their expected.json (the format
// of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { bludBulanan, lkjipRsud } from "./rsud";
import { pkDirektur, renstraRsud } from "./renstra";
import { e81Dinsos, rekapPbiJk } from "./sosial";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND37_BOOKS: Array<() => BookW> = [
  lkjipRsud,
  bludBulanan,
  renstraRsud,
  pkDirektur,
  e81Dinsos,
  rekapPbiJk,
];

export function buildBlind37(): BookW[] {
  return BLIND37_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind37(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind37());
}

export { expectedJson };
