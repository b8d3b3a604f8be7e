// Siap kirim: before a workbook goes to someone without the add-in, every IKU.* formula becomes a
// plain Excel formula that gives the same value for what its cells hold now (text numbers such
// as "85,5", "-" / "NA" marks and errors included; core/formulas), or its current value where
// no plain formula can promise that (a polarity taken from a cell, a range target typed in a
// cell, a word in an input cell, ...). The plan is shown to the planner first, with how many
// cells get their value and why; applying it goes through the fixes, so it can be undone.
import type { Grid } from "../core/grid";
import { textOf, toA1 } from "../core/grid";
import { hasIkuCall } from "../core/formulas";
import { toPlainFormula, ukuranHasil } from "../functions/rumusBiasa";
import type { BacaNilai, Pesan } from "../core/formulas";
import type { FixRequest } from "../excel/fixes";

export type Mode = "rumus" | "nilai";

export type Rencana = {
  /** IKU.* formulas found. */
  total: number;
  /** Replaced by a plain formula (mode rumus). */
  rumus: number;
  /** Replaced by the value Excel shows now (a spilling formula by all the values it shows). */
  nilai: number;
  /** Mode rumus: the cells that get their value instead of a formula, and why. */
  ditempel: Array<{ sheet: string; cell: string; alasan: Pesan }>;
  requests: FixRequest[];
};

/** What the cells of the workbook hold, for the rewriter: a reference on `sheet` or a named sheet. */
function pembaca(grids: Grid[], sheet: Grid): BacaNilai {
  const byName = new Map(grids.map((g) => [g.name.toLowerCase(), g]));
  return ({ sheet: nama, r1, c1, r2, c2 }) => {
    const g = nama === undefined ? sheet : byName.get(nama.toLowerCase());
    if (!g) return undefined; // a sheet that was not read: its values are unknown
    const out = [];
    for (let r = r1; r <= Math.min(r2, g.rowCount); r++) {
      const row = [];
      for (let c = c1; c <= Math.min(c2, g.colCount); c++) row.push(g.value(r, c));
      out.push(row);
    }
    return out;
  };
}

export function rencanaSiapKirim(grids: Grid[], mode: Mode): Rencana {
  const requests: FixRequest[] = [];
  const ditempel: Rencana["ditempel"] = [];
  let rumus = 0;
  for (const g of grids) {
    const nilai = pembaca(grids, g);
    for (const r of g.usedRows()) {
      for (let c = 1; c <= g.colCount; c++) {
        const cell = g.cell(r, c);
        if (!cell?.formula || !hasIkuCall(`=${cell.formula}`)) continue;
        const plain = mode === "rumus" ? toPlainFormula(`=${cell.formula}`, { nilai }) : undefined;
        if (plain?.ok) {
          rumus++;
          requests.push({ sheet: g.name, cell: toA1(r, c), fix: { formula: plain.formula } });
        } else {
          if (plain) ditempel.push({ sheet: g.name, cell: toA1(r, c), alasan: plain.reason });
          // A formula that spills over several cells: each of them keeps the value it shows.
          const luas = ukuranHasil(`=${cell.formula}`) ?? { rows: 1, cols: 1 };
          for (let i = 0; i < luas.rows; i++) {
            for (let j = 0; j < luas.cols; j++) {
              const v = g.value(r + i, c + j);
              const value =
                typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : textOf(v);
              const req: FixRequest = { sheet: g.name, cell: toA1(r + i, c + j), fix: { value } };
              if (i || j) req.tumpahan = true;
              requests.push(req);
            }
          }
        }
      }
    }
  }
  const total = requests.filter((q) => !q.tumpahan).length;
  return { total, rumus, nilai: total - rumus, ditempel, requests };
}
