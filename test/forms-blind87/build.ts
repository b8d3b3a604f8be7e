// The eighty-seventh set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Perpustakaan dan Kearsipan of Provinsi Riau and of the (invented) Kabupaten Tappalang Raya in
// Sulawesi Barat (an E.81-like Renja evaluation, a monthly visits recap, a recap of arsip tertata and
// pengawasan kearsipan per perangkat daerah, an LKjIP with IPLM / TGM and lower-is-better rows, a PK
// beside its Renstra 2022-2026, a T-C.27 of program 2.24.02 Pengelolaan Arsip).
// `writeFormsBlind87(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perpustakaan } from "./evaluasi";
import { arsipPengawasan, kunjunganRiau } from "./rekap";
import { lkjipRiau, pkTappalang } from "./kinerja";
import { tc27Arsip } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND87_BOOKS: Array<() => BookW> = [
  e81Perpustakaan,
  kunjunganRiau,
  arsipPengawasan,
  lkjipRiau,
  pkTappalang,
  tc27Arsip,
];

export function buildBlind87(): BookW[] {
  return BLIND87_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind87(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind87());
}

export { expectedJson };
