// The 341st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Lingkungan Hidup (Kabupaten Bukit Rimbang Jaya, Riau; Kota Pelabuhan Sangiran, NTB) on timbulan
// dan pengurangan sampah, sampah tertangani, IKLH, bank sampah and pengawasan izin lingkungan.
// `writeFormsBlind341(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dlh, tc27Dlh } from "./renja";
import { lkjipDlh, pkDlh, rekapBankSampah, rekapPengawasan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND341_BOOKS: Array<() => BookW> = [
  e81Dlh,
  tc27Dlh,
  lkjipDlh,
  pkDlh,
  rekapBankSampah,
  rekapPengawasan,
];

export function buildBlind341(): BookW[] {
  return BLIND341_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind341(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind341());
}

export { expectedJson };
