// cross-table-mismatch: the same indicator (normalised name and unit) with different targets for
// the same year in two tables of one workbook (seed: Tabel 4.x against 7.x). The later table's
// cell is reported and the earlier one named.
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters } from "../grid";
import type { Rule, RuleFinding, TableInWorkbook } from "./types";
import { indicatorKey, keyOf, numAt, round, textAt } from "./values";
import { pisahSatuan } from "./konsolidasi";
import { kolomDiubah, kolomTahunIni } from "./tahunan";
import { totalSelaras } from "./totalSelaras";
import { targetSebaris } from "./targetSebaris";
import { rekapRincian } from "./rekapRincian";

/** A target: a number, or a qualitative value such as a SAKIP grade "A (84,35)" (as text). */
type TargetCell = { year: number; sheet: string; row: number; col: number; value: number | string };

const qualitative = (v: unknown): string | undefined =>
  typeof v === "string" && /[a-z]/i.test(v) && v.trim() !== "-" && !/^n\.?a\.?$/i.test(v.trim())
    ? v.replace(/\s+/g, " ").trim()
    : undefined;
/**
 * One indicator row (the first of its key in its table); its target cells are read only when
 * another table has the same indicator. `tahun`: how many years of targets its table has.
 */
type Indicator = {
  key: string;
  sheet: string;
  row: number;
  grid: Grid;
  cols: DetectedColumn[];
  tahun: number;
  cells?: TargetCell[];
};

function targetCells(i: Indicator): TargetCell[] {
  if (!i.cells) {
    i.cells = [];
    for (const y of i.cols) {
      const n = numAt(i.grid, i.row, y.col);
      const q = n ? undefined : qualitative(i.grid.value(i.row, y.col));
      if (n || q)
        i.cells.push({ year: y.year!, sheet: i.sheet, row: i.row, col: y.col, value: n ? n.value : q! });
    }
  }
  return i.cells;
}

type Seen = Array<{ index: number; indicator: Indicator }>;
type Index = Map<string, Seen | Seen[number]>;

const MEMO = new WeakMap<DetectedTable, Indicator[]>();

/**
 * Where a table's indicators go as they are read: into the workbook's index (table `i`), whose
 * entries also tell a key already met in this table, or, for a table read alone, a set of keys.
 * (one map for both: a table's own map of keys beside the index cost a lookup and an entry more
 * per row)
 */
class Tampung {
  readonly out: Indicator[] = [];
  private readonly sendiri: Set<string> | undefined;

  constructor(
    private readonly index: Index | undefined,
    private readonly i: number,
  ) {
    this.sendiri = index ? undefined : new Set();
  }

  /** Keeps the indicator when its key is new to the table. */
  tambah(indicator: Indicator): void {
    const key = indicator.key;
    if (!this.index) {
      if (this.sendiri!.has(key)) return;
      this.sendiri!.add(key);
    } else if (!catat(this.index, key, this.i, indicator, true)) return;
    this.out.push(indicator);
  }
}

/** Adds a table's indicator to the index; false when the key is already the table's (`baru`). */
function catat(index: Index, key: string, i: number, indicator: Indicator, baru: boolean): boolean {
  const seen = index.get(key);
  if (seen === undefined) index.set(key, { index: i, indicator });
  else if (Array.isArray(seen)) {
    if (baru && seen[seen.length - 1].index === i) return false;
    seen.push({ index: i, indicator });
  } else {
    if (baru && seen.index === i) return false;
    index.set(key, [seen, { index: i, indicator }]);
  }
  return true;
}

/**
 * Each table's indicators by normalised name and unit (the first row of each), built once however
 * many tables follow; into the workbook's index when it is being built.
 */
function indicators(table: DetectedTable, grid: Grid, index?: Index, i = -1): Indicator[] {
  const memo = MEMO.get(table);
  if (memo) return memo;
  const tampung = new Tampung(index, i);
  MEMO.set(table, tampung.out);
  if (table.orientation === "rows") return indicatorsOfRows(table, grid, tampung);
  const ind = table.columns.find((c) => c.role === "indikator")?.col;
  const sat = table.columns.find((c) => c.role === "satuan")?.col;
  // the year's own targets: a Rencana Aksi's quarterly targets are parts of the year
  const cols = table.columns.filter(
    (c) => c.role === "target" && c.year !== undefined && c.ukuran !== "Rp" && kolomTahunIni(c),
  );
  if (ind === undefined || cols.length === 0) return tampung.out;
  const tahun = banyakTahun(cols);
  for (const r of table.rows) {
    if (r.kind === "section" || r.kind === "total") continue;
    // (each row's name once, unmemoised: names rarely repeat; units do)
    const name = keyOf(textAt(grid, r.row, ind));
    if (!name) continue;
    const key = `${name}|${indicatorKey(textAt(grid, r.row, sat))}`;
    tampung.tambah({ key, sheet: table.sheet, row: r.row, grid, cols, tahun });
  }
  return tampung.out;
}

/**
 * A row-wise table's indicators: each Target row with the name of its block, the unit in brackets
 * at the name's end ("Jumlah kelurahan layak anak (kelurahan)") as the unit, the years across.
 */
function indicatorsOfRows(table: DetectedTable, grid: Grid, tampung: Tampung): Indicator[] {
  const cols = table.columns.filter((c) => c.year !== undefined && kolomTahunIni(c));
  if (cols.length === 0) return tampung.out;
  const tahun = banyakTahun(cols);
  for (const r of table.rows) {
    if (r.role !== "target" || !r.indikator) continue;
    const { nama, satuan } = pisahSatuan(r.indikator);
    const name = indicatorKey(nama);
    if (!name) continue;
    const key = `${name}|${indicatorKey(satuan)}`;
    tampung.tambah({ key, sheet: table.sheet, row: r.row, grid, cols, tahun });
  }
  return tampung.out;
}

// an indicator of one table only is kept as its entry: a list is made for a second table's
const INDEX = new WeakMap<readonly TableInWorkbook[], Index>();

/** Every table's indicators by key, in workbook order: built once per workbook, not per table. */
function workbookIndex(tables: readonly TableInWorkbook[]): Index {
  const known = INDEX.get(tables);
  if (known) return known;
  const out: Index = new Map();
  tables.forEach((t, i) => {
    const memo = MEMO.get(t.table);
    // a table read before (alone, or in another list of tables): its indicators as they are
    if (memo) for (const indicator of memo) catat(out, indicator.key, i, indicator, false);
    else indicators(t.table, t.grid, out, i);
  });
  INDEX.set(tables, out);
  return out;
}

/** How many years of targets a table's columns have. */
function banyakTahun(cols: readonly DetectedColumn[]): number {
  return new Set(cols.map((c) => c.year)).size;
}

/** A number as a number (formatted per language), a grade in quotes. */
const show = (v: number | string): number | string => (typeof v === "number" ? v : `"${v}"`);

/**
 * Is the plan's target of `year` off its own row where the other table's value fits it? A plan of
 * 2024 | 2025 | 2026 reading 31 | 23,5 | 34 beside a PK's 32,5 for 2025 (two digits swapped in the
 * plan, forms-blind78): the plan's cell is the one to name, not the PK's that quotes it right.
 */
function rencanaMenyimpang(plan: readonly TargetCell[], year: number, v: number | string): boolean {
  const at = (y: number): number | undefined => {
    const x = plan.find((c) => c.year === y)?.value;
    return typeof x === "number" ? x : undefined;
  };
  const [a, o, b] = [at(year - 1), at(year), at(year + 1)];
  if (typeof v !== "number" || a === undefined || o === undefined || b === undefined) return false;
  const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
  return v >= lo && v <= hi && (o < lo || o > hi);
}

function differs(a: TargetCell, b: TargetCell, grid: Grid, extra: number): boolean {
  if (typeof a.value !== typeof b.value) return false; // a number against a grade: not comparable
  if (typeof a.value === "string") return a.value.toLowerCase() !== String(b.value).toLowerCase();
  // Two typed targets are compared as stored: a PK's 7 is no copy of the Renstra's 7,5, though a
  // cell printed without decimals would show either as a whole number (forms-blind271's waktu
  // tanggap). A copy rounded to the copy's own printed decimals is the same target ("92,5" for
  // 92,46), and so is settings.toleransi's slack.
  const [x, y] = [a.value, b.value as number];
  if (Math.abs(x - y) <= extra + 1e-9) return false;
  const d = numAt(grid, a.row, a.col)!.decimals;
  return Math.abs(round(x, d) - y) > 1e-9 && Math.abs(round(y, d) - x) > 1e-9;
}

export const crossTableMismatch: Rule = {
  id: "cross-table-mismatch",
  severity: "error",
  description: {
    id: "Indikator yang sama (nama dan satuan) dengan target berbeda untuk tahun yang sama di dua tabel.",
    en: "The same indicator (name and unit) with different targets for the same year in two tables.",
  },
  example: {
    id: 'Target 2022 "A (84,96)" di Tabel 4.2, "A (84,35)" di Tabel 4.1 untuk indikator yang sama.',
    en: 'Target 2022 "A (84,96)" in Tabel 4.2, "A (84,35)" in Tabel 4.1 for the same indicator.',
  },
  howToFix: {
    id: "Samakan dengan dokumen yang berlaku (Renstra yang ditetapkan atau perubahannya).",
    en: "Make both agree with the document in force (the adopted Renstra or its amendment).",
  },
  messages: {
    // two recaps of one population (./totalSelaras)
    recapTotals: {
      id: 'Jumlah kolom "{{column}}" tertulis {{written}}, sedangkan tabel lain mencatat {{other}} ({{cell}}); kolom "{{agreeing}}" kedua tabel sama ({{value}}), jadi keduanya merinci keseluruhan yang sama. Periksa rincian kolom ini dan kolom yang sama di tabel itu.',
      en: 'The "{{column}}" total is {{written}}, while the other table records {{other}} ({{cell}}); both tables\' "{{agreeing}}" agree ({{value}}), so both break down the same whole. Check this column\'s parts and the same column of that table.',
    },
    // a recap by place against the detail it sums (./rekapRincian)
    recapOfDetail: {
      id: '{{place}}: kolom "{{column}}" tertulis {{written}}, tetapi rinciannya di lembar {{sheet}} ({{cells}}) berjumlah {{sum}}; di {{agree}} sel lain rekap ini sama dengan jumlah rinciannya. Periksa angka rekap ini atau rinciannya.',
      en: '{{place}}: the "{{column}}" column says {{written}}, but its detail on sheet {{sheet}} ({{cells}}) adds up to {{sum}}; in {{agree}} other cells this recap equals the sum of its detail. Check this recap figure or its detail.',
    },
    // two targets of one year in one table (./targetSebaris)
    copiedYear: {
      id: "Target {{year}} tertulis {{written}}, sama dengan target {{sourceYear}} di {{source}}, sedangkan target {{year}} yang lain di baris ini ({{cell}}) {{other}}; di baris lain kedua kolom sama. Tampaknya target tahun lain yang tersalin: samakan dengan dokumen yang berlaku.",
      en: "The {{year}} target is {{written}}, the same as the {{sourceYear}} target in {{source}}, while the row's other {{year}} target ({{cell}}) is {{other}}; on the other rows both columns agree. Another year's target seems to have been copied: make it agree with the document in force.",
    },
    differs: {
      id: "Target {{year}} tertulis {{written}}, sedangkan indikator yang sama di {{cell}} bertarget {{other}}. Samakan keduanya dengan dokumen yang berlaku.",
      en: "The {{year}} target is {{written}}, while the same indicator in {{cell}} has {{other}}. Make them agree with the document in force.",
    },
  },
  check(table, ctx) {
    const out: RuleFinding[] = [
      ...totalSelaras(table, ctx),
      ...targetSebaris(table, ctx.grid, ctx.settings.toleransi),
      ...rekapRincian(table, ctx),
    ];
    // (the index first: it reads this table's indicators too, when the table is among them)
    const index = workbookIndex(ctx.tables);
    const mine = indicators(table, ctx.grid);
    if (mine.length === 0) return out;
    for (const ind of mine) {
      const seen = index.get(ind.key);
      if (!Array.isArray(seen)) continue; // in no other table
      for (const cell of targetCells(ind)) {
        const year = cell.year;
        // "Target PK Murni | Target PK Perubahan" (or Semula | Menjadi) of one year: the original
        // quotes the plan, the amendment departs from it by design, with its reason beside it
        const col = ind.cols.find((c) => c.col === cell.col);
        if (col && kolomDiubah(col) && ind.cols.some((c) => c !== col && c.year === year)) continue;
        // the first earlier table that has this indicator and year decides; but a plan of three
        // years or more decides over a table of one year (a PK beside the Renstra it quotes, on
        // whichever sheet: forms-blind35, 41), which is judged against the plan, not the reverse
        const satu = ind.tahun === 1;
        let o: TargetCell | undefined;
        for (const e of seen) {
          if (e.index === ctx.index) continue;
          const rencana = e.indicator.tahun >= 3;
          if (e.index > ctx.index && !(satu && rencana)) continue;
          if (e.index < ctx.index && ind.tahun >= 3 && e.indicator.tahun === 1) continue;
          o = targetCells(e.indicator).find((x) => x.year === year);
          if (o) break;
        }
        if (!o) continue;
        // (a whole 7 may print the plan's 6,5; but where the plan's next year is exactly 7, the
        // year's target was copied from it, forms-blind307; asked only of a cell that passes as a
        // rounded copy without being equal, the rare case)
        if (!differs(cell, o, ctx.grid, ctx.settings.toleransi)) {
          if (typeof cell.value !== "number") continue;
          if (Math.abs(cell.value - Number(o.value)) <= ctx.settings.toleransi + 1e-9) continue;
          const asal = seen.find((e) => e.index !== ctx.index && targetCells(e.indicator).includes(o!));
          if (!asal || !targetCells(asal.indicator).some((x) => x.year !== year && x.value === cell.value))
            continue;
        }
        // (the plan's own cell off its row, where this one fits it: named in the plan, below)
        const plan = seen.find((e) => e.index !== ctx.index && targetCells(e.indicator).includes(o!));
        if (
          satu &&
          plan &&
          plan.indicator.tahun >= 3 &&
          rencanaMenyimpang(targetCells(plan.indicator), year, cell.value)
        )
          continue;
        const where = `${o.sheet}!${colToLetters(o.col)}${o.row}`;
        out.push({
          row: cell.row,
          col: cell.col,
          expected: o.value,
          actual: cell.value,
          messageId: "differs",
          data: { year: String(year), written: show(cell.value), cell: where, other: show(o.value) },
        });
      }
    }
    // a plan's target off its own row where a one-year table quoting it fits the row
    for (const ind of mine) {
      if (ind.tahun < 3) continue;
      const seen = index.get(ind.key);
      if (!Array.isArray(seen)) continue;
      const plan = targetCells(ind);
      for (const cell of plan) {
        for (const e of seen) {
          if (e.index === ctx.index || e.indicator.tahun !== 1) continue;
          const p = targetCells(e.indicator).find((x) => x.year === cell.year);
          if (!p || !differs(cell, p, ctx.grid, ctx.settings.toleransi)) continue;
          if (!rencanaMenyimpang(plan, cell.year, p.value)) continue;
          out.push({
            row: cell.row,
            col: cell.col,
            expected: p.value,
            actual: cell.value,
            messageId: "differs",
            data: {
              year: String(cell.year),
              written: show(cell.value),
              cell: `${p.sheet}!${colToLetters(p.col)}${p.row}`,
              other: show(p.value),
            },
          });
          break;
        }
      }
    }
    return out;
  },
};
