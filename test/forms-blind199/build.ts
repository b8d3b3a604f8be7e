// The hundred-and-ninety-ninth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Perhubungan of kabupaten in Jawa Tengah and Sulawesi Selatan on penerangan
// jalan umum (rekening listrik PJU, PBJT tenaga listrik) and perlengkapan jalan (rambu, APILL, marka):
// a rekening PJU recap per kecamatan, a quarterly PBJT vs tagihan PJU table, an LKjIP, a PK with the
// Renstra 2025-2029, an E.81 and a T-C.27. `writeFormsBlind199(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pajakPju, rekeningPju } from "./pju";
import { lkjipPju, pkPju } from "./kinerja";
import { e81Dishub, tc27Dishub } from "./evaluasi";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND199_BOOKS: Array<() => BookW> = [
  rekeningPju,
  pajakPju,
  lkjipPju,
  pkPju,
  e81Dishub,
  tc27Dishub,
];

export function buildBlind199(): BookW[] {
  return BLIND199_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind199(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind199());
}

export { expectedJson };
