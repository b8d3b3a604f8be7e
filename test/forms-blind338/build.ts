// The 338th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Disdukcapil (Kabupaten Lembah Sirapan, Sumatera Barat; Kota Teluk Warindi, Sulawesi Tenggara) on
// kepemilikan KTP-el, akta kelahiran, KIA, perekaman per kecamatan and waktu layanan dokumen.
// `writeFormsBlind338(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disdukcapil, lkjipDisdukcapil, tc27Disdukcapil } from "./evaluasi";
import { pkDisdukcapil, rekapAktaKia, rekapPerekaman } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND338_BOOKS: Array<() => BookW> = [
  e81Disdukcapil,
  tc27Disdukcapil,
  lkjipDisdukcapil,
  pkDisdukcapil,
  rekapPerekaman,
  rekapAktaKia,
];

export function buildBlind338(): BookW[] {
  return BLIND338_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind338(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind338());
}

export { expectedJson };
