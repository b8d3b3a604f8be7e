// The eighty-sixth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Bagian Kesejahteraan Rakyat of a kabupaten's Sekretariat Daerah in Aceh and Kalimantan Barat
// (a hibah recap per lembaga with NPHD and tahap I / II, a daftar pencairan hibah with % and a recap by
// jenis lembaga, a bansos recap per kecamatan, an LKjIP with the LPJ tepat waktu indicator, a PK with
// the Renstra Setda 2025-2029 targets, an E.79-like evaluation table with K | Rp pairs).
// `writeFormsBlind84(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { daftarHibahKalbar, rekapHibahAceh } from "./hibah";
import { bansosKecamatan } from "./bansos";
import { lkjipKesra, pkKesra } from "./kinerja";
import { e79Kesra } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND84_BOOKS: Array<() => BookW> = [
  rekapHibahAceh,
  daftarHibahKalbar,
  bansosKecamatan,
  lkjipKesra,
  pkKesra,
  e79Kesra,
];

export function buildBlind84(): BookW[] {
  return BLIND84_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind84(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind84());
}

export { expectedJson };
