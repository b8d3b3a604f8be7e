// The hundred-and-twenty-fourth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pengendalian Penduduk dan Keluarga Berencana (DPPKB) of kabupaten and kota in
// Jawa Barat and Sulawesi Barat (an E.81 evaluation of the Renja 2024, a T-C.27 Renstra 2025-2029 in
// ribuan rupiah, an IKU matrix, an LKjIP 2024 with capaian as fractions, a PK 2025 beside its Renstra,
// and a provincial recap of peserta KB aktif and unmet need per kabupaten, two tables side by side).
// `writeFormsBlind124(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dppkb } from "./evaluasi";
import { ikuDppkb, tc27Dppkb } from "./renstra";
import { lkjipDppkb, pkDppkb } from "./kinerja";
import { rekapKbSulbar } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND124_BOOKS: Array<() => BookW> = [
  e81Dppkb,
  tc27Dppkb,
  ikuDppkb,
  lkjipDppkb,
  pkDppkb,
  rekapKbSulbar,
];

export function buildBlind124(): BookW[] {
  return BLIND124_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind124(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind124());
}

export { expectedJson };
