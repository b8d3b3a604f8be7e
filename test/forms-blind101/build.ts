// The one hundred and first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) of an invented Provinsi
// Kepulauan Riau office and of an invented kabupaten in Kalimantan Barat (an E.81 of the Renja 2024
// with SP2D and kas daerah, a realisasi APBD recap per triwulan by kode rekening, a Renstra T-C.27 for
// the BMD program, a Renja 2025 with prakiraan maju, a PK 2025 beside its Renstra, an LKjIP 2024 with
// opini / SILPA / SP2D indicators and a serapan table). `writeFormsBlind101(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81BpkadKepri } from "./evaluasi";
import { realisasiApbdKalbar } from "./apbd";
import { renjaBpkadKalbar, renstraAsetKepri } from "./rencana";
import { lkjipBpkadKepri, pkBpkadKalbar } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND101_BOOKS: Array<() => BookW> = [
  e81BpkadKepri,
  realisasiApbdKalbar,
  renstraAsetKepri,
  renjaBpkadKalbar,
  pkBpkadKalbar,
  lkjipBpkadKepri,
];

export function buildBlind101(): BookW[] {
  return BLIND101_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind101(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind101());
}

export { expectedJson };
