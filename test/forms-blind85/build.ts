// The eighty-seventh set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu of Provinsi Sumatera Barat and of a
// kabupaten in Papua Tengah (realisasi investasi PMA / PMDN per triwulan, izin terbit per sektor with
// the SLA, an LKjIP with the IKM and the LKPM, a PK beside the Renstra 2025-2029, an E.81-like
// evaluation of the Renja 2024, a T-C.27 programme table in thousands of rupiah).
// `writeFormsBlind85(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { investasiSumbar, izinSlaKemabu } from "./investasi";
import { lkjipDpmptspSumbar, pkRenstraKemabu } from "./kinerja";
import { e81DpmptspSumbar, tc27Kemabu } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND85_BOOKS: Array<() => BookW> = [
  investasiSumbar,
  izinSlaKemabu,
  lkjipDpmptspSumbar,
  pkRenstraKemabu,
  e81DpmptspSumbar,
  tc27Kemabu,
];

export function buildBlind85(): BookW[] {
  return BLIND85_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind85(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind85());
}

export { expectedJson };
