// The 231st set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Dinas PUPR of Kabupaten Muara Selindung (Jambi) and Kota Kayangan Raya (Sulawesi Tenggara) with the
// Perumda Air Minum Tirta Kayangan, on SPAM: sambungan rumah, akses air minum layak and kehilangan air
// (NRW). `writeFormsBlind231(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Spam, tc27Spam } from "./evaluasi";
import { lkjipSpam, neracaNrw, pkSpam, rekapAksesKecamatan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND231_BOOKS: Array<() => BookW> = [
  e81Spam,
  tc27Spam,
  lkjipSpam,
  pkSpam,
  rekapAksesKecamatan,
  neracaNrw,
];

export function buildBlind231(): BookW[] {
  return BLIND231_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind231(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind231());
}

export { expectedJson };
