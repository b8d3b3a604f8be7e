// The hundred-and-ninety-sixth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pendidikan of a kabupaten in Sumatera Barat (Koto Baringin) and of a kota in
// Kalimantan Selatan (Tanjung Belimbing) on dana BOSP and sarana prasarana sekolah (rehabilitasi ruang
// kelas SD / SMP): an E.81 Renja evaluation, a T-C.27 Renstra funding table, an IKU matrix, an LKjIP
// measurement table, a PK 2025 beside its Renstra, and a BOSP recap per kecamatan.
// `writeFormsBlind196(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disdik } from "./evaluasi";
import { ikuDisdik, tc27Disdik } from "./renstra";
import { lkjipDisdik, pkDisdik } from "./kinerja";
import { rekapBosp } from "./bosp";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND196_BOOKS: Array<() => BookW> = [
  e81Disdik,
  tc27Disdik,
  ikuDisdik,
  lkjipDisdik,
  pkDisdik,
  rekapBosp,
];

export function buildBlind196(): BookW[] {
  return BLIND196_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind196(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind196());
}

export { expectedJson };
