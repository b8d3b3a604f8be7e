// The hundred-and-ninth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Sumber Daya Air dan Bina Marga of Provinsi Jawa Tengah and of the (invented)
// Kabupaten Tambora Selatan in Nusa Tenggara Barat (an E.81 on irrigation, a T-C.27 for provincial
// roads and bridges, an IKU matrix, an LKjIP with two years side by side, a PK beside its Renstra, a
// recap of road and irrigation condition with two tables side by side).
// `writeFormsBlind109(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81SdaJateng } from "./evaluasi";
import { ikuSdaBmJateng, tc27BinaMargaJateng } from "./renstra";
import { lkjipTamboraSelatan, pkTamboraSelatan } from "./kinerja";
import { rekapJalanIrigasiTambora } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND109_BOOKS: Array<() => BookW> = [
  e81SdaJateng,
  tc27BinaMargaJateng,
  ikuSdaBmJateng,
  lkjipTamboraSelatan,
  pkTamboraSelatan,
  rekapJalanIrigasiTambora,
];

export function buildBlind109(): BookW[] {
  return BLIND109_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind109(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind109());
}

export { expectedJson };
