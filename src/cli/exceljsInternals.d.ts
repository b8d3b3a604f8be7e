// The parts of exceljs (4.x) the direct reader (directRead.ts) uses so that it reads cells exactly
// as exceljs does: its date test and conversion, its text decoding, its shared-formula
// translation, its range parsing and its readers of the styles and shared strings parts.
declare module "exceljs/lib/utils/utils" {
  export function isDateFmt(fmt: string | undefined): boolean;
  export function excelToDate(v: unknown, date1904?: boolean): Date;
  export function xmlDecode(text: string): string;
}
declare module "exceljs/lib/utils/shared-formula" {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
declare module "exceljs/lib/doc/range" {
  class Range {
    constructor(...args: unknown[]);
    top: number;
    left: number;
    bottom: number;
    right: number;
    readonly range: string;
    intersects(other: Range): boolean;
  }
  export = Range;
}
declare module "exceljs/lib/xlsx/xform/style/styles-xform" {
  class StylesXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<unknown>;
    getStyleModel(id: number): Record<string, unknown> | null;
  }
  export = StylesXform;
}
declare module "exceljs/lib/xlsx/xform/strings/shared-strings-xform" {
  class SharedStringsXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<unknown>;
    model: { values: unknown[] };
  }
  export = SharedStringsXform;
}
