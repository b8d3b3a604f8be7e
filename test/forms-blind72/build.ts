// A seventy-fourth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the kabupaten and kota Inspektorat offices of Kalimantan Barat and Nusa Tenggara Timur
// (a PKPT with hari pemeriksaan and anggaran per objek, a recap per year of the follow-up of BPK
// findings, an LKjIP with SPIP and APIP levels, a Perjanjian Kinerja with quarterly targets beside the
// Renstra, an IKU matrix with the end-of-period kondisi, a Renja with codes 6.01), in other offices,
// wordings and layouts than the earlier sets. `writeFormsBlind72(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pkptNangaSeberuang, tlBpkWaimanu } from "./pengawasan";
import { ikuManggaraiSelatan, lkjipSungaiRengas, pkTriwulanSumbaUtara } from "./kinerja";
import { renjaKetungauHulu } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND72_BOOKS: Array<() => BookW> = [
  pkptNangaSeberuang,
  tlBpkWaimanu,
  lkjipSungaiRengas,
  pkTriwulanSumbaUtara,
  ikuManggaraiSelatan,
  renjaKetungauHulu,
];

export function buildBlind72(): BookW[] {
  return BLIND72_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind72(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind72());
}

export { expectedJson };
