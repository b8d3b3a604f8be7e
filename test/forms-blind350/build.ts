// The 350th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// BKPSDM (Kabupaten Lembah Sipora Jaya, Sumatera Barat; Kota Batu Karang Timur, Sulawesi Tenggara) on
// ASN per golongan dan pendidikan, pengembangan kompetensi 20 JP, indeks profesionalitas ASN and
// kenaikan pangkat tepat waktu. `writeFormsBlind350(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bkpsdm, tc27Bkpsdm } from "./evaluasi";
import { lkjipBkpsdm, pkBkpsdm } from "./kinerja";
import { rekap20Jp, rekapAsnGolongan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND350_BOOKS: Array<() => BookW> = [
  e81Bkpsdm,
  tc27Bkpsdm,
  lkjipBkpsdm,
  pkBkpsdm,
  rekapAsnGolongan,
  rekap20Jp,
];

export function buildBlind350(): BookW[] {
  return BLIND350_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind350(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind350());
}

export { expectedJson };
