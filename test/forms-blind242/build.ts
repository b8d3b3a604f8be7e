// The 242nd set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Bagian Protokol dan Komunikasi Pimpinan of two Sekretariat Daerah (Kabupaten Batang Ulu, Sumatera
// Barat; Kota Tanjung Lasa, Kalimantan Timur) on agenda pimpinan, siaran pers, monitoring media and the
// indeks persepsi publik. `writeFormsBlind242(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Protokol, tc27Protokol } from "./evaluasi";
import { agendaPimpinan, lkjipProtokol, pkProtokol, rekapRilis } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND242_BOOKS: Array<() => BookW> = [
  e81Protokol,
  tc27Protokol,
  lkjipProtokol,
  pkProtokol,
  rekapRilis,
  agendaPimpinan,
];

export function buildBlind242(): BookW[] {
  return BLIND242_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind242(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind242());
}

export { expectedJson };
