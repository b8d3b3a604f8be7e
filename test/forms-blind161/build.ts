// The blind161 set of unseen standard-form workbooks, written in code with the kit of test/forms:
// a Dinas Peternakan dan Kesehatan Hewan in Nusa Tenggara Timur and Jawa Timur (rabies vaccination of
// HPR per kecamatan, produksi daging / telur / susu, an LKjIP on IB, pedet and PMK, a PK with its
// Renstra 2025-2029, a T-C.27 with K | Rp pairs, an E.81 Renja evaluation with Triwulan I-IV).
// `writeFormsBlind161(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { produksiWengker, rabiesKecamatan } from "./ternak";
import { lkjipPacet, pkAmanuban } from "./kinerja";
import { e81Sumba, tc27Brantas } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND161_BOOKS: Array<() => BookW> = [
  rabiesKecamatan,
  produksiWengker,
  lkjipPacet,
  pkAmanuban,
  tc27Brantas,
  e81Sumba,
];

export function buildBlind161(): BookW[] {
  return BLIND161_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind161(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind161());
}

export { expectedJson };
