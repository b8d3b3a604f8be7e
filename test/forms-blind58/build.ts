// A fifty-eighth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: provincial offices of Provinsi Daerah Khusus Jayakarta and Provinsi Kalimantan Selatan
// (Badan Pendapatan Daerah, DPMPTSP, Dinas Ketenagakerjaan): a PAD target / realisasi per jenis
// pendapatan with growth, an investment recap per sector per triwulan, a recap of licences issued
// per month with SLA compliance, a Renstra target table with kondisi akhir, an LKjIP table and an
// E.81 with K / Rp per triwulan.
// `writeFormsBlind58(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { investasiKalsel, padBapendaJayakarta } from "./pendapatan";
import { e81DisnakerKalsel, izinTerbitJayakarta } from "./layanan";
import { lkjipBapendaKalsel, renstraDisnakerJayakarta } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND58_BOOKS: Array<() => BookW> = [
  padBapendaJayakarta,
  investasiKalsel,
  izinTerbitJayakarta,
  renstraDisnakerJayakarta,
  lkjipBapendaKalsel,
  e81DisnakerKalsel,
];

export function buildBlind58(): BookW[] {
  return BLIND58_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind58(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind58());
}

export { expectedJson };
