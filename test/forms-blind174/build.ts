// The set of unseen standard-form workbooks numbered 174, written in code with the kit of test/forms: Dinas
// Koperasi, UKM dan Perdagangan offices in Jawa Barat and Nusa Tenggara Timur (an E.81 Renja evaluation with
// sertifikasi halal and UMKM go digital, a T-C.27 of the export program, an LKjIP 2024, a PK 2025 beside its
// Renstra, a per-kecamatan UMKM registration recap, IKU targets beside the pameran transactions).
// `writeFormsBlind174(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { e81KoperasiCibeber } from "./evaluasi";
import { pkRenstraLewotana, tc27EksporSabu } from "./renstra";
import { lkjipSukarajaWetan } from "./kinerja";
import { ikuPameranPasirwangi, rekapUmkmWatubala } from "./rekap";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND174_BOOKS: Array<() => BookW> = [
  e81KoperasiCibeber,
  tc27EksporSabu,
  lkjipSukarajaWetan,
  pkRenstraLewotana,
  rekapUmkmWatubala,
  ikuPameranPasirwangi,
];

export function buildBlind174(): BookW[] {
  return BLIND174_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind174(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind174());
}

export { expectedJson };
