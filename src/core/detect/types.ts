import type { RangeRef } from "../grid";

import type { Role } from "./peran";
export type { Role } from "./peran";

export type TableKind = "kinerja" | "iku" | "anggaran" | "program" | "lainnya";

export type RowKind =
  | "section"
  | "indikator"
  | "indikator-lanjutan"
  | "total"
  | "komponen"
  | "rata-rata"
  | "predikat"
  | "program"
  | "kegiatan"
  | "sub-kegiatan";

export type DetectedColumn = {
  col: number;
  role: Role;
  year?: number;
  /** K (kinerja) or Rp (money) where the header pairs them per year. */
  ukuran?: "K" | "Rp";
  /** The full header path, "Target Kinerja > 2024 > Rp". */
  header: string;
  /** false when the role is a guess (no header word named it): say so in the report. */
  certain: boolean;
  /** Quarter 1-4 of a quarterly column ("Realisasi pada Triwulan > II"). */
  quarter?: number;
  /** Half-year 1-2 of a semester column ("Realisasi Anggaran > Semester I"). */
  semester?: number;
  /** One month's own value ("Realisasi Keuangan > Bulan Ini"): a part of the year, like a quarter. */
  month?: true;
  /** Stage 1-n of a disbursement in stages ("Realisasi > Tahap I | Tahap II | Jumlah"): a part of the year. */
  tahap?: number;
  /** Values "s.d." (to date) the year: cumulative since the start of the Renstra period. */
  toDate?: boolean;
  /** The Renstra end-period target quoted in an evaluation form. */
  endOfPeriod?: boolean;
  /**
   * A reading offered in the report for a column of no role, never acted on by a rule: a one-year
   * recap's measured figure as that year's realisation (./tebakanRekap).
   */
  tebakan?: { role: Role; year?: number };
};

export type DetectedRow = {
  row: number;
  kind: RowKind;
  /** Numbering or code of the row ("1.", "1.1", "1.06.01.2.01"), when it has one. */
  label?: string;
  /** Row of the parent (section, program, kegiatan, "1." over "1.1"), when there is one. */
  parent?: number;
  /** Indicator text; for rows under a merged cell, the merged text. */
  indikator?: string;
  /** In a row-wise table: what the row holds (target, realisasi, capaian). */
  role?: Role;
};

export type DetectedTable = {
  sheet: string;
  range: RangeRef;
  headerRange: RangeRef;
  dataRange: RangeRef;
  /** The row of column numbers 1 2 3 ... under the header, when present. */
  numberRow?: number;
  /** Header rows repeated further down (printed page breaks), skipped as data. */
  repeatedHeaderRows: number[];
  titleRows: number[];
  title?: string;
  kind: TableKind;
  columns: DetectedColumn[];
  rows: DetectedRow[];
  notes: string[];
  /**
   * "rows" for a row-wise table (an "Uraian" column with Target / Realisasi / Capaian rows, years
   * across); its rows carry `role` and the year columns `year`.
   */
  orientation?: "rows";
  /** Rp columns written in thousands ("(dalam ribuan rupiah)", "Rp 000"): the factor. */
  skalaRupiah?: number;
};
