// The seventy-seventh set of unseen standard-form workbooks, written in code with the kit of test/forms:
// the kota offices of Kalimantan Utara and Papua Barat Daya for fire and rescue and for transport: a
// recap of fire events per month and per kecamatan, a fleet and hydrant condition table, the SPM of
// the sub-urusan kebakaran, an LKjIP with a response time (lower is better), a T-C.27 Renstra of a
// Damkar and a Dinas Perhubungan's road equipment condition in two years.
// `writeFormsBlind77(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { rekapKejadian } from "./kejadian";
import { perlengkapanDishub, saranaDamkar } from "./sarana";
import { lkjipDamkar, spmKebakaran } from "./kinerja";
import { renstraDamkar } from "./renstra";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND77_BOOKS: Array<() => BookW> = [
  rekapKejadian,
  saranaDamkar,
  spmKebakaran,
  lkjipDamkar,
  renstraDamkar,
  perlengkapanDishub,
];

export function buildBlind77(): BookW[] {
  return BLIND77_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind77(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind77());
}

export { expectedJson };
