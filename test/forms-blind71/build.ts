// A seventy-first set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the provincial Dinas Perkebunan of Kalimantan Tengah and Jambi. A production recap of
// kelapa sawit rakyat per kabupaten (luas TBM / TM / TTM, produksi, produktivitas kg/ha), karet and
// kelapa dalam per kabupaten in two tables under each other, the monthly NTP of the perkebunan
// rakyat subsector with its yearly average, an LKjIP comparing 2022, 2023 and 2024, a T-C.29 review
// of the Renstra 2021-2026 with a realisasi anggaran, and a DPA summary per sub kegiatan, in other
// offices, wordings and layouts than the earlier sets. `writeFormsBlind71(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { karetKelapaJambi, ntpPerkebunanJambi, rekapSawitKalteng } from "./produksi";
import { lkjipDisbunKalteng, tc29DisbunJambi } from "./kinerja";
import { dpaDisbunKalteng } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND71_BOOKS: Array<() => BookW> = [
  rekapSawitKalteng,
  karetKelapaJambi,
  ntpPerkebunanJambi,
  lkjipDisbunKalteng,
  tc29DisbunJambi,
  dpaDisbunKalteng,
];

export function buildBlind71(): BookW[] {
  return BLIND71_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind71(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind71());
}

export { expectedJson };
