// The hundred-sixty-fourth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bagian Pengadaan Barang dan Jasa (UKPBJ) on tender, e-katalog / e-purchasing, PDN and
// UMK, and the Dinas Pendidikan provinsi on SMA / SMK (Jawa Barat and Kalimantan Selatan).
// `writeFormsBlind164(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PbjSukawangi, pdnUmkBatangAlai, rekapTenderCirawang } from "./pengadaan";
import { lkjipDisdikKalsel, pkDisdikJabar, tc27DisdikKalsel } from "./pendidikan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND164_BOOKS: Array<() => BookW> = [
  rekapTenderCirawang,
  pdnUmkBatangAlai,
  e81PbjSukawangi,
  lkjipDisdikKalsel,
  pkDisdikJabar,
  tc27DisdikKalsel,
];

export function buildBlind164(): BookW[] {
  return BLIND164_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind164(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind164());
}

export { expectedJson };
