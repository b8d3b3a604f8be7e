// Siap kirim: before a workbook goes to someone without the add-in, every IKU.* formula becomes a
// plain Excel formula with the same result, or its current value where no plain formula can
// say the same (a polarity taken from a cell, a range target typed in a cell, ...). The plan is
// shown to the planner first; applying it goes through the fixes, so it can be undone.
import type { Grid } from "../core/grid";
import { textOf, toA1 } from "../core/grid";
import { hasIkuCall, toPlainFormula } from "../core/formulas";
import type { FixRequest } from "../excel/fixes";

export type Mode = "rumus" | "nilai";

export type Rencana = {
  total: number;
  /** Replaced by a plain formula (mode rumus). */
  rumus: number;
  /** Replaced by the value Excel shows now. */
  nilai: number;
  requests: FixRequest[];
};

export function rencanaSiapKirim(grids: Grid[], mode: Mode): Rencana {
  const requests: FixRequest[] = [];
  let rumus = 0;
  for (const g of grids) {
    for (const r of g.usedRows()) {
      for (let c = 1; c <= g.colCount; c++) {
        const cell = g.cell(r, c);
        if (!cell?.formula || !hasIkuCall(`=${cell.formula}`)) continue;
        const plain = mode === "rumus" ? toPlainFormula(`=${cell.formula}`) : undefined;
        if (plain?.ok) {
          rumus++;
          requests.push({ sheet: g.name, cell: toA1(r, c), fix: { formula: plain.formula } });
        } else {
          const v = cell.value;
          const value =
            typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : textOf(v);
          requests.push({ sheet: g.name, cell: toA1(r, c), fix: { value } });
        }
      }
    }
  }
  return { total: requests.length, rumus, nilai: requests.length - rumus, requests };
}
