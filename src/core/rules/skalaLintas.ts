// A program's anggaran for a year typed ten or a hundred times off the same program's amount for
// that year in another table of the workbook, with the same digits: a PK's 2.418.560.000 beside
// the Renstra's pagu of 24.185.600.000 for 2025 (forms-blind336). A PK's or a Renja's amount may
// differ from the plan's by design; the same digits shifted by a place are a zero lost or doubled.
// Part of number-scale (./numberScale).
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters } from "../grid";
import { angkaPenuh } from "./kolomAngka";
import { kolomTahunIni } from "./tahunan";
import type { RuleContext, RuleFinding, TableInWorkbook } from "./types";
import { indicatorKey, textAt } from "./values";

/** One program's typed amount of one year, in rupiah (the table's "ribuan" scale applied). */
type Jumlah = {
  key: string;
  year: number;
  row: number;
  col: number;
  value: number;
  rupiah: number;
  /** The row's amounts of its other years, in rupiah: what the row's own magnitude is. */
  lain: number[];
  table: number;
  sheet: string;
};

/** The workbook's typed amounts by program and year, and by table. */
type Indeks = { byKey: Map<string, Jumlah[]>; byTable: Map<number, Jumlah[]> };
const INDEX = new WeakMap<readonly TableInWorkbook[], Indeks>();

function uangTahunan(table: DetectedTable): DetectedColumn[] {
  return table.columns.filter(
    (c) => c.role === "anggaran" && c.ukuran !== "K" && c.year !== undefined && kolomTahunIni(c),
  );
}

function jumlahTabel(table: DetectedTable, grid: Grid, i: number): Jumlah[] {
  const name = table.columns.find((c) => c.role === "indikator")?.col;
  const cols = uangTahunan(table);
  if (name === undefined || cols.length === 0) return [];
  // one column a year: two of one year (murni, perubahan) leave the year unsaid
  if (new Set(cols.map((c) => c.year)).size !== cols.length) return [];
  const f = table.skalaRupiah ?? 1;
  const out: Jumlah[] = [];
  for (const r of table.rows) {
    if (r.kind === "section" || r.kind === "total") continue;
    const key = indicatorKey(textAt(grid, r.row, name));
    if (!key) continue;
    const typed = cols
      .map((c) => ({ c, v: grid.value(r.row, c.col) }))
      .filter((x): x is { c: DetectedColumn; v: number } => typeof x.v === "number" && x.v > 0);
    for (const x of typed) {
      if (grid.formula(r.row, x.c.col)) continue;
      out.push({
        key,
        year: x.c.year!,
        row: r.row,
        col: x.c.col,
        value: x.v,
        rupiah: x.v * f,
        lain: typed.filter((y) => y !== x).map((y) => y.v * f),
        table: i,
        sheet: table.sheet,
      });
    }
  }
  return out;
}

function indeks(tables: readonly TableInWorkbook[]): Indeks {
  let out = INDEX.get(tables);
  if (out) return out;
  out = { byKey: new Map(), byTable: new Map() };
  tables.forEach((t, i) => {
    const own = jumlahTabel(t.table, t.grid, i);
    if (own.length) out!.byTable.set(i, own);
    for (const j of own) {
      const k = `${j.key}|${j.year}`;
      const list = out!.byKey.get(k);
      if (list) list.push(j);
      else out!.byKey.set(k, [j]);
    }
  });
  INDEX.set(tables, out);
  return out;
}

/** 10 or 100 when `a` times it is `b` to the rupiah; a thousand is a unit, not a slip. */
function geser(a: number, b: number): number | undefined {
  for (const k of [10, 100]) if (Math.abs(a * k - b) < 0.5) return k;
  return undefined;
}

/** Does the row's own magnitude stand by `v` (its other years within a third and thrice of it)? */
const didukung = (v: number, lain: readonly number[]): boolean =>
  lain.length > 0 && lain.every((x) => x >= v / 3 && x <= v * 3);

export function skalaLintas(table: DetectedTable, ctx: RuleContext): RuleFinding[] {
  if (ctx.tables.length < 2 || uangTahunan(table).length === 0) return [];
  const idx = indeks(ctx.tables);
  const own = idx.byTable.get(ctx.index);
  // (amounts in one table only have nothing to be read against)
  if (!own || idx.byTable.size < 2) return [];
  const out: RuleFinding[] = [];
  for (const mine of own) {
    if (mine.rupiah < 1000) continue;
    for (const other of idx.byKey.get(`${mine.key}|${mine.year}`)!) {
      if (other.table === ctx.index) continue;
      const kecil = geser(mine.rupiah, other.rupiah);
      const besar = kecil ? undefined : geser(other.rupiah, mine.rupiah);
      if (!kecil && !besar) continue;
      // the cell whose own row does not stand by it is the slip; where neither row says, the
      // later table's cell, as cross-table-mismatch names it
      const diaDidukung = didukung(other.rupiah, other.lain);
      const sayaDidukung = didukung(mine.rupiah, mine.lain);
      if (sayaDidukung || (!diaDidukung && mine.table < other.table)) continue;
      const meant = (mine.value * (kecil ?? 1)) / (besar ?? 1);
      out.push({
        row: mine.row,
        col: mine.col,
        expected: meant,
        actual: mine.value,
        fix: { value: meant },
        messageId: kecil ? "otherTableSmaller" : "otherTableLarger",
        data: {
          year: String(mine.year),
          value: angkaPenuh(mine.value),
          other: angkaPenuh(other.value),
          cell: `${other.sheet}!${colToLetters(other.col)}${other.row}`,
          factor: String(kecil ?? besar),
          meant: angkaPenuh(meant),
        },
      });
      break;
    }
  }
  return out;
}
