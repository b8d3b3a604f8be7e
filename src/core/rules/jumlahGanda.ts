// A total whose SUM takes in subtotals together with the rows they add ("JUMLAH (I + II + III) |
// =SUM(I12:I27)" over "Sub Jumlah I | =SUM(I12:I15)" and its objek, forms-blind72): every amount is
// counted twice. The sheet says it in its own formulas: a summed row is itself a SUM of rows that
// the same range also takes. Checked by sum-mismatch on any column.
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { sumReferences } from "../grid";
import type { RuleFinding } from "./types";
import { awalan, namaIndikator } from "./tahunan";
import { jumlahSama, numAt } from "./values";

export function jumlahGanda(table: DetectedTable, grid: Grid): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const t of table.rows) {
    if (t.kind !== "total") continue;
    for (let col = table.range.c1; col <= table.range.c2; col++) {
      const refs = sumReferences(grid.formula(t.row, col));
      if (!refs || refs.length < 3 || refs.some(([, c]) => c !== col)) continue;
      const rows = new Set(refs.map(([r]) => r));
      // the summed rows that are sums of other summed rows
      const ganda = [...rows].filter((r) => {
        const inner = sumReferences(grid.formula(r, col));
        return (
          !!inner && inner.length >= 2 && inner.every(([ir, ic]) => ic === col && ir !== r && rows.has(ir))
        );
      });
      if (ganda.length === 0) continue;
      const saved = numAt(grid, t.row, col);
      if (!saved || saved.text) continue;
      let total = 0;
      let sub = 0;
      for (const r of rows) {
        const v = numAt(grid, r, col);
        if (!v || v.text) continue;
        total += v.value;
        if (ganda.includes(r)) sub += v.value;
      }
      // (a saved value that is not the formula's own result is ./rumusTersimpan's)
      if (!jumlahSama(saved.value, total) || sub === 0) continue;
      const expected = total - sub;
      out.push({
        row: t.row,
        col,
        expected,
        actual: saved.value,
        tanpaPeran: true,
        messageId: "countedTwice",
        data: {
          name: awalan(namaIndikator(table, grid, t)),
          formula: (grid.formula(t.row, col) ?? "").replace(/^=/, ""),
          subtotals: ganda.sort((a, b) => a - b).join(", "),
          written: saved.value,
          sum: expected,
        },
      });
    }
  }
  return out;
}
