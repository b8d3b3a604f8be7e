// The hundred-and-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Komunikasi, Informatika, Statistik dan Persandian of Provinsi Banten and
// Provinsi Papua Selatan (an E.81 Renja evaluation, a T-C.27 Renstra 2025-2029, an IKU matrix, a PK
// 2025 beside the Renstra it quotes, an LKjIP 2024 pengukuran kinerja, a recap of internet access per
// kabupaten). `writeFormsBlind103(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Banten } from "./evaluasi";
import { ikuBanten, tc27PapuaSelatan } from "./renstra";
import { lkjipPapuaSelatan, pkBanten } from "./kinerja";
import { rekapInternetKampung } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND103_BOOKS: Array<() => BookW> = [
  e81Banten,
  tc27PapuaSelatan,
  ikuBanten,
  pkBanten,
  lkjipPapuaSelatan,
  rekapInternetKampung,
];

export function buildBlind103(): BookW[] {
  return BLIND103_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind103(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind103());
}

export { expectedJson };
