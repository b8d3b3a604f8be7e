// The hundred-thirty-fourth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pendidikan of kabupaten in Sumatera Selatan and Papua Barat on PAUD and SD/SMP,
// BOSDA and school rehabilitation (a T-C.27 Renstra with funding in thousands, a PK beside its Renstra,
// a BOSDA recap per kecamatan, an E.81-like Renja evaluation, an LKjIP measurement table, an IKU
// matrix). `writeFormsBlind132(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pkDisdik, tc27Disdik } from "./renstra";
import { bosdaKecamatan, e81Disdik } from "./anggaran";
import { ikuDisdik, lkjipDisdik } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND132_BOOKS: Array<() => BookW> = [
  tc27Disdik,
  pkDisdik,
  bosdaKecamatan,
  e81Disdik,
  lkjipDisdik,
  ikuDisdik,
];

export function buildBlind132(): BookW[] {
  return BLIND132_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind132(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind132());
}

export { expectedJson };
