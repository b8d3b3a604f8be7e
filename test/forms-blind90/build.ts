// The ninetieth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Lingkungan Hidup of a Jawa Timur kabupaten (Wonoreksan) and of Provinsi Kalimantan
// Tengah (IKLH and its weighted components, sampah terkelola per bulan, an LKjIP with the pengaduan
// kasus lingkungan lower is better, a PK beside the Renstra, a T-C.27-like Renstra persampahan, an IKU
// matrix). `writeFormsBlind90(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { iklhKalteng, sampahBulanan } from "./lingkungan";
import { lkjipDlh, pkDlhKalteng } from "./kinerja";
import { ikuKalteng, renstraTc27 } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND90_BOOKS: Array<() => BookW> = [
  iklhKalteng,
  sampahBulanan,
  lkjipDlh,
  pkDlhKalteng,
  renstraTc27,
  ikuKalteng,
];

export function buildBlind90(): BookW[] {
  return BLIND90_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind90(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind90());
}

export { expectedJson };
