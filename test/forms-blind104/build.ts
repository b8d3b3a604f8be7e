// The hundred-and-fourth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Badan Kesatuan Bangsa dan Politik of a Jawa Tengah-like and a Sulawesi Barat-like
// province (ormas terdaftar per kabupaten / kota, bantuan keuangan partai politik, an E.81 evaluation
// of pendidikan politik and penanganan konflik sosial, a T-C.27 Renstra table, an LKjIP with two
// lower-is-better indicators, a PK beside the Renstra it quotes). `writeFormsBlind104(dir)` writes
// them with their expected.json (the format of ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { banparpolSulbar, rekapOrmasJateng } from "./rekap";
import { e81KesbangpolJateng } from "./evaluasi";
import { tc27KesbangpolSulbar } from "./renstra";
import { lkjipKesbangpolSulbar, pkKesbangpolJateng } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND104_BOOKS: Array<() => BookW> = [
  rekapOrmasJateng,
  banparpolSulbar,
  e81KesbangpolJateng,
  tc27KesbangpolSulbar,
  lkjipKesbangpolSulbar,
  pkKesbangpolJateng,
];

export function buildBlind104(): BookW[] {
  return BLIND104_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind104(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind104());
}

export { expectedJson };
