// The 299th set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Lingkungan Hidup (Sumatera Barat, Kalimantan Selatan) on waste management: Jakstrada
// pengurangan / penanganan, TPS3R, bank sampah, TPA, timbulan per kecamatan and retribusi
// persampahan. `writeFormsBlind299(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Sampah, lkjipSampah, tc27Sampah } from "./evaluasi";
import { pkSampah, rekapTimbulan, retribusiSampah } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND299_BOOKS: Array<() => BookW> = [
  e81Sampah,
  tc27Sampah,
  lkjipSampah,
  pkSampah,
  rekapTimbulan,
  retribusiSampah,
];

export function buildBlind299(): BookW[] {
  return BLIND299_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind299(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind299());
}

export { expectedJson };
