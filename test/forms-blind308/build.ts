// The 308th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Inspektorat Daerah (Jambi, Kalimantan Barat) on tindak lanjut rekomendasi BPK / APIP, nilai SAKIP per
// OPD, maturitas SPIP, kapabilitas APIP, reviu LKPD and probity audit. `writeFormsBlind308(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Inspektorat, tc27Inspektorat } from "./evaluasi";
import { lkjipInspektorat, pkInspektorat, rekapTlBpk, sakipOpd } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND308_BOOKS: Array<() => BookW> = [
  e81Inspektorat,
  tc27Inspektorat,
  lkjipInspektorat,
  pkInspektorat,
  rekapTlBpk,
  sakipOpd,
];

export function buildBlind308(): BookW[] {
  return BLIND308_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind308(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind308());
}

export { expectedJson };
