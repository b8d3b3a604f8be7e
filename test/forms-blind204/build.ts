// The two-hundred-and-fourth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: a Dinas Kelautan dan Perikanan on usaha garam rakyat and pengolahan / pemasaran hasil
// perikanan in Jawa Timur (Kabupaten Pasir Kalang) and Nusa Tenggara Timur (Kabupaten Nembrala Raya):
// an E.81 Renja evaluation, a T-C.27 Renstra funding table, an LKjIP measurement table, a PK with its
// Renstra targets, an IKU matrix and a recap of garam production per kecamatan.
// `writeFormsBlind204(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Olahan, tc27Garam } from "./evaluasi";
import { ikuDkp, lkjipDkp, pkDkp } from "./kinerja";
import { rekapGaram } from "./garam";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND204_BOOKS: Array<() => BookW> = [e81Olahan, tc27Garam, lkjipDkp, pkDkp, ikuDkp, rekapGaram];

export function buildBlind204(): BookW[] {
  return BLIND204_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind204(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind204());
}

export { expectedJson };
