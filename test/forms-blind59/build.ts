// A fifty-ninth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Sulawesi Selatan (Kabupaten Toraja Pangala) and Papua Pegunungan
// (Kabupaten Pegunungan Habema): an RSUD's LKjIP with BOR, ALOS, NDR and kepuasan pasien, a BLUD
// revenue report per layanan per semester, a Disdukcapil KTP-el coverage recap per kecamatan, a
// Disdukcapil Renstra 2025-2029 with kondisi awal and kondisi akhir, a Dispora Perjanjian Kinerja
// with triwulan targets and anggaran per program, and a Dispora E.80 evaluation of the Renstra.
// `writeFormsBlind59(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipRsudLepongan, pendapatanBludWamuka } from "./rsud";
import { cakupanKtpTorajaPangala, renstraDukcapilTorajaPangala } from "./dukcapil";
import { e80DisporaHabema, pkDisporaHabema } from "./dispora";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND59_BOOKS: Array<() => BookW> = [
  lkjipRsudLepongan,
  pendapatanBludWamuka,
  cakupanKtpTorajaPangala,
  renstraDukcapilTorajaPangala,
  pkDisporaHabema,
  e80DisporaHabema,
];

export function buildBlind59(): BookW[] {
  return BLIND59_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind59(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind59());
}

export { expectedJson };
