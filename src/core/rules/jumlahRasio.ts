// A total row that SUMs a column of ratios ("KABUPATEN | ... | =SUM(G9:G15)" under "CPR (%)" whose
// rows are =ROUND(F9/C9*100,2), forms-blind70): percentages never add up; the total's share is its
// own row's ratio of totals (F16 / C16 x 100). Asked only where the sheet shows both: most data
// rows compute one X / Y x 100 of their own row, and the total row's formula is a plain SUM of the
// column's rows. Checked by sum-mismatch on any column: the claim rests on the formulas. A TOTAL
// row that AVERAGEs them instead is rataRasio's, below.
import type { DetectedTable } from "../detect";
import { rasioTerbanyak } from "../detect/tebakanRekap";
import type { Grid } from "../grid";
import { colToLetters, intiRumus, lettersToCol, sumReferences } from "../grid";
import type { RuleFinding } from "./types";
import { barisNilai, numAt, round, tolerance } from "./values";
import { awalan, namaIndikator } from "./tahunan";

export function jumlahRasio(table: DetectedTable, grid: Grid, toleransi: number): RuleFinding[] {
  return rasioBarisTotal(table, grid, toleransi, "SUM");
}

/**
 * A TOTAL row that AVERAGEs a column of ratios ("TOTAL | =SUM(F6:F9) | =SUM(G6:G9) |
 * =ROUND(AVERAGE(H6:H9),2)" under "% Berizin" whose rows are =ROUND(G6/F6*100,2), forms-blind225,
 * 211): the mean of the kecamatan's shares weighs a small one as much as a large one; the total's
 * share is its own row's ratio of totals. Asked as jumlahRasio asks, and only where the row is a
 * total (not a "Rata-rata" row) and both of its terms are SUMs of their columns' rows. Checked by
 * inconsistent-formula: the row's formula is not the column's.
 */
export function rataRasio(table: DetectedTable, grid: Grid, toleransi: number): RuleFinding[] {
  return rasioBarisTotal(table, grid, toleransi, "AVERAGE");
}

/** The column's rows a total row's formula SUMs (or AVERAGEs), or undefined for another formula. */
function barisDirangkum(
  formula: string | undefined,
  cara: "SUM" | "AVERAGE",
  row: number,
  col: number,
  data: readonly number[],
): number[] | undefined {
  if (cara === "SUM") {
    const refs = sumReferences(formula);
    if (!refs || refs.length < 2 || !refs.every(([r, c]) => c === col && r !== row && data.includes(r)))
      return undefined;
    return refs.map(([r]) => r);
  }
  const m = formula ? /^AVERAGE\(([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\)$/.exec(intiRumus(formula).f) : null;
  if (!m || m[1] !== m[3] || lettersToCol(m[1]) !== col) return undefined;
  const rows = data.filter((r) => r >= Number(m[2]) && r <= Number(m[4]));
  return rows.length >= 2 ? rows : undefined;
}

function rasioBarisTotal(
  table: DetectedTable,
  grid: Grid,
  toleransi: number,
  cara: "SUM" | "AVERAGE",
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const rataRata = (row: number): boolean => {
    for (let c = table.range.c1; c <= table.range.c2; c++) {
      const v = grid.value(row, c);
      if (typeof v === "string" && /\brata/i.test(v)) return true;
    }
    return false;
  };
  const totals = table.rows.filter((r) => r.kind === "total" && (cara === "SUM" || !rataRata(r.row)));
  if (totals.length === 0) return out;
  const data = barisNilai(table).map((r) => r.row);
  if (data.length < 2) return out;
  // an average's terms must be sums themselves: the row is one of totals
  const jumlahKolom = (row: number, col: number): boolean =>
    cara === "SUM" || barisDirangkum(grid.formula(row, col), "SUM", row, col, data) !== undefined;
  for (let col = table.range.c1; col <= table.range.c2; col++) {
    const best = rasioTerbanyak(grid, col, data);
    if (!best || best.n < 2 || best.n * 2 <= data.length || best.rumus - best.n > 1) continue;
    for (const t of totals) {
      const rows = barisDirangkum(grid.formula(t.row, col), cara, t.row, col, data);
      if (!rows || !jumlahKolom(t.row, best.num) || !jumlahKolom(t.row, best.den)) continue;
      const own = numAt(grid, t.row, col);
      const x = numAt(grid, t.row, best.num);
      const y = numAt(grid, t.row, best.den);
      if (!own || !x || !y || y.value === 0) continue;
      const want = round((x.value / y.value) * 100, 2);
      if (Math.abs(own.value - want) <= tolerance(own, toleransi)) continue;
      const rumus = `=ROUND(${colToLetters(best.num)}${t.row}/${colToLetters(best.den)}${t.row}*100,2)`;
      out.push({
        row: t.row,
        col,
        expected: want,
        actual: own.value,
        tanpaPeran: true,
        fix: { formula: rumus },
        messageId: cara === "SUM" ? "summedRatios" : "averagedRatios",
        data: {
          name: awalan(namaIndikator(table, grid, t)),
          column: colToLetters(col),
          written: own.value,
          rows: String(rows.length),
          formula: rumus,
          want,
        },
      });
    }
  }
  return out;
}
