// The thirty-second set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: sector offices of invented kabupaten in Aceh (Alue Bili, Gayo Pameu, Teupin Raya) and
// Bengkulu (Air Manjunto, Bukit Kaba Utara, Ulu Manna Raya): a Dinas Pertanian production table per
// quarter, a Disdukcapil monthly report with a level indicator beside the flows, a PUPR physical
// progress table with bobot and deviasi, a BPBD IKU with a response time in minutes, a Dinas Koperasi
// LKjIP with an omzet in rupiah and a recap per kecamatan, and a Bapenda PAD report with growth.
// `writeFormsBlind32(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { produksiPertanian } from "./pertanian";
import { bulananAdminduk } from "./dukcapil";
import { progresFisik } from "./pupr";
import { ikuBpbd, lkjipKoperasi } from "./kinerja";
import { realisasiPad } from "./pad";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND32_BOOKS: Array<() => BookW> = [
  produksiPertanian,
  bulananAdminduk,
  progresFisik,
  ikuBpbd,
  lkjipKoperasi,
  realisasiPad,
];

export function buildBlind32(): BookW[] {
  return BLIND32_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind32(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind32());
}

export { expectedJson };
