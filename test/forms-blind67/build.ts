// A sixty-seventh set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kota offices of Maluku Utara (Kota Sidangoli Raya) and Sulawesi Utara (Kota
// Warembungan). The Dinas Sosial (a recap of PKH / BPNT / PBI JK recipients per kecamatan, a Renja
// 2025 shaped like T-C.31 with the prakiraan maju 2026), the Badan Kesbangpol (an IKU matrix
// 2025-2029 with 1-5 indices and a qualitative target, a Renja 2026 with a recap by sumber dana under
// it) and the Dinas Koperasi dan UKM (an LKjIP row-wise table for 2023 and 2024, a pengukuran kinerja
// 2024 with predikat and budget), in other offices, wordings and layouts than the earlier sets.
// `writeFormsBlind67(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rekapBansosSidangoli, renjaDinsosWarembungan } from "./sosial";
import { ikuKesbangpolSidangoli, renjaKesbangpolWarembungan } from "./kesbangpol";
import { lkjipBarisDiskopWarembungan, pengukuranDiskopSidangoli } from "./koperasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND67_BOOKS: Array<() => BookW> = [
  rekapBansosSidangoli,
  renjaDinsosWarembungan,
  ikuKesbangpolSidangoli,
  renjaKesbangpolWarembungan,
  lkjipBarisDiskopWarembungan,
  pengukuranDiskopSidangoli,
];

export function buildBlind67(): BookW[] {
  return BLIND67_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind67(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind67());
}

export { expectedJson };
