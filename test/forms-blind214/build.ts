// The 214th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kependudukan dan Pencatatan Sipil (Jambi, Nusa Tenggara Barat) on Identitas Kependudukan
// Digital (IKD), akta kematian and the PKS pemanfaatan data with lembaga pengguna.
// `writeFormsBlind214(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dukcapil, tc27Dukcapil } from "./evaluasi";
import { lkjipDukcapil, pkDukcapil, rekapAktaKematian, rekapPksIkd } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND214_BOOKS: Array<() => BookW> = [
  e81Dukcapil,
  tc27Dukcapil,
  lkjipDukcapil,
  pkDukcapil,
  rekapAktaKematian,
  rekapPksIkd,
];

export function buildBlind214(): BookW[] {
  return BLIND214_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind214(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind214());
}

export { expectedJson };
