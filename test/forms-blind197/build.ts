// The 197th set of unseen standard-form workbooks, written in code with the kit of test/forms: the
// Bagian Kerja Sama of a Sekretariat Daerah in Sulawesi Tengah and Nusa Tenggara Barat (an E.81 Renja
// evaluation of kegiatan 4.01.02.2.03 Fasilitasi Kerja Sama Daerah, a recap of naskah kerja sama per
// jenis beside the serapan per sub kegiatan, a T-C.27 of the Renstra Setda 2025-2029, an IKU matrix,
// a PK 2025 with its Renstra targets, an LKjIP 2024 measurement table).
// `writeFormsBlind197(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81KerjaSama, rekapKerjaSama } from "./evaluasi";
import { ikuKerjaSama, tc27KerjaSama } from "./renstra";
import { lkjipKerjaSama, pkKerjaSama } from "./kinerja";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND197_BOOKS: Array<() => BookW> = [
  e81KerjaSama,
  rekapKerjaSama,
  tc27KerjaSama,
  ikuKerjaSama,
  pkKerjaSama,
  lkjipKerjaSama,
];

export function buildBlind197(): BookW[] {
  return BLIND197_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind197(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind197());
}

export { expectedJson };
