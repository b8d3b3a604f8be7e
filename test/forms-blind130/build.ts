// The hundred-and-thirty-second set of unseen standard-form workbooks, written in code with the kit of
// test/forms: the Sekretariat DPRD and the Bagian Organisasi Setda on reformasi birokrasi, SAKIP and SPIP
// in Jawa Tengah and Maluku Utara (an E.81 evaluasi Renja, a T-C.27 Renstra funding table, an LKjIP
// measurement table, a PK beside its Renstra, an IKU matrix, a recap of nilai AKIP per Perangkat Daerah).
// `writeFormsBlind130(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81Organisasi, lkjipSetwan } from "./evaluasi";
import { ikuOrganisasi, pkSetwan, tc27Organisasi } from "./renstra";
import { rekapAkipWeda } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND130_BOOKS: Array<() => BookW> = [
  e81Organisasi,
  tc27Organisasi,
  lkjipSetwan,
  pkSetwan,
  ikuOrganisasi,
  rekapAkipWeda,
];

export function buildBlind130(): BookW[] {
  return BLIND130_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind130(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind130());
}

export { expectedJson };
