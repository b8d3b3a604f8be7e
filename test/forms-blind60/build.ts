// A sixtieth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the provincial Bappelitbangda of Kalimantan Barat (an E.79 evaluation of RPJMD
// achievement) and Sulawesi Tengah (an IKU matrix with qualitative targets, an RKPD 2026 plan with
// prakiraan maju 2027), and the Dinas Perindustrian dan Perdagangan of Kota Pardomuan in Sumatera
// Utara (a T-C.27 funding table in thousands of rupiah, a weekly market-price monitoring table and
// an industry recap per kecamatan), in other offices, wordings and layouts than the earlier sets.
// `writeFormsBlind60(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e79Kalbar, ikuSulteng } from "./rpjmd";
import { rkpdSulteng, tc27Pardomuan } from "./renja";
import { hargaPardomuan, industriPardomuan } from "./perindag";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND60_BOOKS: Array<() => BookW> = [
  e79Kalbar,
  ikuSulteng,
  rkpdSulteng,
  tc27Pardomuan,
  hargaPardomuan,
  industriPardomuan,
];

export function buildBlind60(): BookW[] {
  return BLIND60_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind60(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind60());
}

export { expectedJson };
