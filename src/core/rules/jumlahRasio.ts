// A total row that SUMs a column of ratios ("KABUPATEN | ... | =SUM(G9:G15)" under "CPR (%)" whose
// rows are =ROUND(F9/C9*100,2), forms-blind70): percentages never add up; the total's share is its
// own row's ratio of totals (F16 / C16 x 100). Asked only where the sheet shows both: most data
// rows compute one X / Y x 100 of their own row, and the total row's formula is a plain SUM of the
// column's rows. Checked by sum-mismatch on any column: the claim rests on the formulas.
import type { DetectedTable } from "../detect";
import { rasioTerbanyak } from "../detect/tebakanRekap";
import type { Grid } from "../grid";
import { colToLetters, sumReferences } from "../grid";
import type { RuleFinding } from "./types";
import { barisNilai, numAt, round, tolerance } from "./values";
import { awalan, namaIndikator } from "./tahunan";

export function jumlahRasio(table: DetectedTable, grid: Grid, toleransi: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  const totals = table.rows.filter((r) => r.kind === "total");
  if (totals.length === 0) return out;
  const data = barisNilai(table).map((r) => r.row);
  if (data.length < 2) return out;
  for (let col = table.range.c1; col <= table.range.c2; col++) {
    const best = rasioTerbanyak(grid, col, data);
    if (!best || best.n < 2 || best.n * 2 <= data.length || best.rumus - best.n > 1) continue;
    for (const t of totals) {
      const refs = sumReferences(grid.formula(t.row, col));
      if (!refs || refs.length < 2 || !refs.every(([r, c]) => c === col && r !== t.row && data.includes(r)))
        continue;
      const own = numAt(grid, t.row, col);
      const x = numAt(grid, t.row, best.num);
      const y = numAt(grid, t.row, best.den);
      if (!own || !x || !y || y.value === 0) continue;
      const want = round((x.value / y.value) * 100, 2);
      if (Math.abs(own.value - want) <= tolerance(own, toleransi)) continue;
      const rumus = `=ROUND(${colToLetters(best.num)}${t.row}/${colToLetters(best.den)}${t.row}*100,2)`;
      out.push({
        row: t.row,
        col,
        expected: want,
        actual: own.value,
        tanpaPeran: true,
        fix: { formula: rumus },
        messageId: "summedRatios",
        data: {
          name: awalan(namaIndikator(table, grid, t)),
          column: colToLetters(col),
          written: own.value,
          rows: String(refs.length),
          formula: rumus,
          want,
        },
      });
    }
  }
  return out;
}
