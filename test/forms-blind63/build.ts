// A sixty-third set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: provincial and kabupaten offices of Kepulauan Riau and Sulawesi Tenggara revising their
// plans mid-year. The Dinas Perhubungan of Kabupaten Kepulauan Tambelau (a DPPA Perubahan 2024,
// Sebelum | Setelah Perubahan with Bertambah / (Berkurang)), the Dinas Kesehatan of Kabupaten
// Wawoluri (a Renja Perubahan "Semula" | "Menjadi"), the DKP of Provinsi Sulawesi Tenggara (a PK
// Perubahan 2024 beside its Renstra targets), the Dinas Pariwisata of Kabupaten Mandoweri (an LKjIP
// 2024 with realisasi 2022 .. 2024 and the target akhir RPJMD 2026), the Dinas PUPR of Provinsi
// Kepulauan Riau (monthly progress of Triwulan III) and the Bappelitbangda of Kabupaten Kepulauan
// Tambelau (a DAK Fisik recap per bidang), in other offices, wordings and layouts than the earlier
// sets. `writeFormsBlind63(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { dppaDishubTambelau, renjaPerubahanDinkesWawoluri } from "./renja";
import { lkjipPariwisataMandoweri, pkPerubahanDkpSultra } from "./kinerja";
import { progresPuprKepri, rekapDakTambelau } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND63_BOOKS: Array<() => BookW> = [
  dppaDishubTambelau,
  renjaPerubahanDinkesWawoluri,
  pkPerubahanDkpSultra,
  lkjipPariwisataMandoweri,
  progresPuprKepri,
  rekapDakTambelau,
];

export function buildBlind63(): BookW[] {
  return BLIND63_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind63(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind63());
}

export { expectedJson };
