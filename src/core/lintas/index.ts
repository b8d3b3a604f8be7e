export { kenaliDokumen } from "./jenisDokumen";
export type { Dokumen, JenisDokumen } from "./jenisDokumen";
export { cocok, indikatorDokumen, kataIndikator } from "./indikator";
export type { IndikatorDokumen, Kecocokan } from "./indikator";
export { CROSS_RULE, periksaLintas } from "./periksaLintas";
export type { DokumenLintas, LintasFinding } from "./periksaLintas";
