// Siap kirim's rewriter (core/formulas) with the IKU functions it knows: each definition's
// plain-Excel rewrite, arity and element-wise parameters. A function cannot be added without a
// rewrite: `rumus` is a required part of its definition.
import { argumenPerSel, toPlainFormula as tulis, ukuranHasil as ukuran } from "../core/formulas";
import type { DaftarRumus, OpsiRumus, PlainResult } from "../core/formulas";
import { DEFINISI } from "./definitions";
import type { NamaFungsi } from "./fungsi";

export const DAFTAR_RUMUS: DaftarRumus = Object.fromEntries(DEFINISI.map((d) => [d.nama, d]));

/** The IKU functions Siap kirim rewrites (the names after "IKU."). */
export const FUNGSI_IKU: readonly NamaFungsi[] = DEFINISI.map((d) => d.nama);

/** The arguments each custom function maps cell by cell: they decide the spill. */
export const ARGUMEN_PER_SEL: Readonly<Record<string, readonly number[]>> = Object.fromEntries(
  DEFINISI.map((d) => [d.nama, argumenPerSel(d)]),
);

/** Rewrites every IKU.* call of a formula into plain Excel (core/formulas/plainFormula.ts). */
export const toPlainFormula = (formula: string, opsi: OpsiRumus = {}): PlainResult =>
  tulis(formula, DAFTAR_RUMUS, opsi);

/** How many rows and columns a formula's result covers (core/formulas/plainFormula.ts). */
export const ukuranHasil = (formula: string): { rows: number; cols: number } | undefined =>
  ukuran(formula, DAFTAR_RUMUS);
