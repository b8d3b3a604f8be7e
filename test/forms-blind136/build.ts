// The hundred-and-thirty-sixth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pekerjaan Umum dan Penataan Ruang of kabupaten in Jambi and Nusa Tenggara Timur (jalan
// kabupaten kondisi mantap, jembatan, drainase; an E.81 Renja evaluation, a T-C.27 Renstra with ordinal years, an
// LKjIP with a lower-is-better genangan indicator, a PK beside its Renstra, a DAK fisik contract-progress table and
// a recap of kondisi jalan and jembatan per kecamatan side by side). `writeFormsBlind136(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PuprJambi, tc27PuprNtt } from "./evaluasi";
import { lkjipPuprJambi, pkPuprNtt } from "./kinerja";
import { dakJalanJambi, rekapKondisiNtt } from "./dak";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND136_BOOKS: Array<() => BookW> = [
  e81PuprJambi,
  tc27PuprNtt,
  lkjipPuprJambi,
  pkPuprNtt,
  dakJalanJambi,
  rekapKondisiNtt,
];

export function buildBlind136(): BookW[] {
  return BLIND136_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind136(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind136());
}

export { expectedJson };
