// The hundred-and-seventy-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bagian Administrasi Pembangunan of a Sekretariat Daerah in Sulawesi Tengah and Jawa Tengah
// (an E.81 evaluation of its Renja 2024 with quarters, a recap of APBD realisation per OPD at Triwulan IV, an
// LKjIP measurement table, a PK 2025 beside the Renstra Setda 2025-2029, a T-C.27 in ribuan rupiah, an IKU
// matrix). `writeFormsBlind177(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Adpem, rekapRealisasiOpd } from "./evaluasi";
import { lkjipAdpem, pkAdpem } from "./kinerja";
import { ikuAdpem, tc27Adpem } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND177_BOOKS: Array<() => BookW> = [
  e81Adpem,
  rekapRealisasiOpd,
  lkjipAdpem,
  pkAdpem,
  tc27Adpem,
  ikuAdpem,
];

export function buildBlind177(): BookW[] {
  return BLIND177_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind177(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind177());
}

export { expectedJson };
