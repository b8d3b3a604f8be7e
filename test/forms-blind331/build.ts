// The 331st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Diskominfo offices (Kabupaten Wae Lolo, Nusa Tenggara Timur; Kota Sungai Berlian, Kalimantan Selatan) on
// statistik sektoral, PPID dan keterbukaan informasi, SPBE and layanan aduan. `writeFormsBlind331(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kominfo, tc27Kominfo } from "./renja";
import { lkjipKominfo, pkKominfo } from "./kinerja";
import { rekapAduanPpid, rekapStatistikSektoral } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND331_BOOKS: Array<() => BookW> = [
  e81Kominfo,
  tc27Kominfo,
  lkjipKominfo,
  pkKominfo,
  rekapAduanPpid,
  rekapStatistikSektoral,
];

export function buildBlind331(): BookW[] {
  return BLIND331_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind331(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind331());
}

export { expectedJson };
