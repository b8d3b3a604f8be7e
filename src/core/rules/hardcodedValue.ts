// hardcoded-value: a typed number in a column (or a run of years) that is otherwise computed by
// one formula; the number goes stale when its inputs change. The fix is the column's formula.
import { fromR1C1, parseA1 } from "../grid";
import { MIN_FORMULAS, awalBerjalan, formulaColumns, referencesOf } from "./formulaColumns";
import { polaritasRow } from "./catatanPolaritas";
import { bagianMenurutRumus } from "./percentOutOfRange";
import { namaIndikator } from "./tahunan";
import { bacaReferensi } from "../formulas/argumenPanggilan";
import type { Rule, RuleContext, RuleFinding } from "./types";
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { nilaiLinear, nilaiRasio, sumReferences } from "./precision";
import { nilaiRumusSel } from "../formulas/rumusSel";
import { aditifBaris, bagianTahun } from "./tahunan";
import { akhirYangDimaksud } from "./kondisiAkhirMismatch";
import { batasCapaian } from "./catatan";
import { cellReferences, linearReferences, ratioReferences } from "../grid";
import { decimalsOfValue, jumlahSama, numAt } from "./values";

/** Is the formula a plain sum of cells of its own row (quarters, "s.d. lalu + tahun ini")? */
function tambahBaris(formula: string, row: number): boolean {
  const refs = sumReferences(formula);
  return !!refs && refs.length > 1 && refs.every(([r]) => r === row);
}

/** Is the row's indicator a level (a percentage, an index, a rate), whose values do not add up? */
function levelRow(table: DetectedTable, g: Grid, row: number): boolean {
  const r = table.rows.find((x) => x.row === row);
  return !!r && aditifBaris(table, g, r) === "tidak";
}

/**
 * The value a plain link gives ("=E7", "='Target Renstra'!E7"): a column of links copies another
 * table, and a typed number equal to what its link would give is the same copy, not a stale one
 * (forms-blind19's PK typed from its Renstra).
 */
function nilaiTautan(formula: string, ctx: RuleContext): unknown {
  const ref = bacaReferensi(formula.slice(1));
  if (ref?.kind !== "sel") return undefined;
  // "'Target Renstra'!" -> Target Renstra; no prefix: this sheet
  const sheet = ref.prefix
    ? ref.prefix
        .slice(0, -1)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'")
    : undefined;
  const grid = sheet === undefined ? ctx.grid : ctx.tables.find((t) => t.grid.name === sheet)?.grid;
  return grid?.value(ref.a.row, ref.a.col);
}

/**
 * Does the formula read a cell of its own sheet that holds text (a grade with its score, or a number
 * stored as text, "152.730", which text-number reports as the cause)?
 */
function bacaTeks(formula: string, g: Grid): boolean {
  for (const m of formula.matchAll(/(?<![A-Za-z!'$])\$?([A-Z]{1,3})\$?(\d+)(?![\d(])/g)) {
    const ref = parseA1(`${m[1]}${m[2]}`);
    const v = ref ? g.value(ref.row, ref.col) : undefined;
    if (typeof v === "string" && v.trim() !== "" && v.trim() !== "-") return true;
  }
  return false;
}

export const hardcodedValue: Rule = {
  id: "hardcoded-value",
  severity: "warning",
  description: {
    id: "Angka yang diketik di kolom yang lainnya dihitung dengan rumus.",
    en: "A typed number in a column that is otherwise computed by a formula.",
  },
  example: {
    id: "Satu angka diketik di kolom capaian yang baris lainnya memakai rumus =E7/D7*100.",
    en: "A number typed into an achievement column whose other rows use =E7/D7*100.",
  },
  howToFix: {
    id: "Ganti angka itu dengan rumus kolomnya, agar ikut berubah bila target atau realisasi berubah.",
    en: "Replace the number with the column's formula so it follows its target and realisation.",
  },
  messages: {
    typedAmongFormulas: {
      id: "Angka {{value}} diketik, sedangkan sel lain di kolom ini memakai rumus {{formula}}. Pakai rumusnya agar nilai ikut berubah bila datanya berubah.",
      en: "{{value}} is typed, while the other cells of this column use the formula {{formula}}. Use the formula so the value follows its data.",
    },
    typedDiffers: {
      id: "Angka {{value}} diketik, sedangkan sel lain di kolom ini memakai rumus {{formula}}, yang di baris ini memberi {{result}}. Periksa angkanya, lalu pakai rumusnya agar nilai ikut berubah bila datanya berubah.",
      en: "{{value}} is typed, while the other cells of this column use the formula {{formula}}, which gives {{result}} on this row. Check the figure, then use the formula so the value follows its data.",
    },
  },
  fixable: "formula",
  check(table, ctx) {
    const out: RuleFinding[] = [];
    const totals = new Set(table.rows.filter((r) => r.kind === "total").map((r) => r.row));
    // a typed share its own row's figures keep under 100 is percent-out-of-range's (one finding)
    let bagian: Set<string> | undefined;
    const bagianLebih = (row: number, col: number): boolean =>
      (bagian ??= new Set(
        bagianMenurutRumus(table, ctx.grid, ctx.settings.toleransi).map((f) => `${f.row}:${f.col}`),
      )).has(`${row}:${col}`);
    for (const fc of formulaColumns(table, ctx.grid)) {
      if (!fc.dominant) continue;
      const refs = referencesOf(fc.dominant);
      const dominant = fc.dominant;
      // a level's row that keeps its last quarter ("=G13" for a percentage) beside formulas that add
      // the quarters follows its own kind, not another shape against the column's (forms-blind283;
      // quarters only: a T-C.27's final condition mixes sums and last targets by design)
      // (the columns a formula reads are the same on every row: asked once, and only when needed)
      let triwulan: boolean | undefined;
      const kuartal = (row: number): boolean =>
        (triwulan ??= (linearReferences(fromR1C1(dominant, row, fc.column.col)) ?? []).every(([, k]) => {
          const kolom = table.columns.find((x) => x.col === k);
          return !!kolom && bagianTahun(kolom);
        }));
      const levelLain = (c: (typeof fc.cells)[number]): boolean =>
        referencesOf(c.form ?? "") !== refs &&
        tambahBaris(fromR1C1(dominant, c.row, fc.column.col), c.row) &&
        kuartal(c.row) &&
        levelRow(table, ctx.grid, c.row);
      const filled = fc.cells.filter((c) => (c.hasValue || c.form) && !levelLain(c));
      // formulas must be the rule of the column: the dominant one, or others over the same cells
      // with another constant ("x 1.000" for a rate per 1.000 among "x 100" for the shares of an
      // IKK table, forms-blind80)
      // (a running total's first row, "=C6" before "=D6+C7", is of its kind: forms-blind217)
      const awal = fc.cells.find((c) => c.form);
      const sejenis = fc.cells.filter(
        (c) =>
          c.form && (referencesOf(c.form) === refs || (c === awal && awalBerjalan(fc.dominant!, c.form))),
      ).length;
      if (sejenis * 10 < filled.length * 6) continue;
      const col = fc.column.col;
      if (fc.dominantCount >= MIN_FORMULAS)
        out.push(...bagiTotalDiketik(table, ctx.grid, dominant, col, totals));
      for (const cell of fc.cells) {
        if (cell.form || !cell.hasValue) continue;
        const v = ctx.grid.value(cell.row, col);
        if (typeof v !== "number" || bagianLebih(cell.row, col)) continue;
        const expected = `=${fromR1C1(fc.dominant, cell.row, col)}`;
        // a level's year typed beside formulas that add its quarters (or "s.d." plus this year):
        // for a percentage or an index the sum is wrong, the typed value is the one meant
        if (tambahBaris(expected.slice(1), cell.row) && levelRow(table, ctx.grid, cell.row)) continue;
        // the column's formula cannot compute this row ("BB (68,37)" as the realisation of a
        // Nilai SAKIP, forms-blind20): the typed number is the planner's own reading of the text
        if (bacaTeks(expected, ctx.grid)) continue;
        // the notes' ceiling typed where the formula would give more ("Capaian yang melebihi 120%
        // ditetapkan 120%"): the typed value is the rule, not a stale copy
        if (fc.column.role === "capaian" && v === batasCapaian(table, ctx.grid)) continue;
        const tautan = nilaiTautan(expected, ctx);
        if (typeof tautan === "number" && Math.abs(tautan - v) <= 1e-9 * Math.max(1, Math.abs(v))) continue;
        // a final condition typed as the last target, which this row calls for, beside the sums
        // of the table's counts
        if (fc.column.role === "kondisi-akhir" && tambahBaris(expected.slice(1), cell.row)) {
          const r = table.rows.find((x) => x.row === cell.row);
          if (r && akhirYangDimaksud(table, ctx.grid, r, col)) continue;
        }
        // a sum of the row's own cells ("=D9+E9+F9+G9", a SAKIP value of its components) that gives
        // another number than the one typed: the sheet's own arithmetic says the number is wrong,
        // whatever the column means (forms-blind38's 78,21 where the components make 68,70)
        const hasil = nilaiBaris(ctx.grid, expected.slice(1), cell.row, totals);
        const beda = hasil !== undefined && !jumlahSama(hasil, v) && Math.abs(hasil - v) > 0.005;
        // two formulas of three rows: only where the row's own arithmetic contradicts the number,
        // not a lower-is-better row's reflected capaian, and not in a capaian column the header
        // names (capaian-mismatch holds its cells to target and realisation already)
        const capaianPasti = fc.column.role === "capaian" && fc.column.certain;
        if (fc.dominantCount < MIN_FORMULAS && (!beda || capaianPasti || negatif(table, ctx, cell.row)))
          continue;
        if (beda && hasil !== undefined) {
          out.push(diketikBeda(cell.row, col, expected, v, hasil));
          continue;
        }
        out.push({
          row: cell.row,
          col,
          expected,
          actual: v,
          fix: { formula: expected },
          messageId: "typedAmongFormulas",
          data: { value: v, formula: expected },
        });
      }
    }
    return out;
  },
};

/**
 * A total row's share typed where the column's rows compute their own ratio ("Jumlah | =SUM(J8:J13) |
 * =SUM(K8:K13) | 72,74" under "Pemenuhan (%)" whose rows are =ROUND(K8/J8*100,2), forms-blind300):
 * the total's share is the same ratio of its own row's totals (22 / 30 = 73,33), not the mean of the
 * rows' shares. Asked only where both terms on the total row are their columns' totals (a SUM of the
 * column, or typed equal to it), and beyond the typed number's own rounding.
 */
function bagiTotalDiketik(
  table: DetectedTable,
  g: Grid,
  dominant: string,
  col: number,
  totals: ReadonlySet<number>,
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const data = table.rows.filter((r) => r.kind !== "total").map((r) => r.row);
  for (const row of totals) {
    const v = g.value(row, col);
    if (typeof v !== "number" || g.formula(row, col)) continue;
    const expected = `=${fromR1C1(dominant, row, col)}`;
    const q = ratioReferences(expected.slice(1));
    if (!q || q.num[0] !== row || q.den[0] !== row) continue;
    if (![q.num[1], q.den[1]].every((k) => totalKolom(g, row, k, data))) continue;
    const hasil = nilaiRasio(g, expected);
    if (hasil === undefined) continue;
    // (72,74 against 73,33 is a different number; 73 against 73,33 is the same one rounded)
    if (Math.abs(hasil - v) <= 0.5 * 10 ** -decimalsOfValue(v) + 1e-9) continue;
    out.push(diketikBeda(row, col, expected, v, hasil));
  }
  return out;
}

/**
 * A typed number the column's formula, on its row, puts otherwise: the sheet's own arithmetic
 * says so, whatever the column means.
 */
function diketikBeda(row: number, col: number, expected: string, v: number, hasil: number): RuleFinding {
  const f: RuleFinding = {
    row,
    col,
    expected,
    actual: v,
    tanpaPeran: true,
    fix: { formula: expected },
    messageId: "typedDiffers",
    data: { value: v, formula: expected, result: hasil },
  };
  // a sum of cells says which: when one of them is the mistake ("Rp 2027 typed ten times" in a
  // kondisi akhir Rp typed right), the typed number agrees once it is mended, and this finding is
  // that mistake's consequence (./precision, forms-blind328)
  const terms = linearReferences(expected.slice(1));
  if (terms) {
    f.inputs = terms.map(([r, c]) => [r, c]);
    f.recheck = (cells) => {
      let s = 0;
      for (const [r, c, sign] of terms) s += sign * (cells(r, c) ?? 0);
      return jumlahSama(s, v) || Math.abs(s - v) <= 0.005;
    };
  }
  return f;
}

/** Is the total row's cell its column's total: a SUM down the column, or typed equal to one? */
function totalKolom(g: Grid, row: number, col: number, data: readonly number[]): boolean {
  const refs = sumReferences(g.formula(row, col));
  if (refs) return refs.length >= 2 && refs.every(([r, c]) => c === col && r < row);
  const v = numAt(g, row, col);
  const above = data.filter((r) => r < row);
  if (!v || above.length < 2) return false;
  let s = 0;
  for (const r of above) {
    const n = numAt(g, r, col);
    if (!n) return false;
    s += n.value;
  }
  return jumlahSama(s, v.value);
}

/** Is the row's indicator lower-is-better (its capaian reflected, not the column's R / T)? */
function negatif(table: DetectedTable, ctx: RuleContext, row: number): boolean {
  const r = table.rows.find((x) => x.row === row);
  if (!r) return false;
  const p = polaritasRow(table, ctx.grid, r, namaIndikator(table, ctx.grid, r), ctx.settings);
  return p?.polaritas === "negatif";
}

/**
 * The value of a formula over cells of row `row` only, from the sheet's numbers: a sum of them
 * ("=D9+E9+F9+G9"), a ratio of two ("=ROUND(D9/C9*100,2)", forms-blind42's akta coverage), or other
 * arithmetic on them ("=ROUND(D12/(B12*365)*100,2)", a ward's BOR, forms-blind226); or of the row
 * and the table's total ("=ROUND(M11/M$12*100,2)", a row's share, forms-blind242).
 */
function nilaiBaris(
  grid: Grid,
  formula: string,
  row: number,
  totals: ReadonlySet<number>,
): number | undefined {
  const refs = cellReferences(formula);
  if (refs.some(([r]) => r !== row && !totals.has(r))) return undefined;
  // one cell and a number: "=100-K10", a survival rate as 100 less the death rate beside it
  // (forms-blind277); not a bare copy "=B11"
  if (refs.length === 1)
    return /\d\s*[-+*/]\s*\$?[a-z]|[a-z]\$?\d+\s*[-+*/]\s*\d/i.test(formula)
      ? nilaiRumusSel(formula, (r, c) => numAt(grid, r, c)?.value)
      : undefined;
  if (refs.length < 2) return undefined;
  const terms = linearReferences(formula);
  if (terms) return terms.length >= 2 ? nilaiLinear(grid, formula) : undefined;
  return nilaiRasio(grid, formula) ?? nilaiRumusSel(formula, (r, c) => numAt(grid, r, c)?.value);
}
