// A sixty-first set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Kalimantan Timur and Nusa Tenggara Barat (Inspektorat, Bagian
// Organisasi Setda, Dinas Peternakan dan Kesehatan Hewan): a recap of the internal SAKIP evaluation per
// perangkat daerah, an index of reformasi birokrasi per year, a livestock population recap per
// kecamatan and jenis ternak, a vaccination coverage table, an LKjIP with a lower-is-better count of
// animal disease cases and a Perjanjian Kinerja with its Rencana Aksi per triwulan and budget.
// `writeFormsBlind61(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { indeksRbMahakamLestari, rekapAkipTamboraUtara } from "./sakip";
import { cakupanVaksinasiMahakamLestari, populasiTernakTamboraUtara } from "./ternak";
import { lkjipDisnakTamboraUtara, pkRencanaAksiMahakamLestari } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND61_BOOKS: Array<() => BookW> = [
  rekapAkipTamboraUtara,
  indeksRbMahakamLestari,
  populasiTernakTamboraUtara,
  cakupanVaksinasiMahakamLestari,
  lkjipDisnakTamboraUtara,
  pkRencanaAksiMahakamLestari,
];

export function buildBlind61(): BookW[] {
  return BLIND61_BOOKS.map((f) => f());
}

/** Every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind61(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind61());
}

export { expectedJson };
