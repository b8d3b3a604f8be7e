// The hundred-ninety-eighth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Diskominfo of kabupaten and kota in Sulawesi Tengah and Nusa Tenggara Barat on statistik
// sektoral and Satu Data Indonesia (an E.81 Renja evaluation, a T-C.27 Renstra, an IKU matrix with EPSS and
// SAKIP, an LKjIP with the metadata computation, a PK with its Renstra, a recap per perangkat daerah).
// `writeFormsBlind198(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Tanjung } from "./evaluasi";
import { ikuLembahNapu, tc27Bayan } from "./renstra";
import { lkjipBayan, pkRinjani } from "./kinerja";
import { rekapTanjung } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND198_BOOKS: Array<() => BookW> = [
  e81Tanjung,
  tc27Bayan,
  ikuLembahNapu,
  lkjipBayan,
  pkRinjani,
  rekapTanjung,
];

export function buildBlind198(): BookW[] {
  return BLIND198_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind198(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind198());
}

export { expectedJson };
