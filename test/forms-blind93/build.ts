// The ninety-third set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the Dinas Tenaga Kerja dan Transmigrasi of a Kalimantan Barat kabupaten and of Provinsi Bengkulu
// (penempatan tenaga kerja per bulan AKL / AKAD / AKAN, peserta pelatihan BLK per kejuruan, an LKjIP
// with the TPT and kasus perselisihan hubungan industrial lower is better, a PK beside the Renstra
// 2025-2029, an E.81-like evaluasi Renja with K | Rp pairs, a T-C.27 of the transmigrasi program per
// UPT). `writeFormsBlind93(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { blkKejuruan, penempatanBulanan } from "./penempatan";
import { lkjipNaker, pkNaker } from "./kinerja";
import { e81Naker, tc27Transmigrasi } from "./rencana";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND93_BOOKS: Array<() => BookW> = [
  penempatanBulanan,
  blkKejuruan,
  lkjipNaker,
  pkNaker,
  e81Naker,
  tc27Transmigrasi,
];

export function buildBlind93(): BookW[] {
  return BLIND93_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind93(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind93());
}

export { expectedJson };
