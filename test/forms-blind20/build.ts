// A twentieth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the small offices a kabupaten also receives tables from, all in one invented Kabupaten
// Sumberkarta: a Kecamatan's Renja with kelurahan rows that carry their own pagu, an RSUD's BLUD
// pendapatan and belanja side by side on one sheet, a Badan Pendapatan's tax target and realisation by
// type, an Inspektorat's LKjIP with indices and SAKIP letters, a Dinas Pertanian's E.81 (Renja part)
// with tons and ku/ha, and a Dinas Lingkungan Hidup's Renstra targets with a baseline and a Target
// Akhir beside its PK 2025. `writeFormsBlind20(dir)` writes them with their expected.json (the format
// of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { renjaWanasigra } from "./renja";
import { bludSekarMelati, pajakSumberkarta } from "./anggaran";
import { lkjipInspektorat } from "./lkjip";
import { e81Pertanian } from "./evaluasi";
import { renstraDlh } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND20_BOOKS: Array<() => BookW> = [
  renjaWanasigra,
  bludSekarMelati,
  pajakSumberkarta,
  lkjipInspektorat,
  e81Pertanian,
  renstraDlh,
];

export function buildBlind20(): BookW[] {
  return BLIND20_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind20(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind20());
}

export { expectedJson };
