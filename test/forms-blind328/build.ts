// The 328th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Kecamatan (Gunungwangi, Kabupaten Lembah Sari, Jawa Tengah; Bayu Utara, Kota Tanjung Bayu, Kalimantan
// Timur) on PATEN, layanan adminduk, musrenbang, PBB-P2 and pembinaan desa. `writeFormsBlind328(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Gunungwangi, lkjipGunungwangi, tc27BayuUtara } from "./renja";
import { patenBayuUtara, pbbGunungwangi, pkBayuUtara } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND328_BOOKS: Array<() => BookW> = [
  e81Gunungwangi,
  tc27BayuUtara,
  lkjipGunungwangi,
  pkBayuUtara,
  pbbGunungwangi,
  patenBayuUtara,
];

export function buildBlind328(): BookW[] {
  return BLIND328_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind328(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind328());
}

export { expectedJson };
