// The 268th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// bina marga side of two Dinas PUPR (Kabupaten Siringgo Hulu, Sumatera Utara; Kota Pasir Mandala,
// NTB): kemantapan jalan, rekonstruksi, pemeliharaan rutin, jembatan. `writeFormsBlind268(dir)`
// writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81BinaMarga, tc27BinaMarga } from "./evaluasi";
import { lkjipBinaMarga, pkBinaMarga, rekapKecamatan, rekapUptd } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND268_BOOKS: Array<() => BookW> = [
  e81BinaMarga,
  tc27BinaMarga,
  lkjipBinaMarga,
  pkBinaMarga,
  rekapKecamatan,
  rekapUptd,
];

export function buildBlind268(): BookW[] {
  return BLIND268_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind268(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind268());
}

export { expectedJson };
