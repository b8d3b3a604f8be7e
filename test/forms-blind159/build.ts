// The hundred-and-fifty-ninth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: two regional hospitals run as BLUD, in Jawa Timur and Kalimantan Tengah (an E.81 Renja
// evaluation with BOR and the indeks kepuasan pasien, a monthly inpatient recap with BOR, ALOS, TOI, BTO,
// NDR and GDR, a BLUD budget realisation, a T-C.27 Renstra funding table, an LKjIP measurement table and a
// PK beside its Renstra). `writeFormsBlind159(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { bludNgrowo, e81RsudNgrowo, rekapRanapKahayan } from "./layanan";
import { lkjipRsudNgrowo, pkKahayan, tc27Kahayan } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND159_BOOKS: Array<() => BookW> = [
  e81RsudNgrowo,
  rekapRanapKahayan,
  bludNgrowo,
  tc27Kahayan,
  lkjipRsudNgrowo,
  pkKahayan,
];

export function buildBlind159(): BookW[] {
  return BLIND159_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind159(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind159());
}

export { expectedJson };
