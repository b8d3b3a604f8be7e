// The hundred-eighty-first set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Pendidikan on PAUD and pendidikan kesetaraan in a Jawa Barat kabupaten
// (Cibeureum Girang: T-C.27 Renstra 2025-2029, PK 2025 with its Renstra, a recap per kecamatan) and a
// Sulawesi Utara kabupaten (Bolaang Timur: E.81 Renja 2024, LKjIP 2024, IKU 2022-2026).
// `writeFormsBlind181(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PaudBolaangTimur, rekapPaudCibeureum } from "./evaluasi";
import { ikuPaudBolaangTimur, tc27PaudCibeureum } from "./renstra";
import { lkjipPaudBolaangTimur, pkPaudCibeureum } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND181_BOOKS: Array<() => BookW> = [
  e81PaudBolaangTimur,
  tc27PaudCibeureum,
  lkjipPaudBolaangTimur,
  pkPaudCibeureum,
  ikuPaudBolaangTimur,
  rekapPaudCibeureum,
];

export function buildBlind181(): BookW[] {
  return BLIND181_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind181(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind181());
}

export { expectedJson };
