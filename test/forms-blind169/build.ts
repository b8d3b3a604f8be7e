// The hundred-sixty-ninth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Bagian Kesejahteraan Rakyat of a Setda in Nusa Tenggara Barat and Sumatera Barat
// (hibah keagamaan, rumah ibadah, MTQ / STQ, insentif guru ngaji and marbot, haji): an E.81, a
// per-kecamatan incentive recap, a T-C.27, an IKU matrix, an LKjIP measurement table and a PK with its
// Renstra. `writeFormsBlind169(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81KesraNtb, rekapInsentifNtb } from "./evaluasi";
import { ikuKesraSumbar, tc27KesraSumbar } from "./renstra";
import { lkjipKesraSumbar, pkKesraNtb } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND169_BOOKS: Array<() => BookW> = [
  e81KesraNtb,
  rekapInsentifNtb,
  tc27KesraSumbar,
  ikuKesraSumbar,
  lkjipKesraSumbar,
  pkKesraNtb,
];

export function buildBlind169(): BookW[] {
  return BLIND169_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind169(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind169());
}

export { expectedJson };
