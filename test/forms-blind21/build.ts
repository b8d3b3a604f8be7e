// A twenty-first set of unseen standard-form workbooks (issue 9), written in code with the kit of
// test/forms: one Bappeda's RKPD cycle in an invented Kabupaten Gamkonora (Provinsi Maluku Utara): its
// own Renja Perubahan (target and pagu before and after the amendment), its review of a Dinas
// Kesehatan's draft Renja against the Renstra (a kesesuaian % per year), the E.79 evaluation of the
// RKPD 2024 with quarters I-IV as K and Rp, the PK of a Camat with quarterly targets beside the
// Kecamatan's Renstra, a Dinas Kelautan dan Perikanan's LKjIP with capaian capped at 120 % by its
// note, and the recap of every Perangkat Daerah's DPA by sumber dana (PAD, DAU, DAK, DBH).
// `writeFormsBlind21(dir)` writes them with their expected.json (the format of
// ../shared/samples/formulir/expected.json).
import type { BookW } from "../forms/kit";
import { expectedJson, writeBooks } from "../forms/expected";
import { renjaPerubahan, reviewRenstra } from "./renja";
import { e79Rkpd } from "./evaluasi";
import { pkCamat } from "./pk";
import { lkjipDkp } from "./lkjip";
import { dpaRekap } from "./anggaran";

/** Every workbook of the set, as builders (each call builds a fresh workbook). */
export const BLIND21_BOOKS: Array<() => BookW> = [
  renjaPerubahan,
  reviewRenstra,
  e79Rkpd,
  pkCamat,
  lkjipDkp,
  dpaRekap,
];

export function buildBlind21(): BookW[] {
  return BLIND21_BOOKS.map((f) => f());
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export function writeFormsBlind21(dir: string): Promise<string[]> {
  return writeBooks(dir, buildBlind21());
}

export { expectedJson };
