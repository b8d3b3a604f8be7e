// The 261st set of unseen standard-form workbooks, written in code with the kit of test/forms: two
// Dinas Kesehatan (Maluku Utara, Nusa Tenggara Barat) on malaria elimination and kusta (P2P): API per
// 1.000, prevalensi kusta, kasus per puskesmas, desa reseptif, kelambu dibagikan. `writeFormsBlind261(dir)`
// writes them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Malaria, tc27Malaria } from "./evaluasi";
import { kustaKelambu, lkjipMalaria, pkMalaria, rekapMalariaPuskesmas } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND261_BOOKS: Array<() => BookW> = [
  e81Malaria,
  tc27Malaria,
  lkjipMalaria,
  pkMalaria,
  rekapMalariaPuskesmas,
  kustaKelambu,
];

export function buildBlind261(): BookW[] {
  return BLIND261_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind261(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind261());
}

export { expectedJson };
