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
import { angkaId, jumlahSama, numAt } from "./values";

const KUMULATIF = /^(kumulatif|akumulasi|s\.?\s?d\.? (triwulan|tw|bulan|periode) ini)$/;
const PERIODE_INI = /^(triwulan|tw|bulan|semester|periode) ini$/;

// "KIA Kumulatif" beside "KIA Terbit": the running total named by what it adds (forms-blind294)
const KUMULATIF_DARI = /^(.+?) (kumulatif|akumulasi)$/;

/** The pairs (running total, this period's figure) under one heading, or of one name. */
function pasangan(table: DetectedTable): Array<[DetectedColumn, DetectedColumn]> {
  const out: Array<[DetectedColumn, DetectedColumn]> = [];
  for (const k of table.columns) {
    const daun = labelAkhir(k.header);
    const grup = kelompokKepala(k.header);
    const pokok = KUMULATIF_DARI.exec(daun)?.[1];
    const ini = KUMULATIF.test(daun)
      ? table.columns.find(
          (c) => c !== k && PERIODE_INI.test(labelAkhir(c.header)) && kelompokKepala(c.header) === grup,
        )
      : pokok
        ? table.columns.find(
            (c) =>
              c.col === k.col - 1 &&
              labelAkhir(c.header).startsWith(`${pokok} `) &&
              !/%|persen/.test(labelAkhir(c.header)),
          )
        : undefined;
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
    // (an opening balance carried in: "KIA Kumulatif" from 2019, its first row 49.150 + 3.920;
    // the first row then proves nothing, the others must)
    const p0 = rows.length ? numAt(grid, rows[0].row, ini.col) : undefined;
    const t0 = rows.length ? numAt(grid, rows[0].row, k.col) : undefined;
    const saldo = p0 && t0 && !jumlahSama(p0.value, t0.value) ? t0.value - p0.value : 0;
    let jalan = saldo;
    let ditulis = saldo;
    const holds: number[] = [];
    const breaks: RuleFinding[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const p = numAt(grid, r.row, ini.col);
      const t = numAt(grid, r.row, k.col);
      if (!p || !t) break;
      // (a year's row that sums the periods above it, "Posisi akhir 2024 | =SUM(J5:J8)" or typed,
      // closes them)
      if (i >= 2 && jumlahSama(p.value, jalan - saldo)) break;
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
          let s = saldo;
          for (const x of upTo) s += cells(x, ini.col) ?? 0;
          return jumlahSama(s, v);
        },
        messageId: "runningTotal",
        data: {
          name: awalan(namaIndikator(table, grid, r)),
          column: daunKepala(k.header),
          written: t.value,
          period: daunKepala(ini.header),
          // (with the opening balance it carries: "49.150 + J5:J7")
          columns: `${saldo ? `${angkaId(saldo)} + ` : ""}${colToLetters(ini.col)}${upTo[0]}:${colToLetters(ini.col)}${r.row}`,
          sum,
          difference: t.value - sum,
        },
      });
    }
    const bukti = saldo ? holds.length - 1 : holds.length;
    if (bukti >= (saldo ? 2 : 3) && bukti >= 2 * breaks.length) out.push(...breaks);
  }
  return out;
}
