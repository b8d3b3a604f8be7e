// Shared by text-number, number-scale, predikat-mismatch and missing-value: which columns hold
// numbers, which columns measure the same thing, and a percentage cell read as printed.
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import type { Pesan } from "../indicators";
import { barisNilai, decimalsOfFormat, numAt } from "./values";
import type { Num } from "./values";
import { NUMERIC_ROLES, TEXT_ROLES } from "../detect/peran";

export { NUMERIC_ROLES, namaPeran } from "../detect/peran";

/** A column of numbers: a numeric role, or a column headed by a year that names no text role. */
export function isKolomAngka(c: DetectedColumn): boolean {
  if (NUMERIC_ROLES.has(c.role)) return true;
  return c.year !== undefined && !TEXT_ROLES.has(c.role);
}

/**
 * A column whose header names no role but whose body is typed numbers (at least three, and four in
 * five of its filled cells): "Jumlah Nilai Persepsi" of a satisfaction survey.
 */
export function kolomAngkaTersirat(table: DetectedTable, grid: Grid, c: DetectedColumn): boolean {
  if (c.role !== "lainnya") return false;
  let angka = 0;
  let isi = 0;
  for (const r of barisNilai(table)) {
    const v = grid.value(r.row, c.col);
    if (v === null || (typeof v === "string" && !v.trim())) continue;
    isi++;
    if (typeof v === "number" && !grid.formula(r.row, c.col)) angka++;
  }
  return angka >= 3 && angka * 5 >= isi * 4;
}

/** Money (Rp) or performance (K): anggaran columns and Rp leaves are money. */
export function isUang(c: DetectedColumn): boolean {
  return c.ukuran === "Rp" || c.role === "anggaran" || c.role === "realisasi-anggaran";
}

/** Does a cell's number format show percentages ("0.00%")? */
export function formatPersen(grid: Grid, row: number, col: number): boolean {
  const fmt = grid.cell(row, col)?.numFmt;
  return (
    !!fmt &&
    fmt
      .split(";")[0]
      .replace(/"[^"]*"/g, "")
      .includes("%")
  );
}

/**
 * numAt for a percentage, read as Excel shows it: a cell formatted "0.00%" holds 0,9016 for
 * 90,16 %, with the format's decimals (2) as the printed ones. The one reader of percentages.
 */
export function persenAt(grid: Grid, row: number, col: number): Num | undefined {
  const n = numAt(grid, row, col);
  if (!n || n.text || !formatPersen(grid, row, col)) return n;
  const fmt = grid.cell(row, col)?.numFmt ?? "";
  return { ...n, value: n.value * 100, decimals: decimalsOfFormat(fmt) ?? Math.max(0, n.decimals - 2) };
}

/** The factor persenAt applies to a cell's stored number: 100 for a cell formatted as a percentage. */
export function skalaPersen(grid: Grid, row: number, col: number): number {
  const n = numAt(grid, row, col);
  return n && !n.text && formatPersen(grid, row, col) ? 100 : 1;
}

/** Is a column blank in every body row (a year not reached yet in a plan)? */
export function kolomKosong(table: DetectedTable, grid: Grid, col: number): boolean {
  return table.rows.every((r) => grid.isBlank(r.row, col));
}

// Up to six decimals: "1,092" must not print as "1,09" when the point is the question.
const ID_PENUH = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 6 });
const EN_PENUH = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
export function angkaPenuhId(v: number): string {
  return ID_PENUH.format(v);
}
export function angkaPenuhEn(v: number): string {
  return EN_PENUH.format(v);
}
/** The same as a message's piece in both languages (./messages formats numbers to two decimals). */
export function angkaPenuh(v: number): Pesan {
  return { id: angkaPenuhId(v), en: angkaPenuhEn(v) };
}

/** Does x lie within half the smallest and twice the largest of `ref` (absolute values)? */
export function sekitar(x: number, ref: readonly number[]): boolean {
  if (ref.length === 0) return false;
  const abs = ref.map(Math.abs);
  return Math.abs(x) >= Math.min(...abs) / 2 && Math.abs(x) <= Math.max(...abs) * 2;
}

/**
 * Columns whose values are of one magnitude in a row: money, achievements (%), growth rates, and
 * the performance values (kondisi awal, targets, realisations, kondisi akhir) of one indicator.
 */
export function keluarga(c: DetectedColumn): "uang" | "capaian" | "pertumbuhan" | "kinerja" {
  // a ratio or a growth rate of the Rp ("Serapan (%)", "Pertumbuhan > Anggaran") is a percentage
  if (c.role === "capaian") return "capaian";
  if (c.role === "pertumbuhan") return "pertumbuhan";
  if (isUang(c)) return "uang";
  return "kinerja";
}

/** Numbers typed as numbers (not text, not formulas' text) in the other columns of the row's family. */
export function tetanggaBaris(table: DetectedTable, grid: Grid, row: number, col: DetectedColumn): number[] {
  const fam = keluarga(col);
  const out: number[] = [];
  for (const c of table.columns) {
    if (c.col === col.col || !isKolomAngka(c) || keluarga(c) !== fam) continue;
    const v = grid.value(row, c.col);
    if (typeof v === "number" && Number.isFinite(v) && v !== 0) out.push(v);
  }
  return out;
}

type Ringkas = { n: number; min: [number, number]; max: [number, number]; bukanHitungan: number };
const RINGKAS = new WeakMap<DetectedTable, Map<number, Ringkas>>();

/** Smallest two, largest two absolute values of a column's typed numbers: built once per column. */
function ringkas(table: DetectedTable, grid: Grid, col: number): Ringkas {
  let perTable = RINGKAS.get(table);
  if (!perTable) RINGKAS.set(table, (perTable = new Map()));
  let s = perTable.get(col);
  if (s) return s;
  s = { n: 0, min: [Infinity, Infinity], max: [-Infinity, -Infinity], bukanHitungan: 0 };
  for (const r of barisNilai(table)) {
    const v = grid.value(r.row, col);
    if (typeof v !== "number" || !Number.isFinite(v) || v === 0) continue;
    const a = Math.abs(v);
    s.n++;
    if (a < s.min[0]) s.min = [a, s.min[0]];
    else if (a < s.min[1]) s.min[1] = a;
    if (a > s.max[0]) s.max = [a, s.max[0]];
    else if (a > s.max[1]) s.max[1] = a;
    if (!hitungan(v)) s.bukanHitungan++;
  }
  perTable.set(col, s);
  return s;
}

function hitungan(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v) >= 10;
}

/**
 * The typed numbers of a column in the other value rows, summed up: how many, the smallest and
 * largest (as a two-element list for `sekitar`), and whether all are whole counts of at least 10.
 * Linear once per column, constant per cell.
 */
export function tetanggaKolom(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
  col: number,
): { n: number; ref: number[]; hitungan: boolean } {
  const s = ringkas(table, grid, col);
  const self = grid.value(row.row, col);
  const counted = row.kind !== "section" && row.kind !== "total"; // as barisNilai
  const own = counted && typeof self === "number" && Number.isFinite(self) && self !== 0;
  const a = own ? Math.abs(self as number) : NaN;
  const n = own ? s.n - 1 : s.n;
  if (n <= 0) return { n: 0, ref: [], hitungan: false };
  const lo = own && a === s.min[0] ? s.min[1] : s.min[0];
  const hi = own && a === s.max[0] ? s.max[1] : s.max[0];
  const bukan = s.bukanHitungan - (own && !hitungan(self as number) ? 1 : 0);
  return { n, ref: [lo, hi], hitungan: bukan === 0 };
}
export { barisNilai } from "./values";
