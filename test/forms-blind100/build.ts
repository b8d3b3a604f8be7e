// The hundredth set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Dinas Kepemudaan dan Olahraga of Provinsi Aceh and Provinsi Maluku (an E.81 Renja evaluation, a T-C.27
// Renstra table, a PK beside its Renstra, an LKjIP pengukuran kinerja, a Porprov medal recap per
// kabupaten/kota, a recap of bantuan prasarana olahraga). `writeFormsBlind100(dir)` writes them with
// their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DisporaMaluku } from "./evaluasi";
import { tc27DisporaAceh } from "./renstra";
import { lkjipDisporaAceh, pkDisporaMaluku } from "./kinerja";
import { medaliPorprovMaluku, prasaranaAceh } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND100_BOOKS: Array<() => BookW> = [
  e81DisporaMaluku,
  tc27DisporaAceh,
  pkDisporaMaluku,
  lkjipDisporaAceh,
  medaliPorprovMaluku,
  prasaranaAceh,
];

export function buildBlind100(): BookW[] {
  return BLIND100_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind100(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind100());
}

export { expectedJson };
