// The two hundred and first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Kesehatan of kabupaten in Sulawesi Tengah and Nusa Tenggara Barat on kesehatan
// jiwa (ODGJ berat dilayani sesuai SPM, bebas pasung), NAPZA and rehabilitasi medis (an E.81 Renja
// evaluation, a T-C.27 funding table, an IKU matrix, an LKjIP measurement table, a PK with its Renstra
// and a recap of the SPM ODGJ berat and BOK per puskesmas). `writeFormsBlind201(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Keswa } from "./evaluasi";
import { ikuKeswa, tc27Keswa } from "./renstra";
import { lkjipKeswa, pkKeswa } from "./kinerja";
import { rekapSpmOdgj } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND201_BOOKS: Array<() => BookW> = [
  e81Keswa,
  tc27Keswa,
  ikuKeswa,
  lkjipKeswa,
  pkKeswa,
  rekapSpmOdgj,
];

export function buildBlind201(): BookW[] {
  return BLIND201_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind201(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind201());
}

export { expectedJson };
