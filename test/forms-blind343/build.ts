// The 343rd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Badan Pendapatan Daerah (Kabupaten Lembah Sari Jaya, Sulawesi Tengah; Kota Teluk Damar, Nusa
// Tenggara Barat) on pajak daerah per jenis, PBB-P2, BPHTB, retribusi and tunggakan.
// `writeFormsBlind343(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Bapenda, lkjipBapenda, tc27Bapenda } from "./evaluasi";
import { pkBapenda, rekapPajakJenis, tunggakanRetribusi } from "./pendapatan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND343_BOOKS: Array<() => BookW> = [
  e81Bapenda,
  tc27Bapenda,
  lkjipBapenda,
  pkBapenda,
  rekapPajakJenis,
  tunggakanRetribusi,
];

export function buildBlind343(): BookW[] {
  return BLIND343_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind343(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind343());
}

export { expectedJson };
