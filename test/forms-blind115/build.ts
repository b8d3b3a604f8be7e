// The hundred-and-fifteenth set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Dinas Sosial of Provinsi Jawa Barat and of Kabupaten Wawolesea Raya (Sulawesi
// Tenggara): an E.81 evaluation of the Renja 2024 (panti and bencana), a T-C.27 of the Renstra 2025-2029
// (DTKS, bantuan pangan, PKH, bencana), an LKjIP 2024 measurement, an IKU matrix with targets, a PK 2025
// beside its Renstra and a recap of PKH and bantuan pangan per kecamatan.
// `writeFormsBlind115(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81DinsosJabar } from "./evaluasi";
import { tc27DinsosWawolesea } from "./renstra";
import { ikuDinsosJabar, lkjipDinsosJabar, pkDinsosWawolesea } from "./kinerja";
import { rekapBansosWawolesea } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND115_BOOKS: Array<() => BookW> = [
  e81DinsosJabar,
  tc27DinsosWawolesea,
  lkjipDinsosJabar,
  ikuDinsosJabar,
  pkDinsosWawolesea,
  rekapBansosWawolesea,
];

export function buildBlind115(): BookW[] {
  return BLIND115_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind115(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind115());
}

export { expectedJson };
