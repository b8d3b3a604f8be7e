// A seventieth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kabupaten offices of Sumatera Barat (Kabupaten Lubuk Sirangkak) and Sulawesi Selatan
// (Kabupaten Bontomarannu Timur), Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian
// Penduduk dan KB: a recap of violence cases per kecamatan and jenis kekerasan, an UPTD PPA sheet
// with victims and services in two tables, a KB recap (PUS, PA, CPR, unmet need), an LKjIP with IPG,
// IDG and a lower-is-better angka kekerasan per 10.000 anak, an E.81 with K and Rp per quarter and a
// Renstra T-C.27, in other offices, wordings and layouts than the earlier sets.
// `writeFormsBlind70(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { korbanLayananBontomarannu, rekapKekerasanLubuk } from "./kekerasan";
import { rekapKbBontomarannu } from "./kb";
import { e81Lubuk, lkjipIkuLubuk } from "./kinerja";
import { renstraTc27Bontomarannu } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND70_BOOKS: Array<() => BookW> = [
  rekapKekerasanLubuk,
  korbanLayananBontomarannu,
  rekapKbBontomarannu,
  lkjipIkuLubuk,
  e81Lubuk,
  renstraTc27Bontomarannu,
];

export function buildBlind70(): BookW[] {
  return BLIND70_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind70(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind70());
}

export { expectedJson };
