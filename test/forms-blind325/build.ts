// The 325th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Inspektorat Daerah (Kabupaten Lembah Sialang, Sumatera Barat; Kota Teluk Barambai, Kalimantan Selatan)
// on the Renja evaluation, the Renstra funding table, LKjIP, PK, tindak lanjut temuan BPK, maturitas SPIP
// and reviu LKjIP. `writeFormsBlind325(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81LembahSialang, tc27TelukBarambai } from "./rencana";
import { lkjipLembahSialang, pkTelukBarambai } from "./kinerja";
import { rekapTlhpLembahSialang, spipReviuTelukBarambai } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND325_BOOKS: Array<() => BookW> = [
  e81LembahSialang,
  tc27TelukBarambai,
  lkjipLembahSialang,
  pkTelukBarambai,
  rekapTlhpLembahSialang,
  spipReviuTelukBarambai,
];

export function buildBlind325(): BookW[] {
  return BLIND325_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind325(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind325());
}

export { expectedJson };
