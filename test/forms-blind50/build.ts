// A fiftieth set of unseen standard-form workbooks: the Dinas Pemberdayaan Masyarakat dan Desa,
// Dinas Tenaga Kerja and Badan Kepegawaian of invented kabupaten of Sulawesi Tengah and Papua
// Selatan: a Dana Desa disbursement recap per desa in tahap I / II / III, an IKU matrix 2025-2029, a
// Renja T-C.30-like table with pagu indikatif and a prakiraan maju, an LKjIP table with three years
// of realisation, a Perjanjian Kinerja of the kepala badan beside its Renstra, and a staff-training
// recap per jenis diklat per triwulan. `writeFormsBlind50(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { danaDesaPalolo, diklatKimaam } from "./desa";
import { renjaNakerMuting } from "./renja";
import { ikuMutingRaya, lkjipBkpsdmTojo, pkKepalaBkpsdmTojo } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND50_BOOKS: Array<() => BookW> = [
  danaDesaPalolo,
  ikuMutingRaya,
  renjaNakerMuting,
  lkjipBkpsdmTojo,
  pkKepalaBkpsdmTojo,
  diklatKimaam,
];

export function buildBlind50(): BookW[] {
  return BLIND50_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind50(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind50());
}

export { expectedJson };
