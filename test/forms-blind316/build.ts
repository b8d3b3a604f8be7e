// The 316th set of unseen standard-form workbooks, written in code with the kit of test/forms: the BKPSDM
// of two invented regions (Kabupaten Lembah Sirandah, Sumatera Barat; Kota Selat Duyung, Kepulauan Riau) on
// indeks sistem merit, ASN ikut pengembangan kompetensi, pelanggaran disiplin, layanan pensiun dan kenaikan
// pangkat. `writeFormsBlind316(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bkpsdm, tc27Bkpsdm } from "./renja";
import { lkjipBkpsdm, pkBkpsdm, rekapBangkom, rekapDisiplinPensiun } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND316_BOOKS: Array<() => BookW> = [
  e81Bkpsdm,
  tc27Bkpsdm,
  lkjipBkpsdm,
  pkBkpsdm,
  rekapBangkom,
  rekapDisiplinPensiun,
];

export function buildBlind316(): BookW[] {
  return BLIND316_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind316(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind316());
}

export { expectedJson };
