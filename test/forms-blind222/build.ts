// The 222nd set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// invented Dinas Kesehatan (Sumatera Barat, Sulawesi Tenggara) on gizi masyarakat: PMT balita gizi
// kurang and ibu hamil KEK, vitamin A, tablet tambah darah remaja putri. `writeFormsBlind222(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Gizi, lkjipGizi, tc27Gizi } from "./evaluasi";
import { pkGizi, rekapPmt, vitaTtd } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND222_BOOKS: Array<() => BookW> = [e81Gizi, tc27Gizi, lkjipGizi, pkGizi, rekapPmt, vitaTtd];

export function buildBlind222(): BookW[] {
  return BLIND222_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind222(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind222());
}

export { expectedJson };
