// The 329th set of unseen standard-form workbooks, written in code with the kit of test/forms: two BPBD
// (Kabupaten Lembah Sirangkai, Sumatera Barat; Kota Teluk Wahana, Sulawesi Tengah) on desa/nagari tangguh
// bencana, kajian risiko bencana, waktu tanggap darurat and rehabilitasi-rekonstruksi pascabencana.
// `writeFormsBlind329(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bpbd, tc27Bpbd } from "./rencana";
import { lkjipBpbd, pkBpbd } from "./kinerja";
import { rekapDestana, rekapRehabRekon } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND329_BOOKS: Array<() => BookW> = [
  e81Bpbd,
  tc27Bpbd,
  lkjipBpbd,
  pkBpbd,
  rekapDestana,
  rekapRehabRekon,
];

export function buildBlind329(): BookW[] {
  return BLIND329_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind329(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind329());
}

export { expectedJson };
