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
  /** Every typed amount of its row, in rupiah (itself among them): the row's own magnitude. */
  baris: number[];
  table: number;
  sheet: string;
};

/**
 * The workbook's typed amounts by year and amount (a shifted amount is looked up, not searched
 * for: a workbook of many programs and years holds tens of thousands), and by table.
 */
type Indeks = {
  byAmount: Map<string, Jumlah[]>;
  byTable: Map<number, Jumlah[]>;
  /** The tables of one year's amounts. */
  tunggal: Set<number>;
};
const INDEX = new WeakMap<readonly TableInWorkbook[], Indeks>();

const kunci = (year: number, rupiah: number): string => `${year}|${rupiah}`;

function uangTahunan(table: DetectedTable): DetectedColumn[] {
  return table.columns.filter(
    (c) => c.role === "anggaran" && c.ukuran !== "K" && c.year !== undefined && kolomTahunIni(c),
  );
}

/** A table's rows of typed yearly amounts, with the name of their program. */
type BarisUang = { table: number; row: number; key: string };

function barisUang(table: DetectedTable, grid: Grid, i: number, cols: DetectedColumn[]): BarisUang[] {
  const name = table.columns.find((c) => c.role === "indikator")?.col;
  if (name === undefined || cols.length === 0) return [];
  // one column a year: two of one year (murni, perubahan) leave the year unsaid
  if (new Set(cols.map((c) => c.year)).size !== cols.length) return [];
  const out: BarisUang[] = [];
  for (const r of table.rows) {
    if (r.kind === "section" || r.kind === "total") continue;
    if (!cols.some((c) => typeof grid.value(r.row, c.col) === "number")) continue;
    const key = indicatorKey(textAt(grid, r.row, name));
    if (key) out.push({ table: i, row: r.row, key });
  }
  return out;
}

function jumlahBaris(t: TableInWorkbook, b: BarisUang, cols: DetectedColumn[]): Jumlah[] {
  const { table, grid } = t;
  const f = table.skalaRupiah ?? 1;
  const baris: number[] = [];
  const out: Jumlah[] = [];
  for (const c of cols) {
    const v = grid.value(b.row, c.col);
    if (typeof v !== "number" || v <= 0 || grid.formula(b.row, c.col)) continue;
    baris.push(v * f);
    out.push({
      key: b.key,
      year: c.year!,
      row: b.row,
      col: c.col,
      value: v,
      rupiah: v * f,
      baris,
      table: b.table,
      sheet: table.sheet,
    });
  }
  return out;
}

function indeks(tables: readonly TableInWorkbook[]): Indeks {
  let out = INDEX.get(tables);
  if (out) return out;
  out = { byAmount: new Map(), byTable: new Map(), tunggal: new Set() };
  // A one-year table (a PK, a DPA, a Renja) quotes a plan's amount: only the years such tables
  // hold are read, in every table, and a pair needs one of them (a workbook of plans alone, as
  // most are, indexes nothing)
  const tahun = new Set<number>();
  const uang = tables.map((t) => uangTahunan(t.table));
  uang.forEach((cols, i) => {
    if (cols.length === 1) {
      out!.tunggal.add(i);
      tahun.add(cols[0].year!);
    }
  });
  if (tahun.size > 0)
    tables.forEach((t, i) => {
      for (const b of barisUang(t.table, t.grid, i, uang[i]))
        for (const j of jumlahBaris(t, b, uang[i])) {
          if (!tahun.has(j.year)) continue;
          const own = out!.byTable.get(j.table);
          if (own) own.push(j);
          else out!.byTable.set(j.table, [j]);
          const k = kunci(j.year, j.rupiah);
          const list = out!.byAmount.get(k);
          if (list) list.push(j);
          else out!.byAmount.set(k, [j]);
        }
    });
  INDEX.set(tables, out);
  return out;
}

/** Does the row's own magnitude stand by its amount (its other years within a third and thrice)? */
function didukung(j: Jumlah): boolean {
  let lain = 0;
  let diri = false;
  for (const x of j.baris) {
    if (!diri && x === j.rupiah) {
      diri = true;
      continue;
    }
    if (x < j.rupiah / 3 || x > j.rupiah * 3) return false;
    lain++;
  }
  return lain > 0;
}

// a zero lost or doubled, or two; a thousand is a unit ("dalam ribuan"), not a slip
const GESER = [10, 100];

export function skalaLintas(table: DetectedTable, ctx: RuleContext): RuleFinding[] {
  if (ctx.tables.length < 2 || uangTahunan(table).length === 0) return [];
  const idx = indeks(ctx.tables);
  const own = idx.byTable.get(ctx.index);
  // (amounts in one table only have nothing to be read against)
  if (!own || idx.byTable.size < 2) return [];
  const out: RuleFinding[] = [];
  for (const mine of own) {
    if (mine.rupiah < 1000) continue;
    let found: { other: Jumlah; kali: number; kecil: boolean } | undefined;
    for (const k of GESER) {
      for (const [rupiah, kecil] of [
        [mine.rupiah * k, true],
        [mine.rupiah / k, false],
      ] as const) {
        if (!Number.isInteger(rupiah)) continue;
        const other = idx.byAmount
          .get(kunci(mine.year, rupiah))
          ?.find(
            (o) =>
              o.table !== ctx.index &&
              o.key === mine.key &&
              (idx.tunggal.has(o.table) || idx.tunggal.has(ctx.index)),
          );
        if (other) found ??= { other, kali: k, kecil };
      }
    }
    if (!found) continue;
    const { other, kali, kecil } = found;
    // the cell whose own row does not stand by it is the slip; where neither row says, the later
    // table's cell, as cross-table-mismatch names it
    if (didukung(mine) || (!didukung(other) && mine.table < other.table)) continue;
    const meant = kecil ? mine.value * kali : mine.value / kali;
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
        factor: String(kali),
        meant: angkaPenuh(meant),
      },
    });
  }
  return out;
}
