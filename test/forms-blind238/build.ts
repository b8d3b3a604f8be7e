// The 238th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Komunikasi dan Informatika (Kota Tanjung Seruni, Kalimantan Timur; Kabupaten Bukit Larangan,
// Jambi) on indeks SPBE, aduan SP4N-LAPOR!, website OPD aktif and titik wifi publik.
// `writeFormsBlind238(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Spbe, tc27Lapor } from "./evaluasi";
import { lkjipSpbe, pkLapor, rekapLaporSpbe, rekapWifi } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND238_BOOKS: Array<() => BookW> = [
  e81Spbe,
  tc27Lapor,
  lkjipSpbe,
  pkLapor,
  rekapWifi,
  rekapLaporSpbe,
];

export function buildBlind238(): BookW[] {
  return BLIND238_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind238(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind238());
}

export { expectedJson };
