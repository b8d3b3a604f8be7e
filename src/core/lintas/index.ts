export { kenaliDokumen } from "./jenisDokumen";
export type { Dokumen, JenisDokumen } from "./jenisDokumen";
export { cocok, indikatorDokumen } from "./indikator";
export { kataIndikator } from "../rules/values";
export type { IndikatorDokumen, Kecocokan } from "./indikator";
export { CROSS_RULE, periksaLintas } from "./periksaLintas";
export { programDokumen } from "./program";
export type { ProgramDokumen } from "./program";
export type { DokumenLintas, LintasFinding } from "./periksaLintas";
