// The 349th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// DPMPTSP (Kabupaten Lembah Siraya, Sulawesi Tengah; Kota Batu Ampar Raya, Kalimantan Timur) on
// realisasi investasi PMA dan PMDN, izin terbit melalui OSS, waktu layanan perizinan and IKM.
// `writeFormsBlind349(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Dpmptsp, lkjipDpmptsp, tc27Dpmptsp } from "./evaluasi";
import { pkDpmptsp, rekapInvestasi, rekapOss } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND349_BOOKS: Array<() => BookW> = [
  e81Dpmptsp,
  tc27Dpmptsp,
  lkjipDpmptsp,
  pkDpmptsp,
  rekapInvestasi,
  rekapOss,
];

export function buildBlind349(): BookW[] {
  return BLIND349_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind349(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind349());
}

export { expectedJson };
