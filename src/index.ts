// The package's main module for Node: the worksheet functions by their Excel names (`fungsi`),
// and the host-free engine they stand on.
export { fungsi } from "./functions/fungsi";
export type { NamaFungsi } from "./functions/fungsi";
export { ExcelError, isExcelError } from "./functions/excelValue";
export type { ExcelValue, ExcelErrorCode } from "./functions/excelValue";
export { KATALOG } from "./functions/katalog";
export * as indikator from "./core/indicators";
export * as angka from "./core/numbers";
