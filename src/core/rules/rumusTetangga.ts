// A typed number in a row whose other columns of the same kind add up the same rows by formula
// ("KOMPONEN HASIL | =SUM(D18:D21) | 28,57 | =SUM(F18:F21) | =SUM(G18:G21)": the 2022 figure typed
// over its four areas, which give 26,57; forms-blind61's Indeks RB). The row says in its other
// columns what it is; the typed cell is held to the same sum. Only where two or more neighbours of
// the same role and measure carry the same rows, each adding up to its saved value, so a row
// whose money is summed and whose K is a level is never judged by its money. Checked by
// sum-mismatch on any column (the claim rests on the sheet's own formulas).
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, ratioReferences, sumReferences } from "../grid";
import { kelompokKepala, norm } from "../detect/text";
import type { Cells } from "./precision";
import { awalan, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { jumlahSama, nilaiTetap, numAt } from "./values";

/**
 * The rows a column-sum formula adds in its own column, as a key ("18,19,20,21"); a lone reference
 * ("=O10" where the row's other columns add rows 10 and 13, forms-blind332) is a sum of one row.
 */
function barisDijumlah(grid: Grid, row: number, col: number): number[] | undefined {
  const refs = sumReferences(grid.formula(row, col));
  if (!refs || refs.length < 1 || refs.some(([r, c]) => c !== col || r === row)) return undefined;
  return refs.map(([r]) => r);
}

function jumlahKolom(grid: Grid, rows: readonly number[], col: number): number | undefined {
  let s = 0;
  for (const r of rows) {
    const cell = grid.cell(r, col);
    if (!cell || cell.value === null || cell.value === undefined || cell.value === "") continue;
    const n = numAt(grid, r, col);
    if (!n) return undefined;
    s += n.value;
  }
  return s;
}

/** The identity of a cell that should be the sum of `rows` in its column, for ./precision. */
function jumlahBaris(
  row: number,
  col: number,
  rows: readonly number[],
): Pick<RuleFinding, "inputs" | "recheck"> {
  return {
    inputs: rows.map((r) => [r, col] as [number, number]),
    recheck: (cells: Cells) => {
      const v = cells(row, col);
      if (v === undefined) return true;
      let t = 0;
      for (const r of rows) t += cells(r, col) ?? 0;
      return jumlahSama(v, t);
    },
  };
}

// the same role and measure, under the same heading ("Nilai Indeks RB Tahun > 2021 .. 2024"): a
// "Bobot" beside the years is another quantity
const sejenis = (a: DetectedColumn, b: DetectedColumn): boolean =>
  a.role === b.role &&
  a.ukuran === b.ukuran &&
  (a.year === undefined) === (b.year === undefined) &&
  !!a.quarter === !!b.quarter &&
  !!a.toDate === !!b.toDate &&
  kelompokKepala(a.header) === kelompokKepala(b.header);

const PER_SATUAN =
  /\b(produktivitas|harga|tarif)\b|\(\s*[a-z.]+\s*\/\s*(ha|hektar|km2|km²|kapita|kk|jiwa|orang|kg|ekor)\s*\)/;

export function rumusTetangga(table: DetectedTable, grid: Grid): RuleFinding[] {
  const out: RuleFinding[] = [];
  // no share, average or ratio: a JUMLAH row's "% Tindak Lanjut" beside its summed counts is
  // their ratio (blind3638Lessons), and a column whose other rows divide is one of ratios
  const numeric = table.columns.filter(
    (c) =>
      c.role !== "no" &&
      c.role !== "kode" &&
      c.role !== "capaian" &&
      c.role !== "pertumbuhan" &&
      // ("rata" as a word: "Pratama", a grade of tangguh villages, is counted, forms-blind329)
      !/%|persen|\b(re)?rata\b|rasio|capaian|predikat/.test(norm(c.header)) &&
      // (nor a yield, a price or a density: "Produktivitas (ku/ha)" of a "Jumlah / Rata-rata" row
      // is its production over its area, forms-blind303; a capacity in l/detik adds up)
      !PER_SATUAN.test(norm(c.header)) &&
      // (a sheet without formulas has no ratio: its rows are not walked per column)
      !(grid.formulaCount > 0 && table.rows.some((r) => ratioReferences(grid.formula(r.row, c.col)))),
  );
  for (const row of table.rows) {
    // each column's summed rows, read once per row (most rows have no formula at all: the map is
    // made for a row's first)
    let dijumlahKolom: Map<DetectedColumn, number[]> | undefined;
    for (const n of numeric) {
      const r = grid.formula(row.row, n.col) ? barisDijumlah(grid, row.row, n.col) : undefined;
      const saved = r && numAt(grid, row.row, n.col);
      const s = r && saved ? jumlahKolom(grid, r, n.col) : undefined;
      // (a formula that does not add up to its saved value is ./rumusTersimpan's, no witness)
      if (r && saved && s !== undefined && jumlahSama(s, saved.value))
        (dijumlahKolom ??= new Map()).set(n, r);
    }
    if (dijumlahKolom === undefined || dijumlahKolom.size < 2) continue;
    // a SUM that stops short ("=SUM(D10:D11)" where the row's other sums add rows 10-12,
    // forms-blind63): the rows are the row's, whatever the column holds
    for (const f of rentangPendek(table, grid, row, dijumlahKolom)) out.push(f);
    for (const c of numeric) {
      const cell = grid.cell(row.row, c.col);
      if (!cell || typeof cell.value !== "number" || grid.formula(row.row, c.col)) continue;
      // the neighbours of the same kind that add the same rows (shifted to their own column)
      let rows: number[] | undefined;
      const saksi: DetectedColumn[] = [];
      for (const [n, r] of dijumlahKolom) {
        // (a copy of one row is no witness of what the row adds)
        if (!sejenis(n, c) || r.length < 2) continue;
        if (rows && r.join() !== rows.join()) {
          rows = undefined;
          break;
        }
        rows = r;
        saksi.push(n);
      }
      if (!rows || saksi.length < 2) continue;
      const sum = jumlahKolom(grid, rows, c.col);
      if (sum === undefined || jumlahSama(cell.value, sum)) continue;
      // (a level carried: the same number in every row summed and here, forms-blind105's beds)
      if (
        nilaiTetap(
          grid,
          rows.map((r) => ({ row: r })),
          c.col,
          cell.value,
        )
      )
        continue;
      const dijumlah = rows;
      const nama = namaIndikator(table, grid, row) || row.label || "";
      out.push({
        row: row.row,
        col: c.col,
        expected: sum,
        actual: cell.value,
        tanpaPeran: true,
        ...jumlahBaris(row.row, c.col, dijumlah),
        // sum-mismatch's message (./sumMismatch declares it)
        messageId: "typedAmongRowSums",
        data: {
          name: awalan(nama),
          written: cell.value,
          columns: saksi.map((n) => colToLetters(n.col)).join(", "),
          rows: `${dijumlah[0]}-${dijumlah[dijumlah.length - 1]}`,
          sum,
          difference: cell.value - sum,
        },
      });
    }
  }
  return out;
}

/** The rows most of the row's column sums add (two or more columns agree), if any. */
function barisUmum(dijumlahKolom: ReadonlyMap<DetectedColumn, number[]>): number[] | undefined {
  const hitung = new Map<string, { rows: number[]; n: number }>();
  // (copies of one row, "=B12" of a level's closing, have no say in what the row adds)
  const sums = [...dijumlahKolom.values()].filter((r) => r.length >= 2);
  for (const r of sums) {
    const k = r.join();
    const h = hitung.get(k);
    if (h) h.n++;
    else hitung.set(k, { rows: r, n: 1 });
  }
  const [best] = [...hitung.values()].sort((a, b) => b.n - a.n);
  return best && best.n >= 2 && best.n * 2 > sums.length ? best.rows : undefined;
}

/**
 * Two sums on a subtotal row that disagree ("Sub Jumlah II | =SUM(H18:H20) | =SUM(I18:I21)",
 * forms-blind72): the one that reaches the row right above it covers the block; the other starts
 * with it and stops short, over rows that hold numbers in its own column.
 */
function sampaiAtas(
  grid: Grid,
  row: number,
  dijumlahKolom: ReadonlyMap<DetectedColumn, number[]>,
): number[] | undefined {
  const ranges = [...dijumlahKolom].filter(([, r]) => r.length >= 2);
  const penuh = ranges.filter(([, r]) => r[r.length - 1] === row - 1);
  if (penuh.length === 0 || penuh.some(([, r]) => r.join() !== penuh[0][1].join())) return undefined;
  const rows = penuh[0][1];
  const pendek = ranges.filter(([, r]) => r.join() !== rows.join());
  const ok = pendek.every(
    ([c, r]) =>
      r.length < rows.length &&
      r.every((x, i) => x === rows[i]) &&
      rows.slice(r.length).every((x) => {
        const v = numAt(grid, x, c.col);
        return !!v && !v.text && v.value !== 0;
      }),
  );
  return pendek.length > 0 && ok ? rows : undefined;
}

function rentangPendek(
  table: DetectedTable,
  grid: Grid,
  row: DetectedTable["rows"][number],
  dijumlahKolom: ReadonlyMap<DetectedColumn, number[]>,
): RuleFinding[] {
  const umum = barisUmum(dijumlahKolom) ?? sampaiAtas(grid, row.row, dijumlahKolom);
  if (!umum) return [];
  const semua = new Set(umum);
  const out: RuleFinding[] = [];
  // (a copy of one row of a run, "=C12" or "=I23" under months added 12-23, is a level's opening
  // or closing, forms-blind108; one of the parents a hierarchy's total picks, "=O10" where the
  // others add rows 10 and 13, is a sum of one, forms-blind332)
  const run = umum[umum.length - 1] - umum[0] === umum.length - 1;
  for (const [c, own] of dijumlahKolom) {
    if (own.length >= umum.length || !own.every((r) => semua.has(r))) continue;
    if (own.length === 1 && run) continue;
    const saved = numAt(grid, row.row, c.col);
    const sum = jumlahKolom(grid, umum, c.col);
    if (!saved || sum === undefined || jumlahSama(saved.value, sum)) continue;
    const saksi = [...dijumlahKolom].filter(([, r]) => r.join() === umum.join()).map(([n]) => n);
    const nama = namaIndikator(table, grid, row) || row.label || "";
    out.push({
      row: row.row,
      col: c.col,
      expected: sum,
      actual: saved.value,
      tanpaPeran: true,
      ...jumlahBaris(row.row, c.col, umum),
      // sum-mismatch's message (./sumMismatch declares it)
      messageId: "rowSumShort",
      data: {
        name: awalan(nama),
        formula: (grid.formula(row.row, c.col) ?? "").replace(/^=/, ""),
        own: `${own[0]}-${own[own.length - 1]}`,
        columns: saksi.map((n) => colToLetters(n.col)).join(", "),
        rows: `${umum[0]}-${umum[umum.length - 1]}`,
        sum,
        difference: saved.value - sum,
      },
    });
  }
  return out;
}
