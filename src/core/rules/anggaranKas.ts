// A DPA's cash plan: "Anggaran Kas (Rp) > Triwulan I .. IV | Jumlah Anggaran Kas" beside "Pagu
// DPA": the year's cash plan spreads the pagu over the quarters, so it adds up to the pagu exactly
// (the Permendagri on the regional budget's implementation; forms-blind39's kegiatan whose TW IV
// was typed 317.650.000 for 371.650.000). Checked by sum-mismatch, at the cash plan's total (or,
// without one, at its last quarter).
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters } from "../grid";
import { norm } from "../detect/text";
import type { Cells } from "./precision";
import { awalan, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { barisData, jumlahSama, numAt } from "./values";

const KAS = /anggaran kas|rencana (penarikan|kas)/;

export function anggaranKas(table: DetectedTable, grid: Grid): RuleFinding[] {
  const kas = (c: DetectedColumn): boolean => c.role === "anggaran" && KAS.test(norm(c.header));
  const quarters = table.columns.filter((c) => kas(c) && c.quarter !== undefined);
  if (quarters.length !== 4 || new Set(quarters.map((c) => c.year)).size !== 1) return [];
  const year = quarters[0].year;
  const pagus = table.columns.filter(
    (c) => c.role === "anggaran" && c.year === year && !kas(c) && /pagu|\bdpa\b/.test(norm(c.header)),
  );
  if (pagus.length !== 1) return [];
  const pagu = pagus[0].col;
  const jumlah = table.columns.find((c) => kas(c) && c.quarter === undefined && c.year === year)?.col;
  const qs = quarters.map((c) => c.col);
  const out: RuleFinding[] = [];
  for (const row of barisData(table)) {
    const p = numAt(grid, row.row, pagu);
    const vs = qs.map((c) => numAt(grid, row.row, c));
    if (!p || vs.some((v) => !v)) continue;
    // a program or a total whose quarters add up the rows under it follows those rows: the row
    // where the quarters are typed is the one to name
    if (row.kind === "total" || qs.every((c) => grid.formula(row.row, c))) continue;
    const s = vs.reduce((a, v) => a + (v?.value ?? 0), 0);
    if (jumlahSama(s, p.value)) continue;
    const at = jumlah ?? qs[qs.length - 1];
    out.push({
      row: row.row,
      col: at,
      expected: p.value,
      actual: jumlah !== undefined ? (numAt(grid, row.row, jumlah)?.value ?? s) : s,
      inputs: [[row.row, pagu], ...qs.map((c) => [row.row, c] as [number, number])],
      recheck: (cells: Cells) => {
        const pv = cells(row.row, pagu);
        const xs = qs.map((c) => cells(row.row, c));
        if (pv === undefined || xs.some((x) => x === undefined)) return true;
        return jumlahSama(
          xs.reduce((a: number, x) => a + (x as number), 0),
          pv,
        );
      },
      messageId: "cashPlan",
      data: {
        name: awalan(namaIndikator(table, grid, row)),
        sum: s,
        columns: qs.map(colToLetters).join(" + "),
        pagu: p.value,
        difference: s - p.value,
      },
    });
  }
  return out;
}
