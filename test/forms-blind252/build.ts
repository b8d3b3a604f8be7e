// The 252nd set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// UPTD Taman Hutan Raya / kebun raya of Kabupaten Tanah Rengas (Kalimantan Barat) and Kota Bukit
// Talang (Bengkulu): visitors, plant collections, retribusi masuk, patrols and hotspots.
// `writeFormsBlind252(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Tahura, tc27KebunRaya } from "./evaluasi";
import { lkjipTahura, patroliKoleksi, pkKebunRaya, rekapKunjungan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND252_BOOKS: Array<() => BookW> = [
  e81Tahura,
  tc27KebunRaya,
  lkjipTahura,
  pkKebunRaya,
  rekapKunjungan,
  patroliKoleksi,
];

export function buildBlind252(): BookW[] {
  return BLIND252_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind252(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind252());
}

export { expectedJson };
