// The hundred-and-forty-fifth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pemuda dan Olahraga and the Dinas Pariwisata of kabupaten in Kalimantan Tengah and
// Sulawesi Tenggara (an E.81 Renja evaluation, a T-C.27 Renstra, an LKjIP measurement table, a PK with its
// Renstra, an IKU matrix, and a cabang olahraga medal recap of the Porprov).
// `writeFormsBlind145(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dispora, tc27Dispora } from "./evaluasi";
import { ikuDispar, lkjipDispora, pkDispar } from "./kinerja";
import { medaliCabor } from "./medali";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND145_BOOKS: Array<() => BookW> = [
  e81Dispora,
  tc27Dispora,
  lkjipDispora,
  pkDispar,
  ikuDispar,
  medaliCabor,
];

export function buildBlind145(): BookW[] {
  return BLIND145_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind145(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind145());
}

export { expectedJson };
