// The 294th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kependudukan dan Pencatatan Sipil (Jambi, Nusa Tenggara Barat) on jemput bola, akta kelahiran
// anak, KIA and perekaman KTP-el pemula. `writeFormsBlind294(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dukcapil, tc27Dukcapil } from "./evaluasi";
import { lkjipDukcapil, pkDukcapil, rekapAktaKia, rekapKtpPemula } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND294_BOOKS: Array<() => BookW> = [
  e81Dukcapil,
  tc27Dukcapil,
  lkjipDukcapil,
  pkDukcapil,
  rekapKtpPemula,
  rekapAktaKia,
];

export function buildBlind294(): BookW[] {
  return BLIND294_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind294(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind294());
}

export { expectedJson };
