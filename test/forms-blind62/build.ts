// A sixty-second set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: kota offices of Sulawesi Barat and Jawa Tengah. The Kecamatan Passauang of Kota
// Mamaruang (a Renja 2026 in T-C.31 shape, an E.81 with K / Rp per triwulan, a Dana Kelurahan
// realisation recap per kelurahan in two tahap), the Dinas Kebudayaan of Kota Karangsoka (a cagar
// budaya recap per kecamatan, a pengukuran kinerja with refleksi) and the Dinas Pertanahan of Kota
// Karangsoka (a Renstra T-C.27 2025-2029 in millions of rupiah), in other offices, wordings and
// layouts than the earlier sets. `writeFormsBlind62(dir)` writes them with their expected.json (the
// format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { renjaPassauang, tc27Pertanahan } from "./renja";
import { capaianKebudayaan, e81Passauang } from "./kinerja";
import { danaKelurahanPassauang, rekapCagarBudaya } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND62_BOOKS: Array<() => BookW> = [
  renjaPassauang,
  e81Passauang,
  rekapCagarBudaya,
  tc27Pertanahan,
  danaKelurahanPassauang,
  capaianKebudayaan,
];

export function buildBlind62(): BookW[] {
  return BLIND62_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind62(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind62());
}

export { expectedJson };
