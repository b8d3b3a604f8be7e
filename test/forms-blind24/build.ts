// A twenty-fourth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: Kalimantan and NTT kabupaten offices with exports from SIPD / e-Renggar-like web apps
// (one header row with abbreviations, numbers pasted as text with thousand dots): a Dinas Perkim's
// monthly realisation by sub kegiatan with Sisa Anggaran, a Dinas Kesehatan's SPM report of the
// twelve services, a DPMD's LKjIP with IFERROR capaian formulas and refleksi on the Minimal rows, a
// Dinas PUPR's T-C.29 with "Rasio Capaian pada Akhir Periode", the PK of a Kepala Badan with anggaran
// per program beside the Renstra, and a Dinas Pertanian's e-Renggar report of physical and financial
// progress, in other offices, wordings and layouts than the earlier sets.
// `writeFormsBlind24(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { erenggarPertanian, realisasiPerkim } from "./realisasi";
import { spmDinkes } from "./spm";
import { lkjipDpmd } from "./lkjip";
import { tc29Pupr } from "./renstra";
import { pkBkad } from "./pk";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND24_BOOKS: Array<() => BookW> = [
  realisasiPerkim,
  spmDinkes,
  lkjipDpmd,
  tc29Pupr,
  pkBkad,
  erenggarPertanian,
];

export function buildBlind24(): BookW[] {
  return BLIND24_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind24(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind24());
}

export { expectedJson };
