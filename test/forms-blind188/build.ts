// The set forms-blind188 of unseen standard-form workbooks, written in code with the kit of test/forms: the Dinas
// Pertanian on penyuluhan and kelembagaan petani in Kabupaten Wonoreja (Jawa Timur) and Kabupaten Lombok Selaparang
// (Nusa Tenggara Barat). `writeFormsBlind188(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Wonoreja, tc27Selaparang } from "./evaluasi";
import { ikuWonoreja, lkjipWonoreja, pkSelaparang } from "./kinerja";
import { rekapBppSelaparang } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND188_BOOKS: Array<() => BookW> = [
  e81Wonoreja,
  tc27Selaparang,
  lkjipWonoreja,
  pkSelaparang,
  ikuWonoreja,
  rekapBppSelaparang,
];

export function buildBlind188(): BookW[] {
  return BLIND188_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind188(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind188());
}

export { expectedJson };
