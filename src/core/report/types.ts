// The JSON report contract `cermat.report/1` (docs/desain.md).
import type { Role, TableKind } from "../detect";

export type Severity = "error" | "warning" | "info";

export type Finding = {
  rule: string;
  severity: Severity;
  sheet: string;
  /** The one cell that holds the suspect value, A1 without "$". */
  cell: string;
  message: string;
  expected?: number | string;
  actual?: number | string;
  fix?: { value?: number | string | boolean; formula?: string };
  /** The cell of another workbook a cross-document finding compares with (`--silang`). */
  related?: { workbook: string; sheet: string; cell: string };
};

export type ReportColumn = {
  column: string;
  role: Role;
  year?: number;
  header: string;
  guess?: true;
  /** Quarter 1-4 of a quarterly column. */
  quarter?: number;
  /** Half-year 1-2 of a semester column. */
  semester?: number;
  /** Values "s.d." (to date) the year. */
  toDate?: true;
  /** The Renstra end-period target quoted in an evaluation form. */
  endOfPeriod?: true;
};

export type ReportTable = {
  sheet: string;
  range: string;
  headerRange: string;
  dataRange: string;
  kind: TableKind;
  title?: string;
  columns: ReportColumn[];
  notes?: string[];
  /** A row-wise table (Target / Realisasi / Capaian rows, years across) and its rows' roles. */
  orientation?: "rows";
  rows?: Array<{ row: number; role: Role }>;
  /** Rp columns in thousands ("dalam ribuan rupiah") or millions: the factor. */
  rupiahScale?: number;
};

export type Report = {
  schema: "cermat.report/1";
  workbook: string;
  tables: ReportTable[];
  findings: Finding[];
  summary: { tables: number; errors: number; warnings: number; info: number };
  hiddenSheets?: string[];
  /** How many formulas read other workbooks; their values are the ones saved in this file. */
  externalLinks?: number;
  /** What the workbook was read as (docs/lintas-dokumen.md), and the words that decided. */
  document?: {
    kind: "renstra" | "renja" | "pk" | "lkjip" | "iku" | "evaluasi" | "lainnya";
    year?: number;
    period?: [number, number];
    reason: string;
  };
};
