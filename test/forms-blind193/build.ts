// The set forms-blind193 of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Badan Riset dan Inovasi Daerah (BRIDA) of kabupaten in Sulawesi Tengah and Nusa Tenggara Timur
// (an LKjIP with the indeks inovasi daerah, a PK beside the Renstra 2025-2029 with ordinal years, a
// T-C.27 funding table in thousands, an E.81 Renja evaluation with K | Rp pairs, a recap of inovasi
// per perangkat daerah, a serapan of the kelitbangan sub kegiatan by quarter).
// `writeFormsBlind193(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipBrida, pkBrida } from "./kinerja";
import { e81Brida, tc27Brida } from "./anggaran";
import { rekapInovasi, serapanBrida } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND193_BOOKS: Array<() => BookW> = [
  lkjipBrida,
  pkBrida,
  tc27Brida,
  e81Brida,
  rekapInovasi,
  serapanBrida,
];

export function buildBlind193(): BookW[] {
  return BLIND193_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind193(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind193());
}

export { expectedJson };
