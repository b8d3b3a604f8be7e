// The package's main module for Node: the worksheet functions by their Excel names (`fungsi`),
// and the host-free engine they stand on.
export { fungsi } from "./functions/fungsi";
export type { NamaFungsi } from "./functions/fungsi";
export { ExcelError, isExcelError } from "./functions/excelValue";
export type { ExcelValue, ExcelErrorCode } from "./functions/excelValue";
export { KATALOG } from "./functions/katalog";
export * as indikator from "./core/indicators";
export * as angka from "./core/numbers";
export { Grid, gridFromRows } from "./core/grid";
export { detectTables } from "./core/detect";
export { runRules, RULES, DEFAULT_SETTINGS } from "./core/rules";
export { buildReport, formatText } from "./core/report";
export type { Report, Finding } from "./core/report";
export { readWorkbook, InputError } from "./cli/readWorkbook";
export { checkFile } from "./cli/main";
