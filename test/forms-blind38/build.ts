// A thirty-eighth set of unseen standard-form workbooks: small provincial offices of Banten and DI
// Yogyakarta (Satpol PP, BPBD, Kesbangpol, Sekretariat DPRD, Biro Organisasi) in an IKU matrix, a
// row-wise LKjIP capaian table, a T-C.31 Renja, an E.79 RPJMD evaluation, a realisation report per sub
// kegiatan and a SAKIP recap per OPD. `writeFormsBlind38(dir)` writes them with their expected.json.
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { capaianBarisBpbd, ikuSatpolBanten } from "./iku";
import { e79Dprd, renjaKesbangpol } from "./renja";
import { lraBiroOrganisasi, rekapSakipBanten } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND38_BOOKS: Array<() => BookW> = [
  ikuSatpolBanten,
  capaianBarisBpbd,
  renjaKesbangpol,
  e79Dprd,
  lraBiroOrganisasi,
  rekapSakipBanten,
];

export function buildBlind38(): BookW[] {
  return BLIND38_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind38(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind38());
}

export { expectedJson };
