// The ninety-fourth set of unseen standard-form workbooks, written in code with the kit of test/forms:
// Dinas Pariwisata (dan Kebudayaan) of kabupaten in Daerah Istimewa Yogyakarta and Nusa Tenggara Barat
// (a monthly visitor recap, the PAD of the tourism sector per objek, an E.81 evaluation of the Renja
// 2024, a T-C.27 of a Renstra 2025-2029, a PK 2025 beside its Renstra, an LKjIP 2024 table).
// `writeFormsBlind94(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { padPariwisata, rekapKunjungan } from "./rekap";
import { e81Pariwisata } from "./evaluasi";
import { pkPariwisata, tc27Pariwisata } from "./renstra";
import { lkjipKebudayaan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND94_BOOKS: Array<() => BookW> = [
  rekapKunjungan,
  padPariwisata,
  e81Pariwisata,
  tc27Pariwisata,
  pkPariwisata,
  lkjipKebudayaan,
];

export function buildBlind94(): BookW[] {
  return BLIND94_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind94(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind94());
}

export { expectedJson };
