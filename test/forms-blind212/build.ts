// The 212th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Komunikasi dan Informatika (Sulawesi Tengah, Nusa Tenggara Timur) on the PPID (permohonan,
// keberatan, sengketa), desa blank spot and akses internet desa. `writeFormsBlind212(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kominfo, tc27Kominfo } from "./evaluasi";
import { aksesDesa, lkjipKominfo, pkKominfo, rekapPpid } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND212_BOOKS: Array<() => BookW> = [
  e81Kominfo,
  tc27Kominfo,
  lkjipKominfo,
  pkKominfo,
  rekapPpid,
  aksesDesa,
];

export function buildBlind212(): BookW[] {
  return BLIND212_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind212(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind212());
}

export { expectedJson };
