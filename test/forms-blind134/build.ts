// The set of unseen standard-form workbooks for issue 9, blind134: the Badan Penanggulangan Bencana
// Daerah of kabupaten and a province in Nusa Tenggara Barat and Sumatera Barat (an E.81 Renja
// evaluation, a T-C.27 Renstra funding table, an IKU matrix, an LKjIP measurement, a PK with its
// Renstra, a kecamatan disaster-risk and logistics recap). `writeFormsBlind134(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bpbd } from "./evaluasi";
import { ikuBpbd, tc27Bpbd } from "./renstra";
import { lkjipBpbd, pkBpbd } from "./kinerja";
import { rekapKecamatan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND134_BOOKS: Array<() => BookW> = [
  e81Bpbd,
  tc27Bpbd,
  ikuBpbd,
  lkjipBpbd,
  pkBpbd,
  rekapKecamatan,
];

export function buildBlind134(): BookW[] {
  return BLIND134_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind134(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind134());
}

export { expectedJson };
