// The 283rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented Dinas Perindustrian (Lembah Serayu Timur, Jawa Tengah; Kota Tanjung Batuah, Kalimantan
// Selatan) on sentra IKM, sertifikasi SNI and halal, nilai produksi, tenaga kerja IKM and kawasan
// industri. `writeFormsBlind283(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Perindustrian, tc27Perindustrian } from "./evaluasi";
import {
  lkjipPerindustrian,
  pkPerindustrian,
  rekapSentraKecamatan,
  rekapSertifikasiTriwulan,
} from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND283_BOOKS: Array<() => BookW> = [
  e81Perindustrian,
  tc27Perindustrian,
  lkjipPerindustrian,
  pkPerindustrian,
  rekapSentraKecamatan,
  rekapSertifikasiTriwulan,
];

export function buildBlind283(): BookW[] {
  return BLIND283_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind283(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind283());
}

export { expectedJson };
