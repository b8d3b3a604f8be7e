// A formula that adds and subtracts cells of its own row ("=C19-D19" for a Sisa Anggaran,
// "=D11+E11" for a year's two semesters) whose saved value is not what it computes from the values
// beside it: the workbook was saved without recalculation (manual calculation, a value pasted over
// the result by a macro, a file written by another program). Excel shows the right number again
// after F9, but SIPD imports, printouts and every reader of the file take the saved one
// (forms-blind29's Sisa Anggaran 878.582.200 for 887.582.200). Checked by sum-mismatch on any
// column: the claim rests on the formula itself, not on what the column means.
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, linearReferences } from "../grid";
import type { Cells } from "./precision";
import { awalan, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { jumlahSama, numAt } from "./values";

type Terms = Array<[number, number, 1 | -1]>;

/** The value of the terms from the saved values; undefined when a term is text or an error. */
function evaluate(terms: Terms, value: (row: number, col: number) => number | undefined): number | undefined {
  let sum = 0;
  for (const [r, c, sign] of terms) {
    const v = value(r, c);
    if (v === undefined) return undefined;
    sum += sign * v;
  }
  return sum;
}

export function rumusTersimpan(table: DetectedTable, grid: Grid): RuleFinding[] {
  const out: RuleFinding[] = [];
  // a blank input counts as 0, as Excel counts it; text that is no number stops the claim
  const saved = (r: number, c: number): number | undefined => {
    const cell = grid.cell(r, c);
    if (!cell || cell.value === null || cell.value === undefined || cell.value === "") return 0;
    return numAt(grid, r, c)?.value;
  };
  // the data rows (as ./values barisData) and the section headings
  for (const row of table.rows) {
    if (row.kind === "rata-rata" || row.kind === "predikat") continue;
    const section = row.kind === "section";
    for (let col = table.range.c1; col <= table.range.c2; col++) {
      const f = grid.formula(row.row, col);
      if (!f) continue;
      const terms = linearReferences(f);
      // the row's own cells (a column total is sum-mismatch's group check), at least two; or a
      // section heading's subtotal of the rows under it, which no group check reads (its stale
      // value showed only in the grand total over it, forms-blind57)
      const own = (t: [number, number, 1 | -1]) => t[0] === row.row && t[1] !== col;
      const under = (t: [number, number, 1 | -1]) => t[1] === col && t[0] > row.row && t[0] <= table.range.r2;
      // or a total row's sum of the rows above it, on a column no group check reads (a score,
      // "JUMLAH Skor PPH =SUM(H10:H18)" saved at 78,6 for 80,9, forms-blind68)
      const above = (t: [number, number, 1 | -1]) => t[1] === col && t[0] < row.row && t[0] >= table.range.r1;
      if (!terms || terms.length < 2) continue;
      if (!(section ? terms.every(under) : terms.every(own) || (row.kind === "total" && terms.every(above))))
        continue;
      const cell = grid.cell(row.row, col);
      if (typeof cell?.value !== "number") continue;
      const expected = evaluate(terms, saved);
      if (expected === undefined || jumlahSama(cell.value, expected)) continue;
      const nama = namaIndikator(table, grid, row);
      const rumus = f.replace(/^=/, "");
      out.push({
        row: row.row,
        col,
        expected,
        actual: cell.value,
        tanpaPeran: true,
        inputs: terms.map(([r, c]) => [r, c] as [number, number]),
        recheck: (cells: Cells) => {
          const v = cells(row.row, col);
          const e = evaluate(terms, (r, c) => cells(r, c) ?? saved(r, c));
          return v === undefined || e === undefined || jumlahSama(v, e);
        },
        // sum-mismatch's message (./sumMismatch declares it)
        messageId: "staleFormula",
        data: {
          name: awalan(nama),
          column: colToLetters(col),
          saved: cell.value,
          formula: rumus,
          result: expected,
        },
      });
    }
  }
  return out;
}
