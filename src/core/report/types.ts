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
  /**
   * Which of its rule's declared messages `message` is (docs/aturan.md), or the engine's
   * `ruleFailed` / `columnMisread`: lets a tool group findings without reading their text.
   * Every rule's finding has one; absent on the cross-document findings of `--silang` (core/lintas).
   */
  messageId?: string;
  expected?: number | string;
  actual?: number | string;
  fix?: { value?: number | string | boolean; formula?: string };
  /** The cell of another workbook a cross-document finding compares with (`--silang`). */
  related?: { workbook: string; sheet: string; cell: string };
  /** The planner accepted this finding with a reason (the pane's "Terima dengan alasan"). */
  accepted?: { reason: string; date?: string };
};

/** Where a setting the CLI used came from: the pane's settings saved in the workbook, a flag, or the default. */
export type SettingSource = "workbook" | "flags" | "default";

/** The settings a report was checked with (CLI), and where each came from. */
export type ReportSettings = {
  metodeNegatif: "refleksi" | "rasio";
  toleransi: number;
  skalaPredikat: string;
  /** Indicator polarities chosen in the pane, by indicator key. */
  polaritas: Record<string, "positif" | "negatif">;
  source: Record<"metodeNegatif" | "toleransi" | "skalaPredikat" | "polaritas", SettingSource>;
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
  /** Stage 1-n of a disbursement in stages ("Realisasi > Tahap I | Tahap II | Jumlah"). */
  tahap?: number;
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
  /** errors, warnings and info count open findings; `accepted` the accepted ones, when any were stored. */
  summary: { tables: number; errors: number; warnings: number; info: number; accepted?: number };
  /** The settings the CLI checked with and where they came from. */
  settings?: ReportSettings;
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
