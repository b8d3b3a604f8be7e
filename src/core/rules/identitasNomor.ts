// The form's own identities, as its row of column numbers writes them: "13 = 6 + 12",
// "(12) = (8+9+10+11)" (docs/desain.md, "Forms"). Each number stands over one column or over a
// merged K / Rp pair; a sum identity is checked pair by pair (K with K, Rp with Rp), by
// sum-mismatch: Rp always, K only for indicators that count a flow (./konsolidasi). Ratios
// ("14 = 13/5 x 100") are capaian-mismatch's, from the columns' meaning.
import type { DetectedTable } from "../detect";
import { kondisiAkhirRupiah } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, linearReferences, textOf } from "../grid";
import { jumlahNomor, kolomPerNomor } from "../detect/nomorKolom";
import type { Cells } from "./precision";
import {
  aditifBaris,
  awalan,
  bagianTahun,
  barisData,
  levelTetap,
  namaIndikator,
  penerimaSatuSuku,
} from "./tahunan";
import type { RuleFinding } from "./types";
import { numAt, jumlahSama } from "./values";

type SumIdentity = {
  total: number[];
  parts: number[][];
  signs: Array<1 | -1>;
  label: string;
  /** Written as a formula across the table's total row, not in its number row. */
  barisJumlah?: boolean;
};

/**
 * The sums the table's total row computes across its own row ("Jumlah" =K11+L11+M11 under
 * "Golongan > I / II | III | IV", forms-blind275): each row's Jumlah is the same sum of its own
 * cells, whatever the columns mean, as a number row's "(f) = (c)+(d)+(e)" says it. Only where no
 * number row states the column's identity.
 */
function identitasBarisJumlah(table: DetectedTable, grid: Grid, dariNomor: SumIdentity[]): SumIdentity[] {
  // (the grand total under the rows: not a parent row above its children, whose own sums are
  // sum-mismatch's by code)
  const totals = table.rows.filter((r) => r.kind === "total");
  const total = totals[totals.length - 1];
  if (!total || table.rows.some((r) => r.kind !== "total" && r.row > total.row)) return [];
  const out: SumIdentity[] = [];
  for (let c = table.range.c1; c <= table.range.c2; c++) {
    if (dariNomor.some((id) => id.total.includes(c))) continue;
    const f = grid.formula(total.row, c);
    const terms = linearReferences(f?.replace(/^=/, ""));
    if (
      !f ||
      !terms ||
      terms.length < 2 ||
      terms.some(
        ([r, k, sign]) => r !== total.row || k === c || k < table.range.c1 || k > table.range.c2 || sign < 0,
      )
    )
      continue;
    out.push({
      total: [c],
      parts: terms.map(([, k]) => [k]),
      signs: terms.map(() => 1 as const),
      label: `=${f.replace(/^=/, "")}`,
      barisJumlah: true,
    });
  }
  return out;
}

export function identitasNomor(table: DetectedTable, grid: Grid): SumIdentity[] {
  const row = table.numberRow;
  if (row === undefined) return [];
  const byNumber = kolomPerNomor(grid, row, table.range.c1, table.range.c2);
  const out: SumIdentity[] = [];
  for (let c = table.range.c1; c <= table.range.c2; c++) {
    const text = textOf(grid.value(row, c)).trim();
    const m = jumlahNomor(text);
    if (!m) continue;
    const total = byNumber.get(m.total);
    const parts = m.parts.map((p) => byNumber.get(p));
    if (!total || parts.some((p) => !p || p.length !== total.length)) continue;
    out.push({ total, parts: parts as number[][], signs: m.signs, label: text });
  }
  return out;
}

/** Sum identities of the number row, checked row by row. */
export function cekIdentitasNomor(table: DetectedTable, grid: Grid): RuleFinding[] {
  const dariNomor = identitasNomor(table, grid);
  const ids = [...dariNomor, ...identitasBarisJumlah(table, grid, dariNomor)];
  if (ids.length === 0) return [];
  const byCol = new Map(table.columns.map((c) => [c.col, c]));
  // T-C.27's "17 = 7+9+11+13+15" is the final condition's Rp as the sum of the years:
  // kondisi-akhir-mismatch's identity, named by that rule (forms-blind130), not a second finding
  const akhir = table.columns.some((c) => c.role === "kondisi-akhir");
  const out: RuleFinding[] = [];
  for (const row of barisData(table)) {
    if (row.kind === "total") continue;
    let flow: ReturnType<typeof aditifBaris> | undefined;
    for (const id of ids) {
      id.total.forEach((tcol, i) => {
        const col = byCol.get(tcol);
        const money = col?.ukuran === "Rp" || col?.role === "anggaran" || col?.role === "realisasi-anggaran";
        // columns of no known meaning ("Nilai per Komponen > ... | Nilai Akhir" of a SAKIP recap,
        // forms-blind31): the form's own identity is all there is, and it holds as written
        // (and a sum across the total row over parts that are no periods: categories add up
        // whatever the figure, a level or a flow)
        const bebas =
          (col?.role === "lainnya" && id.parts.every((p) => byCol.get(p[i])?.role === "lainnya")) ||
          (!!id.barisJumlah &&
            id.parts.every((p) => {
              const k = byCol.get(p[i]);
              return !!k && !bagianTahun(k);
            }));
        if (!col || (col.role !== "realisasi" && col.role !== "realisasi-anggaran" && !money && !bebas))
          return;
        if (
          akhir &&
          ((col.role === "anggaran" && col.endOfPeriod && col.ukuran === "Rp") || kondisiAkhirRupiah(col))
        )
          return;
        if (!money && !bebas) {
          flow ??= aditifBaris(table, grid, row);
          if (flow !== "ya") return;
        }
        // (a row whose Jumlah is a formula: a formula that reads other cells is
        // inconsistent-formula's, named by that rule)
        if (id.barisJumlah && grid.formula(row.row, tcol)) return;
        const pcols = id.parts.map((p) => p[i]);
        // a count of recipients written as one of its terms keeps its level (./tahunan)
        if (!money && !bebas && penerimaSatuSuku(table, grid, row, tcol, pcols)) return;
        const t = numAt(grid, row.row, tcol);
        const ps = pcols.map((p) => numAt(grid, row.row, p));
        if (!t || ps.some((p) => !p)) return;
        const s = ps.reduce((a, p, k) => a + id.signs[k] * (p?.value ?? 0), 0);
        if (jumlahSama(s, t.value)) return;
        // a remainder the form computes below zero ("11 = 9 - 10" where more was spent than
        // received) says a term is wrong, which the rules on that term name; not the remainder
        if (s < 0 && id.signs.some((x) => x < 0)) return;
        if (!money && !bebas && levelTetap(table, grid, row, tcol, pcols)) return;
        const nama = namaIndikator(table, grid, row);
        const letters = pcols
          .map((p, k) => (k ? (id.signs[k] < 0 ? " - " : " + ") : "") + colToLetters(p))
          .join("");
        out.push({
          ...(bebas ? { tanpaPeran: true as const } : {}),
          row: row.row,
          col: tcol,
          expected: s,
          actual: t.value,
          inputs: pcols.map((p) => [row.row, p] as [number, number]),
          recheck: (cells: Cells) => {
            const tv = cells(row.row, tcol);
            const vs = pcols.map((p) => cells(row.row, p));
            if (tv === undefined || vs.some((v) => v === undefined)) return true;
            return jumlahSama(
              vs.reduce((a: number, v, k) => a + id.signs[k] * (v as number), 0),
              tv,
            );
          },
          // sum-mismatch's message (./sumMismatch declares it)
          messageId: id.barisJumlah ? "totalRowFormula" : "formColumnNumbers",
          data: {
            name: awalan(nama),
            written: t.value,
            label: id.label,
            columns: letters,
            sum: s,
            difference: t.value - s,
          },
        });
      });
    }
  }
  return out;
}
