// The 284th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas PUPR bidang Sumber Daya Air (Sekayu Hulu, Sumatera Selatan; Pinrang Timur, Sulawesi Selatan)
// on daerah irigasi in good condition, P3A/GP3A, OP per DI, embung and tanggul banjir.
// `writeFormsBlind284(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Sda, lkjipSda, tc27Sda } from "./evaluasi";
import { pkSda, rekapAknop, rekapKondisiDi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND284_BOOKS: Array<() => BookW> = [
  e81Sda,
  tc27Sda,
  lkjipSda,
  pkSda,
  rekapKondisiDi,
  rekapAknop,
];

export function buildBlind284(): BookW[] {
  return BLIND284_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind284(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind284());
}

export { expectedJson };
