// The formulas of a table column as their relative (R1C1) forms, and the form most of them
// share: what inconsistent-formula and hardcoded-value compare each cell with.
import { PROSE_ROLES } from "../detect/peran";
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { toR1C1 } from "../grid";

export type FormulaCell = { row: number; formula?: string; form?: string; hasValue: boolean };
export type FormulaColumn = {
  column: DetectedColumn;
  cells: FormulaCell[];
  dominant?: string;
  dominantCount: number;
};

// Totals and sections follow other formulas (SUM over the rows above) or none.
const BODY_KINDS = new Set<DetectedRow["kind"]>([
  "indikator",
  "komponen",
  "program",
  "kegiatan",
  "sub-kegiatan",
  "indikator-lanjutan",
]);

export const MIN_FORMULAS = 3;

const MEMO = new WeakMap<DetectedTable, FormulaColumn[]>();

/** The running total's form ("R[-1]C+RC[-1]") without its term for the row above. */
export function awalBerjalan(dominant: string, form: string): boolean {
  const parts = dominant.split("+");
  if (parts.length < 2 || !parts.includes("R[-1]C")) return false;
  return parts.filter((p) => p !== "R[-1]C").join("+") === form;
}

/** Is this form a running total: the row above plus this row's own terms ("R[-1]C+RC[-1]")? */
export function berjalan(form: string): boolean {
  const parts = form.split("+");
  return (
    parts.length >= 2 &&
    parts.includes("R[-1]C") &&
    parts.every((p) => /^R(\[0\])?C(\[-?\d+\])?$|^R\[-1\]C$/.test(p))
  );
}

/** Computed once per table: inconsistent-formula and hardcoded-value both read it. */
export function formulaColumns(table: DetectedTable, grid: Grid): FormulaColumn[] {
  const memo = MEMO.get(table);
  if (memo) return memo;
  const result = grid.formulaCount === 0 ? [] : compute(table, grid);
  MEMO.set(table, result);
  return result;
}

function compute(table: DetectedTable, grid: Grid): FormulaColumn[] {
  const rows = table.rows.filter((r) => BODY_KINDS.has(r.kind));
  const totals = new Set(table.rows.filter((r) => r.kind === "total").map((r) => r.row));
  const out: FormulaColumn[] = [];
  for (const column of table.columns) {
    if (PROSE_ROLES.has(column.role)) continue;
    const cells: FormulaCell[] = [];
    const counts = new Map<string, number>();
    for (const r of rows) {
      const cell = grid.cell(r.row, column.col);
      const hasValue =
        !!cell && cell.value !== null && !(typeof cell.value === "string" && cell.value.trim() === "");
      if (cell?.formula) {
        const form = toR1C1(barisTetap(cell.formula, totals), r.row, column.col);
        counts.set(form, (counts.get(form) ?? 0) + 1);
        cells.push({ row: r.row, formula: cell.formula, form, hasValue });
      } else cells.push({ row: r.row, hasValue });
    }
    let dominant: string | undefined;
    let dominantCount = 0;
    for (const [form, n] of counts) if (n > dominantCount) [dominant, dominantCount] = [form, n];
    const formulas = cells.filter((c) => c.form).length;
    // a running total's first row agrees with it ("=E12" before "=F12+E13", "=F13+E14": four
    // quarters to date, forms-blind199), so its one slipped row still stands against a majority
    const awal = cells.find((c) => c.form);
    if (dominant && awal?.form && awalBerjalan(dominant, awal.form)) dominantCount++;
    // A consensus: at least MIN_FORMULAS formulas and most of them alike; in a table of three
    // rows, two alike and no other (hardcoded-value then asks more of a typed third: its row's
    // own arithmetic must contradict it, forms-blind243's 142,92 % seats filled)
    const kecil = formulas === 2 && dominantCount === 2;
    if ((formulas < MIN_FORMULAS && !kecil) || dominantCount < 2 || dominantCount * 2 <= formulas)
      dominant = undefined;
    out.push({ column, cells, dominant, dominantCount });
  }
  return out;
}

/**
 * A formula's references to the table's total rows made absolute in their row: each row's share
 * of the total typed by hand ("=ROUND(M9/M12*100,2)", "=ROUND(M10/M12*100,2)", no "$") is one
 * formula, as "=ROUND(M9/M$12*100,2)" filled down would be (forms-blind242). Not another sheet's
 * cells, nor text in quotes.
 */
export function barisTetap(formula: string, totals: ReadonlySet<number>): string {
  if (totals.size === 0) return formula;
  return formula
    .split('"')
    .map((seg, i) =>
      i % 2
        ? seg
        : seg.replace(
            /(?<![A-Za-z0-9_!'.$])(\$?[A-Z]{1,3})(\d+)(?![\d(A-Za-z_!])/g,
            (m, c: string, r: string) => (totals.has(Number(r)) ? `${c}$${r}` : m),
          ),
    )
    .join('"');
}

/** The cells a relative form reads, in a stable order: same inputs, possibly other arithmetic. */
export function referencesOf(form: string): string {
  return [...new Set(form.match(/R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/g) ?? [])].sort().join(",");
}
