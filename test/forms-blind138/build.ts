// The hundred-and-fortieth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Badan Keuangan dan Aset Daerah of kabupaten in Riau and Papua Selatan (a rekonsiliasi
// of barang milik daerah per kelompok aset tetap, the realisasi belanja per perangkat daerah by quarter,
// a T-C.27 for the program Pengelolaan BMD, an E.81 of the Renja BPKAD, an LKjIP with its computation
// table, a PK with the Renstra BPKAD 2025-2029). `writeFormsBlind138(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { realisasiBelanjaOpd, rekonBmdRiau } from "./aset";
import { pkRenstraBpkad, tc27BmdRiau } from "./renstra";
import { e81BmdPapuaSelatan } from "./evaluasi";
import { lkjipBpkadRiau } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND138_BOOKS: Array<() => BookW> = [
  rekonBmdRiau,
  realisasiBelanjaOpd,
  tc27BmdRiau,
  e81BmdPapuaSelatan,
  lkjipBpkadRiau,
  pkRenstraBpkad,
];

export function buildBlind138(): BookW[] {
  return BLIND138_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind138(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind138());
}

export { expectedJson };
