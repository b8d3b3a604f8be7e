// The seventy-seventh set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the provincial Dinas Kehutanan of Kalimantan Selatan and Sulawesi Barat with their KPH
// units (a rehabilitation recap per KPH, a hotspot / burnt-area recap per kabupaten and month, an
// LKjIP with lahan kritis and kawasan dikelola, a quarterly report, a retribusi / PAD realisation and a
// T-C.29 review of the Renstra). `writeFormsBlind75(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { hotspotSulbar, rhlKalsel } from "./rehab";
import { lkjipKalsel, triwulanSulbar } from "./lkjip";
import { pnbpSulbar, tc29Kalsel } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND75_BOOKS: Array<() => BookW> = [
  rhlKalsel,
  hotspotSulbar,
  lkjipKalsel,
  triwulanSulbar,
  pnbpSulbar,
  tc29Kalsel,
];

export function buildBlind75(): BookW[] {
  return BLIND75_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind75(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind75());
}

export { expectedJson };
