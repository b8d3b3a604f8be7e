// The hundred-and-fifty-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Komunikasi dan Informatika and the Dinas Perpustakaan dan Kearsipan in Jambi and
// Papua Selatan (an LKjIP with the Indeks SPBE, an E.81 Renja evaluation, an IKU matrix with the kampung
// terakses internet, a PK beside the Renstra with the TGM and library visitors, a T-C.27 funding table, a
// per-OPD archive recap). `writeFormsBlind152(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Kominfo, ikuKominfo, lkjipKominfo } from "./kominfo";
import { pkDispusip, tc27Dispusip } from "./pustaka";
import { rekapArsipOpd } from "./arsip";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND152_BOOKS: Array<() => BookW> = [
  lkjipKominfo,
  e81Kominfo,
  ikuKominfo,
  pkDispusip,
  tc27Dispusip,
  rekapArsipOpd,
];

export function buildBlind152(): BookW[] {
  return BLIND152_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind152(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind152());
}

export { expectedJson };
