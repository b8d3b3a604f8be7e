// The hundred-and-twenty-sixth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pariwisata dan Ekonomi Kreatif of kabupaten in Sumatera Utara and Sulawesi Utara
// (an E.81 evaluasi Renja with Rp per triwulan, a rekap of the retribusi tempat rekreasi per DTW, a
// T-C.27 Renstra "(dalam ribuan rupiah)", a PK 2025 beside its Renstra, an IKU matrix 2024-2026, an
// LKjIP measurement table with a lower-is-better rate). `writeFormsBlind126(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Parekraf, retribusiDtw } from "./evaluasi";
import { ikuParekraf, pkParekraf, tc27Parekraf } from "./rencana";
import { lkjipParekraf } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND126_BOOKS: Array<() => BookW> = [
  e81Parekraf,
  retribusiDtw,
  tc27Parekraf,
  pkParekraf,
  ikuParekraf,
  lkjipParekraf,
];

export function buildBlind126(): BookW[] {
  return BLIND126_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind126(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind126());
}

export { expectedJson };
