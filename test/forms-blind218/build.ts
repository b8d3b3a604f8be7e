// The 218th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// BKPSDM (Kabupaten Sangkuri Hulu, Sulawesi Barat; Kota Banua Raden, Kalimantan Selatan) on manajemen
// ASN: kenaikan pangkat, pensiun, disiplin pegawai and SIASN pemutakhiran data. `writeFormsBlind218(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bkpsdm, tc27Bkpsdm } from "./evaluasi";
import { lkjipBkpsdm, pkBkpsdm, rekapKenaikanPangkat, rekapSiasnDisiplin } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND218_BOOKS: Array<() => BookW> = [
  e81Bkpsdm,
  tc27Bkpsdm,
  lkjipBkpsdm,
  pkBkpsdm,
  rekapKenaikanPangkat,
  rekapSiasnDisiplin,
];

export function buildBlind218(): BookW[] {
  return BLIND218_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind218(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind218());
}

export { expectedJson };
