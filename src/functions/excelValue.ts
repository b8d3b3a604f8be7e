// What a worksheet function hands back, independent of the Excel runtime: a number, a text,
// "" for a blank-like result, or an Excel error with a message. The Excel wrapper turns
// ExcelError into CustomFunctions.Error; Node callers of `fungsi` get it as is.
import type { Hasil, ExcelErrorKind, Pesan } from "../core/indicators";

export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

export class ExcelError {
  /** Indonesian message (the default language of the add-in). */
  readonly message: string;
  readonly messageEn: string;
  constructor(
    readonly code: ExcelErrorCode,
    pesan: Pesan,
  ) {
    this.message = pesan.id;
    this.messageEn = pesan.en;
  }
  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export type ExcelValue = number | string | ExcelError;

const CODES: Record<ExcelErrorKind, ExcelErrorCode> = {
  nilai: "#VALUE!",
  "bagi-nol": "#DIV/0!",
  "tidak-tersedia": "#N/A",
  angka: "#NUM!",
};

/** Blank inputs ("not reported yet") give "", never 0. */
export function fromHasil<T extends number | string>(hasil: Hasil<T>): ExcelValue {
  if (hasil.ok) return hasil.value;
  if (hasil.error === "kosong") return "";
  return new ExcelError(CODES[hasil.error], hasil.pesan);
}

export function isExcelError(x: unknown): x is ExcelError {
  return x instanceof ExcelError;
}
