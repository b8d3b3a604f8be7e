// The hundred-and-eighty-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Sosial on rehabilitasi sosial in and outside panti (lansia terlantar, penyandang
// disabilitas, anak terlantar, gelandangan pengemis, ODGJ terlantar; SPM sosial) in DI Yogyakarta and a
// Papua Barat Daya kabupaten. `writeFormsBlind187(dir)` writes them with their expected.json (the format
// of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DinsosGunungSewu } from "./evaluasi";
import { tc27DinsosMayalibit } from "./renstra";
import { ikuDinsosDiy, lkjipDinsosDiy, pkDinsosPbd } from "./kinerja";
import { rekapSpmProgoWetan } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND187_BOOKS: Array<() => BookW> = [
  e81DinsosGunungSewu,
  tc27DinsosMayalibit,
  lkjipDinsosDiy,
  pkDinsosPbd,
  ikuDinsosDiy,
  rekapSpmProgoWetan,
];

export function buildBlind187(): BookW[] {
  return BLIND187_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind187(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind187());
}

export { expectedJson };
