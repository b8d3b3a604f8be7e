// A forty-second set of unseen standard-form workbooks: revenue, population-registry and environment
// offices of Provinsi Lampung, Provinsi Jawa Barat, Kota Cigadung Raya (Jawa Barat) and Kota Tanjung
// Rangai (Lampung): a Bapenda report of pajak daerah per jenis with target murni / perubahan and
// realisation per semester, a Disdukcapil monthly issuance report with akta coverage, an SPM kesehatan
// table of twelve services, a DLH table of waste handled per month with the IKLH per year, an IKU
// matrix of a Bapenda with Formulasi as text, and a PK with its Rencana Aksi per triwulan beside the
// Renstra. `writeFormsBlind42(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { ikuBapendaJabar, pajakDaerahLampung, pkRencanaAksiLampung } from "./bapenda";
import { dokumenDukcapilCigadung, spmKesehatanCigadung } from "./layanan";
import { sampahIklhTanjungRangai } from "./lingkungan";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND42_BOOKS: Array<() => BookW> = [
  pajakDaerahLampung,
  dokumenDukcapilCigadung,
  spmKesehatanCigadung,
  sampahIklhTanjungRangai,
  ikuBapendaJabar,
  pkRencanaAksiLampung,
];

export function buildBlind42(): BookW[] {
  return BLIND42_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind42(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind42());
}

export { expectedJson };
