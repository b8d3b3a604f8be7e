// The 215th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Badan Penanggulangan Bencana Daerah (Sumatera Barat, Nusa Tenggara Barat) on logistik
// kebencanaan, early warning system (EWS), kaji cepat and rehabilitasi-rekonstruksi pascabencana
// (huntap). `writeFormsBlind215(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bpbd, tc27Bpbd } from "./evaluasi";
import { lkjipBpbd, pkBpbd, rekapHuntap, rekapLogistik } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND215_BOOKS: Array<() => BookW> = [
  e81Bpbd,
  tc27Bpbd,
  lkjipBpbd,
  pkBpbd,
  rekapLogistik,
  rekapHuntap,
];

export function buildBlind215(): BookW[] {
  return BLIND215_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind215(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind215());
}

export { expectedJson };
