// The hundred-and-eighty-third set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas PUPR on air limbah domestik and drainase perkotaan in Sumatera Utara and a
// Jawa Timur kota (an E.81 Renja evaluation with K | Rp pairs, a T-C.27 with ordinal years in ribuan
// rupiah, an LKjIP measurement with Rata-rata and Predikat, a PK with its Renstra, an IKU matrix and a
// sanitasi / drainase recap per kecamatan side by side). `writeFormsBlind183(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81PuprKotaWlingi } from "./evaluasi";
import { ikuPuprHumbangToba, tc27PuprAngkolaJulu } from "./renstra";
import { lkjipPuprWlingirejo, pkPuprTapanuliHilir } from "./kinerja";
import { rekapSanitasiDrainaseWlingirejo } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND183_BOOKS: Array<() => BookW> = [
  e81PuprKotaWlingi,
  tc27PuprAngkolaJulu,
  lkjipPuprWlingirejo,
  pkPuprTapanuliHilir,
  ikuPuprHumbangToba,
  rekapSanitasiDrainaseWlingirejo,
];

export function buildBlind183(): BookW[] {
  return BLIND183_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind183(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind183());
}

export { expectedJson };
