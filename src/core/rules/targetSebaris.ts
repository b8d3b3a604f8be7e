// Two target columns of one year in one table ("Target Renstra > 2024" beside "Tahun 2024 >
// Target PK", an LKjIP quoting both, forms-blind66): where they agree on every other row, a row
// where one of them holds the same row's target of another year was copied from the wrong year.
// Asked only on that evidence: two plans may differ by design (a review of the Renja against the
// Renstra, an amended PK), and those differences never copy another year's figure by chance on a
// table whose other rows agree. Checked by cross-table-mismatch.
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters } from "../grid";
import type { RuleFinding } from "./types";
import { kolomDiubah, kolomTahunIni } from "./tahunan";
import { barisData, numAt, tolerance } from "./values";

export function targetSebaris(table: DetectedTable, grid: Grid, toleransi: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  const targets = table.columns.filter(
    (c) =>
      c.role === "target" &&
      c.year !== undefined &&
      c.ukuran !== "Rp" &&
      c.certain !== false &&
      kolomTahunIni(c),
  );
  const byYear = new Map<number, DetectedColumn[]>();
  for (const c of targets) byYear.set(c.year!, [...(byYear.get(c.year!) ?? []), c]);
  const rows = barisData(table);
  for (const [year, cols] of byYear) {
    if (cols.length !== 2 || cols.some(kolomDiubah)) continue;
    const [a, b] = cols;
    const beda: number[] = [];
    let sama = 0;
    for (const r of rows) {
      const x = numAt(grid, r.row, a.col);
      const y = numAt(grid, r.row, b.col);
      if (!x || !y || x.text || y.text) continue;
      if (Math.abs(x.value - y.value) <= Math.max(tolerance(x, toleransi), tolerance(y, toleransi))) sama++;
      else beda.push(r.row);
    }
    if (sama < 3 || beda.length === 0 || beda.length * 4 > sama) continue;
    for (const row of beda) {
      for (const [c, lain] of [
        [b, a],
        [a, b],
      ]) {
        const v = numAt(grid, row, c.col)!;
        // the same row's target of another year, in a column of the plan's years
        const asal = targets.find((t) => {
          if (t.year === year || t.col === c.col) return false;
          const w = numAt(grid, row, t.col);
          return !!w && !w.text && w.value === v.value;
        });
        if (!asal) continue;
        const o = numAt(grid, row, lain.col)!;
        out.push({
          row,
          col: c.col,
          expected: o.value,
          actual: v.value,
          messageId: "copiedYear",
          data: {
            year: String(year),
            written: v.value,
            other: o.value,
            cell: `${colToLetters(lain.col)}${row}`,
            source: `${colToLetters(asal.col)}${row}`,
            sourceYear: String(asal.year),
          },
        });
        break;
      }
    }
  }
  return out;
}
