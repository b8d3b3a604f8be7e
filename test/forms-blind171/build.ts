// The set of unseen standard-form workbooks "forms-blind171", written in code with the kit of test/forms:
// the kefarmasian and alat kesehatan of Dinas Kesehatan in Jawa Tengah and Maluku Utara (a per-puskesmas
// recap of the 40 item obat indikator and the stock in months of use, an LKjIP 2024 with the antibiotik
// rates lower is better, a PK 2025 beside the Renstra 2025-2029, a T-C.27 "(dalam ribuan rupiah)", an
// E.81-like evaluation with triwulan K | Rp pairs, an IKU matrix 2025-2029).
// `writeFormsBlind171(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { lkjipGamkonora, pkSindoro, rekapStokSindoro } from "./farmasi";
import { e81MerbabuWetan, ikuKaoTeluk, tc27ObiRaya } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND171_BOOKS: Array<() => BookW> = [
  rekapStokSindoro,
  lkjipGamkonora,
  pkSindoro,
  tc27ObiRaya,
  e81MerbabuWetan,
  ikuKaoTeluk,
];

export function buildBlind171(): BookW[] {
  return BLIND171_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind171(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind171());
}

export { expectedJson };
