// The fifty-fifth set of unseen standard-form workbooks (issue 9): the Dinas Kesehatan and the Dinas
// PUPR of two invented kabupaten, one in Nias (Sumatera Utara) and one on the border of Kalimantan
// Barat: an immunisation recap per puskesmas per month, an E.80 Renstra evaluation with K / Rp per
// year, an IKU matrix with a lower-is-better DBD rate, a progress report of construction packages, a
// Renja 2025 set beside the Renstra per sub kegiatan, and a PK with its rencana aksi per triwulan.
// `writeFormsBlind55(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e80DinkesEmbaloh, ikuDinkesNias, imunisasiNias } from "./kesehatan";
import { pkAksiPuprEmbaloh, progresPuprEmbaloh, renjaPuprNias } from "./pupr";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND55_BOOKS: Array<() => BookW> = [
  imunisasiNias,
  progresPuprEmbaloh,
  e80DinkesEmbaloh,
  ikuDinkesNias,
  renjaPuprNias,
  pkAksiPuprEmbaloh,
];

export function buildBlind55(): BookW[] {
  return BLIND55_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind55(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind55());
}

export { expectedJson };
