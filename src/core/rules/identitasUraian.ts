// The identities a row's own label states over the table's numbered rows, as an LRA writes them:
// "Surplus / (Defisit) (1 - 2)", "Pembiayaan Netto (4 - 5)", "SiLPA (3 + 6)" under a "No" column
// of 1 .. 7 (forms-blind296). Each figure of such a row is that sum of the numbered rows' figures
// in its column. A typed one that breaks it, where the table's other stated cells keep it (two or
// more, twice as many as break it), is sum-mismatch's, whatever the columns were read as: the
// claim rests on the table's own words and numbers.
import type { DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, textOf } from "../grid";
import type { Cells } from "./precision";
import { awalan, barisData, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { jumlahSama, numAt } from "./values";

// "(1 - 2)", "(3 + 6)", "(4+5-6)" at the end of a label
const RUMUS_URAIAN = /\((\d{1,2}(?:\s*[+-]\s*\d{1,2})+)\)\s*$/;

type Identitas = { row: number; baris: DetectedRow; label: string; terms: Array<[number, 1 | -1]> };

function identitas(table: DetectedTable, grid: Grid): Identitas[] {
  const no = table.columns.find((c) => c.role === "no");
  if (!no) return [];
  const rows = barisData(table);
  const byNo = new Map<string, number>();
  for (const r of rows) {
    const v = textOf(grid.value(r.row, no.col)).trim().replace(/\.$/, "");
    if (/^\d{1,2}$/.test(v)) byNo.set(v, r.row);
  }
  const out: Identitas[] = [];
  for (const r of rows) {
    const label = namaIndikator(table, grid, r);
    const m = RUMUS_URAIAN.exec(label);
    if (!m) continue;
    const terms: Array<[number, 1 | -1]> = [];
    for (const t of m[1].matchAll(/([+-]?)\s*(\d{1,2})/g)) {
      const at = byNo.get(t[2]);
      if (at === undefined || at === r.row) break;
      terms.push([at, t[1] === "-" ? -1 : 1]);
    }
    if (terms.length >= 2 && terms.length === [...m[1].matchAll(/\d{1,2}/g)].length)
      out.push({ row: r.row, baris: r, label: `(${m[1].replace(/\s+/g, " ")})`, terms });
  }
  return out;
}

export function identitasUraian(table: DetectedTable, grid: Grid): RuleFinding[] {
  const ids = identitas(table, grid);
  if (ids.length === 0) return [];
  const numeric = table.columns.filter((c) => c.role !== "no" && c.role !== "kode");
  let holds = 0;
  const breaks: RuleFinding[] = [];
  for (const id of ids)
    for (const c of numeric) {
      const t = numAt(grid, id.row, c.col);
      const parts = id.terms.map(([r]) => numAt(grid, r, c.col));
      if (!t || parts.some((p) => !p)) continue;
      const sum = id.terms.reduce((a, [, sign], i) => a + sign * parts[i]!.value, 0);
      if (jumlahSama(sum, t.value)) {
        holds++;
        continue;
      }
      if (grid.formula(id.row, c.col)) continue;
      breaks.push({
        tanpaPeran: true,
        row: id.row,
        col: c.col,
        expected: sum,
        actual: t.value,
        inputs: id.terms.map(([r]) => [r, c.col] as [number, number]),
        recheck: (cells: Cells) => {
          const v = cells(id.row, c.col);
          if (v === undefined) return true;
          return jumlahSama(
            id.terms.reduce((a, [r, sign]) => a + sign * (cells(r, c.col) ?? 0), 0),
            v,
          );
        },
        messageId: "rowLabelIdentity",
        data: {
          name: awalan(namaIndikator(table, grid, id.baris)),
          written: t.value,
          label: id.label,
          cells: id.terms
            .map(([r, sign], i) => `${i ? (sign < 0 ? " - " : " + ") : ""}${colToLetters(c.col)}${r}`)
            .join(""),
          sum,
          difference: t.value - sum,
        },
      });
    }
  return holds >= 2 && holds >= 2 * breaks.length ? breaks : [];
}
