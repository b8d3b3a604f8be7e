// The 292nd set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Dinas Pendidikan of two provinces (Sulawesi Tengah, Jambi) on SMA and SMK: APK, lulusan SMK
// bekerja / melanjutkan / wirausaha (BMW), guru bersertifikat, BOSDA per cabang dinas.
// `writeFormsBlind292(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Disdik, tc27Disdik } from "./evaluasi";
import { lkjipDisdik, pkDisdik, rekapBmw, rekapBosda } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND292_BOOKS: Array<() => BookW> = [
  e81Disdik,
  tc27Disdik,
  lkjipDisdik,
  pkDisdik,
  rekapBosda,
  rekapBmw,
];

export function buildBlind292(): BookW[] {
  return BLIND292_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind292(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind292());
}

export { expectedJson };
