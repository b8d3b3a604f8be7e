// The 271st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Badan Penanggulangan Bencana Daerah (Kabupaten Tanah Lingga, Jambi; Kota Sungai Rawa, Kalimantan
// Selatan) on desa/kelurahan tangguh bencana, kajian risiko, EWS, logistik and buffer stock, waktu
// tanggap and korban terdampak dilayani. `writeFormsBlind271(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bpbd, lkjipBpbd, tc27Bpbd } from "./evaluasi";
import { logistikEws, pkBpbd, rekapKorban } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND271_BOOKS: Array<() => BookW> = [
  e81Bpbd,
  tc27Bpbd,
  lkjipBpbd,
  pkBpbd,
  rekapKorban,
  logistikEws,
];

export function buildBlind271(): BookW[] {
  return BLIND271_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind271(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind271());
}

export { expectedJson };
