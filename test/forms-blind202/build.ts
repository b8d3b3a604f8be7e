// The two-hundred-and-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Lingkungan Hidup of Kota Sukomulyo (Jawa Tengah) on ruang terbuka hijau and of
// Kabupaten Bontolangi (Sulawesi Selatan) on bank sampah / TPS3R (an RTH recap per kecamatan, a T-C.27,
// a PK with its Renstra, an E.81, an LKjIP and an IKU matrix). `writeFormsBlind202(dir)` writes them
// with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pkRth, rthKecamatan, tc27Rth } from "./rth";
import { e81Sampah, ikuSampah, lkjipSampah } from "./sampah";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND202_BOOKS: Array<() => BookW> = [
  rthKecamatan,
  tc27Rth,
  pkRth,
  e81Sampah,
  lkjipSampah,
  ikuSampah,
];

export function buildBlind202(): BookW[] {
  return BLIND202_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind202(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind202());
}

export { expectedJson };
