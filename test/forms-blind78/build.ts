// The seventy-eighth set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: the provincial Dinas Pemuda dan Olahraga of Sumatera Selatan and Gorontalo (a medal recap
// per cabang olahraga at PON XXI, a PORPROV medal table per contingent, a recap of sport facilities per
// kabupaten by condition, an IKU matrix with 'Indeks Pembangunan Pemuda', a Perjanjian Kinerja with its
// budget beside the Renstra, and a Renja with pagu indikatif per sub kegiatan), in other offices,
// wordings and layouts than the earlier sets. `writeFormsBlind78(dir)` writes them with their
// expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { klasemenPorprovGorontalo, medaliPonSumsel } from "./medali";
import { prasaranaSumsel } from "./prasarana";
import { ikuDisporaGorontalo, pkDisporaSumsel } from "./iku";
import { renjaDisporaGorontalo } from "./renja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND78_BOOKS: Array<() => BookW> = [
  medaliPonSumsel,
  klasemenPorprovGorontalo,
  prasaranaSumsel,
  ikuDisporaGorontalo,
  pkDisporaSumsel,
  renjaDisporaGorontalo,
];

export function buildBlind78(): BookW[] {
  return BLIND78_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind78(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind78());
}

export { expectedJson };
