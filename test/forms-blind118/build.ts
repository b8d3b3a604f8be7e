// The hundred-and-eighteenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kependudukan dan Pencatatan Sipil of Provinsi Banten (an LKjIP 2024, a PK 2025
// beside the Renstra 2025-2029, an IKU matrix with ordinal years, a recap of document ownership per
// kabupaten/kota with the layanan online beside it) and of the invented Kabupaten Mentaya Hulu in
// Kalimantan Tengah (an E.81 s.d. Triwulan IV 2024, a T-C.27 Renstra 2025-2029 in thousands).
// `writeFormsBlind118(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DukcapilMentaya } from "./evaluasi";
import { ikuDukcapilBanten, tc27DukcapilMentaya } from "./renstra";
import { lkjipDukcapilBanten, pkDukcapilBanten } from "./kinerja";
import { rekapDokumenBanten } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND118_BOOKS: Array<() => BookW> = [
  e81DukcapilMentaya,
  tc27DukcapilMentaya,
  ikuDukcapilBanten,
  lkjipDukcapilBanten,
  pkDukcapilBanten,
  rekapDokumenBanten,
];

export function buildBlind118(): BookW[] {
  return BLIND118_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind118(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind118());
}

export { expectedJson };
