// The set forms-blind194 of unseen standard-form workbooks, written in code with the kit of test/forms:
// a Kecamatan as perangkat daerah (PATEN, pembinaan desa / kelurahan) in Nusa Tenggara Barat
// (Kecamatan Labuhan Selaparang, Kabupaten Sumbawa Rinjani) and Sulawesi Tengah (Kecamatan Pagimana
// Utara, Kabupaten Banggai Lalong): an E.81 of the Renja 2024, a T-C.27 of the Renstra 2025-2029, a
// PATEN recap per desa, an LKjIP 2024, a PK 2025 beside the Renstra and an IKU 2025-2029.
// `writeFormsBlind194(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Selaparang, tc27Pagimana } from "./renja";
import { rekapPatenSelaparang } from "./paten";
import { ikuPagimana, lkjipPagimana, pkSelaparang } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND194_BOOKS: Array<() => BookW> = [
  e81Selaparang,
  tc27Pagimana,
  rekapPatenSelaparang,
  lkjipPagimana,
  pkSelaparang,
  ikuPagimana,
];

export function buildBlind194(): BookW[] {
  return BLIND194_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind194(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind194());
}

export { expectedJson };
