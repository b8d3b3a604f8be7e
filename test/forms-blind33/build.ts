// A thirty-third set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: offices of the new provinces Papua Pegunungan and Papua Tengah and their first
// documents (a first Renstra T-C.27 whose kondisi awal is '-', 'n/a' or 'belum ada data', a Renja
// with sub kegiatan per distrik, a Sekretaris Daerah's PK with qualitative and numeric targets, an
// LKjIP whose realisations carry their units in the cell, an RKPD evaluation with quarterly Rp only
// and a 'Rata-rata capaian' footer, a Dinas Perhubungan IKU with load factor and travel time).
// `writeFormsBlind33(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { renstraPerdana } from "./renstra";
import { renjaDistrik } from "./renja";
import { pkSekda } from "./pk";
import { lkjipBersatuan } from "./lkjip";
import { evaluasiRkpd } from "./rkpd";
import { ikuDishub } from "./iku";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND33_BOOKS: Array<() => BookW> = [
  renstraPerdana,
  renjaDistrik,
  pkSekda,
  lkjipBersatuan,
  evaluasiRkpd,
  ikuDishub,
];

export function buildBlind33(): BookW[] {
  return BLIND33_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind33(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind33());
}

export { expectedJson };
