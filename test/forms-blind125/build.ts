// The hundred-and-twenty-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pemberdayaan Masyarakat dan Desa, dana desa and BUMDes, in Kalimantan Barat and
// Nusa Tenggara Timur (a penyaluran Dana Desa tiga tahap per kecamatan, a BUMDes recap by klasifikasi, an
// LKjIP measurement table, a PK 2025 beside its Renstra with ordinal years, an E.81 Renja evaluation in
// ribuan rupiah, a T-C.27 funding table). `writeFormsBlind125(dir)` writes them with their expected.json
// (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { bumdesKlasifikasi, danaDesaTahap } from "./desa";
import { lkjipDpmd, pkRenstraDpmd } from "./kinerja";
import { e81Dpmd, tc27Dpmd } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND125_BOOKS: Array<() => BookW> = [
  danaDesaTahap,
  bumdesKlasifikasi,
  lkjipDpmd,
  pkRenstraDpmd,
  e81Dpmd,
  tc27Dpmd,
];

export function buildBlind125(): BookW[] {
  return BLIND125_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind125(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind125());
}

export { expectedJson };
