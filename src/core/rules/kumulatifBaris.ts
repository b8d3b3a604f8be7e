// A running total down a table of periods: "Mendapat Skrining > Triwulan Ini | Kumulatif" over
// the rows Triwulan I .. IV (forms-blind286's SPM usia lanjut). Each row's Kumulatif is the sum of
// "Triwulan Ini" up to it. A typed one that breaks it, where the table's other rows keep it (three
// or more, twice as many as break it), is sum-mismatch's, whatever the columns were read as: the
// claim rests on the table's own numbers. The sum is read from the cells, so a formula's stale
// value counts as written.
import type { DetectedColumn, DetectedTable } from "../detect";
import { daunKepala, kelompokKepala, labelAkhir } from "../detect/text";
import type { Grid } from "../grid";
import { colToLetters } from "../grid";
import type { Cells } from "./precision";
import { awalan, barisData, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { jumlahSama, numAt } from "./values";

const KUMULATIF = /^(kumulatif|akumulasi|s\.?\s?d\.? (triwulan|tw|bulan|periode) ini)$/;
const PERIODE_INI = /^(triwulan|tw|bulan|semester|periode) ini$/;

/** The pairs (running total, this period's figure) under one heading. */
function pasangan(table: DetectedTable): Array<[DetectedColumn, DetectedColumn]> {
  const out: Array<[DetectedColumn, DetectedColumn]> = [];
  for (const k of table.columns) {
    if (!KUMULATIF.test(labelAkhir(k.header))) continue;
    const grup = kelompokKepala(k.header);
    const ini = table.columns.find(
      (c) => c !== k && PERIODE_INI.test(labelAkhir(c.header)) && kelompokKepala(c.header) === grup,
    );
    if (ini) out.push([k, ini]);
  }
  return out;
}

export function kumulatifBaris(table: DetectedTable, grid: Grid): RuleFinding[] {
  const pairs = pasangan(table);
  if (pairs.length === 0) return [];
  const rows = barisData(table).filter((r) => r.kind !== "total");
  const out: RuleFinding[] = [];
  for (const [k, ini] of pairs) {
    let jalan = 0;
    let ditulis = 0;
    const holds: number[] = [];
    const breaks: RuleFinding[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const p = numAt(grid, r.row, ini.col);
      const t = numAt(grid, r.row, k.col);
      if (!p || !t) break;
      jalan += p.value;
      // (a row that goes on from the total written above it keeps the practice too: one slip,
      // one finding, not one on every row after it)
      const lanjut = ditulis + p.value;
      ditulis = t.value;
      if (jumlahSama(jalan, t.value) || jumlahSama(lanjut, t.value)) {
        holds.push(r.row);
        continue;
      }
      if (grid.formula(r.row, k.col)) continue;
      const upTo = rows.slice(0, i + 1).map((x) => x.row);
      const sum = jalan;
      breaks.push({
        tanpaPeran: true,
        row: r.row,
        col: k.col,
        expected: sum,
        actual: t.value,
        inputs: upTo.map((x) => [x, ini.col] as [number, number]),
        recheck: (cells: Cells) => {
          const v = cells(r.row, k.col);
          if (v === undefined) return true;
          let s = 0;
          for (const x of upTo) s += cells(x, ini.col) ?? 0;
          return jumlahSama(s, v);
        },
        messageId: "runningTotal",
        data: {
          name: awalan(namaIndikator(table, grid, r)),
          column: daunKepala(k.header),
          written: t.value,
          period: daunKepala(ini.header),
          columns: `${colToLetters(ini.col)}${upTo[0]}:${colToLetters(ini.col)}${r.row}`,
          sum,
          difference: t.value - sum,
        },
      });
    }
    if (holds.length >= 3 && holds.length >= 2 * breaks.length) out.push(...breaks);
  }
  return out;
}
