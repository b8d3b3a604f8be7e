// cross-table-mismatch: the same indicator (normalised name and unit) with different targets for
// the same year in two tables of one workbook (seed: Tabel 4.x against 7.x). The later table's
// cell is reported and the earlier one named.
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters } from "../grid";
import type { Rule, RuleFinding } from "./types";
import { angkaEn, angkaId, indicatorKey, numAt, textAt, tolerance } from "./values";

type TargetCell = { sheet: string; row: number; col: number; value: number };

const MEMO = new WeakMap<DetectedTable, Map<string, TargetCell>>();

/** Each table's targets by indicator, unit and year, built once however many tables follow it. */
function targets(table: DetectedTable, grid: Grid): Map<string, TargetCell> {
  const memo = MEMO.get(table);
  if (memo) return memo;
  const out = new Map<string, TargetCell>();
  MEMO.set(table, out);
  const ind = table.columns.find((c) => c.role === "indikator")?.col;
  const sat = table.columns.find((c) => c.role === "satuan")?.col;
  const years = table.columns.filter((c) => c.role === "target" && c.year !== undefined && c.ukuran !== "Rp");
  if (ind === undefined || years.length === 0) return out;
  for (const r of table.rows) {
    if (r.kind === "section" || r.kind === "total") continue;
    const name = indicatorKey(textAt(grid, r.row, ind));
    if (!name) continue;
    const unit = indicatorKey(textAt(grid, r.row, sat));
    for (const y of years) {
      const n = numAt(grid, r.row, y.col);
      if (!n) continue;
      const key = `${name}|${unit}|${y.year}`;
      if (!out.has(key)) out.set(key, { sheet: table.sheet, row: r.row, col: y.col, value: n.value });
    }
  }
  return out;
}

export const crossTableMismatch: Rule = {
  id: "cross-table-mismatch",
  severity: "error",
  description: {
    id: "Indikator yang sama (nama dan satuan) dengan target berbeda untuk tahun yang sama di dua tabel.",
    en: "The same indicator (name and unit) with different targets for the same year in two tables.",
  },
  check(table, ctx) {
    const mine = targets(table, ctx.grid);
    if (mine.size === 0) return [];
    const out: RuleFinding[] = [];
    const earlier = ctx.tables.slice(0, ctx.index).map((t) => targets(t.table, t.grid));
    for (const [key, cell] of mine) {
      for (const other of earlier) {
        const o = other.get(key);
        if (!o) continue;
        const n = numAt(ctx.grid, cell.row, cell.col);
        if (!n || Math.abs(n.value - o.value) <= tolerance(n, ctx.settings.toleransi)) break;
        const where = `${o.sheet}!${colToLetters(o.col)}${o.row}`;
        const year = key.split("|")[2];
        out.push({
          row: cell.row,
          col: cell.col,
          expected: o.value,
          actual: n.value,
          pesan: {
            id: `Target ${year} tertulis ${angkaId(n.value)}, sedangkan indikator yang sama di ${where} bertarget ${angkaId(o.value)}. Samakan keduanya dengan dokumen yang berlaku.`,
            en: `The ${year} target is ${angkaEn(n.value)}, while the same indicator in ${where} has ${angkaEn(o.value)}. Make them agree with the document in force.`,
          },
        });
        break;
      }
    }
    return out;
  },
};
