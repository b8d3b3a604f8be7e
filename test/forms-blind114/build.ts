// The hundred-and-sixteenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: education offices in Nusa Tenggara Timur (a kabupaten's Dinas Pendidikan: E.81 Renja
// evaluation, T-C.27 Renstra funding, LKjIP measurement) and Kepulauan Riau (the provincial SMA / SMK
// office: PK with its Renstra, IKU matrix, BOSP recap per kabupaten / kota).
// `writeFormsBlind114(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dikbud } from "./evaluasi";
import { ikuKepri, tc27Disdik } from "./renstra";
import { lkjipDisdik, pkKepri } from "./kinerja";
import { rekapBospKepri } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND114_BOOKS: Array<() => BookW> = [
  e81Dikbud,
  tc27Disdik,
  lkjipDisdik,
  pkKepri,
  ikuKepri,
  rekapBospKepri,
];

export function buildBlind114(): BookW[] {
  return BLIND114_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind114(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind114());
}

export { expectedJson };
