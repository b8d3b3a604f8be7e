// The 278th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Inspektorat Daerah (Lembah Mandara, Sulawesi Barat; Kapuas Hilir Raya, Kalimantan Tengah) on
// tindak lanjut temuan BPK and APIP, kerugian daerah, maturitas SPIP, kapabilitas APIP, probity audit
// and reviu LKPD. `writeFormsBlind278(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Inspektorat, lkjipInspektorat, tc27Inspektorat } from "./evaluasi";
import { pkInspektorat, rekapTlBpk, triwulanKerugianProbity } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND278_BOOKS: Array<() => BookW> = [
  e81Inspektorat,
  tc27Inspektorat,
  lkjipInspektorat,
  pkInspektorat,
  rekapTlBpk,
  triwulanKerugianProbity,
];

export function buildBlind278(): BookW[] {
  return BLIND278_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind278(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind278());
}

export { expectedJson };
