// The 241st set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// UPTD Laboratorium Kesehatan Daerah of two invented regions (Kabupaten Lembah Sirapu, Sumatera
// Barat; Kota Tanjung Warana, Kalimantan Selatan): sample examinations (klinik, air, makanan),
// turnaround time, KAN accreditation and retribusi layanan lab. `writeFormsBlind241(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Labkesda, tc27Labkesda } from "./evaluasi";
import { lkjipLabkesda, pkLabkesda, rekapAirKecamatan, rekapTriwulanLabkesda } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND241_BOOKS: Array<() => BookW> = [
  e81Labkesda,
  tc27Labkesda,
  lkjipLabkesda,
  pkLabkesda,
  rekapAirKecamatan,
  rekapTriwulanLabkesda,
];

export function buildBlind241(): BookW[] {
  return BLIND241_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind241(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind241());
}

export { expectedJson };
