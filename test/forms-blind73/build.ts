// A seventy-fifth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the provincial Dinas Tenaga Kerja dan Transmigrasi of Sulawesi Tengah and Kalimantan
// Timur (a monthly recap of job seekers, vacancies and placements with a yearly total, a recap of BLK
// training per kejuruan, two LKjIP with the Tingkat Pengangguran Terbuka lower is better and a
// placement rate, a Renstra T-C.27 2025-2029 and an E.79 evaluation per program), in other offices,
// wordings and layouts than the earlier sets. `writeFormsBlind73(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { pelatihanBlkKaltim, pencakerBulananSulteng } from "./pasar";
import { lkjipAnggaranKaltim, lkjipTptSulteng } from "./kinerja";
import { e79RpjmdKaltim, renstraTc27Sulteng } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND73_BOOKS: Array<() => BookW> = [
  pencakerBulananSulteng,
  pelatihanBlkKaltim,
  lkjipTptSulteng,
  lkjipAnggaranKaltim,
  renstraTc27Sulteng,
  e79RpjmdKaltim,
];

export function buildBlind73(): BookW[] {
  return BLIND73_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind73(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind73());
}

export { expectedJson };
