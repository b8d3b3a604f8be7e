// inconsistent-formula: in a column of formulas, one whose relative form differs from its
// neighbours', e.g. a capaian that divides by the row above's target. Polarity-aware: on a
// capaian column a formula over the same cells with other arithmetic is the other convention
// of a lower-is-better row ((2T-R)/T against R/T), not a mistake; Excel's own check knows
// nothing of that.
import { cellReferences, fromR1C1, sumReferences } from "../grid";
import type { Grid } from "../grid";
import { awalBerjalan, berjalan, formulaColumns, referencesOf } from "./formulaColumns";
import { linearReferences } from "./precision";
import type { Rule, RuleFinding } from "./types";
import type { DetectedColumn, DetectedRow } from "../detect";
import { aditifBaris, namaIndikator, satuanBaris } from "./tahunan";
import { caraDinyatakan, turun } from "./kondisiAkhirMismatch";
import { barisMenurutNomor } from "./values";
import { rataRasio } from "./jumlahRasio";

/**
 * A plain sum of cells of the same column all below the cell (a program over its kegiatan) or
 * all above it (a grand total "=Q8+Q16" under its groups), or a balance of totals above it (an
 * LRA's "SURPLUS / (DEFISIT)" = Pendapatan - Belanja, forms-blind26): a total, whatever its shape.
 */
function subtotal(formula: string | undefined, row: number, col: number): boolean {
  const refs = linearReferences(formula);
  if (!refs || refs.length === 0 || refs.some(([, c]) => c !== col)) return false;
  return refs.every(([r]) => r > row) || refs.every(([r]) => r < row);
}

/** Does the formula read only other rows of its own column? */
function turunKolom(formula: string | undefined, row: number, col: number): boolean {
  const refs = cellReferences(formula);
  return refs.length > 0 && refs.every(([r, c]) => c === col && r !== row);
}

/** Does an R1C1 form read only other columns of its own row ("SUM(RC[-3]:RC[-1])")? */
function lintasBaris(form: string): boolean {
  const refs = referencesOf(form);
  return refs !== "" && refs.split(",").every((x) => /^RC\[-?\d+\]$/.test(x));
}

/**
 * A to-date ("s.d.") K column adds the years of a flow (=H11+L11) but repeats the latest value of a
 * level (=L11: a percentage to date is this year's); a year's K adds the quarters of a flow and
 * repeats the fourth of a level. Both in one column are the form's own rule
 * (docs/domain.md, "Konsolidasi"), not a formula out of line: the one that fits the row's indicator
 * is accepted.
 */
function sesuaiKonsolidasi(
  column: DetectedColumn,
  form: string,
  dominant: string,
  row: DetectedRow | undefined,
  jenis: (row: DetectedRow) => "ya" | "tidak" | "tidak-tahu",
  kuartalIV: (col: number) => boolean,
): boolean {
  // the year's own K too: "=R17" (Triwulan IV) among "=L16+N16+P16+R16" is a level's year
  if (column.ukuran === "Rp" || !row) return false;
  const mine = referencesOf(form).split(",");
  const theirs = referencesOf(dominant).split(",");
  const single = (refs: string[], of: string[]) => refs.length === 1 && of.length > 1 && of.includes(refs[0]);
  const bare = (f: string) => /^R(\[-?\d+\])?C(\[-?\d+\])?$/.test(f);
  // this row repeats one of the years the column adds: right for a level
  // the column repeats the latest value and this row adds the years: right for a flow
  // (either is one of the form's two conventions: out of line only where the row's indicator is
  // known to be of the other kind; "Kapasitas PLTS terpasang (kWp)" may be either, forms-blind79)
  if (bare(form) && single(mine, theirs)) return jenis(row) !== "ya";
  // (or its fourth quarter, "=R18" among "=H17+T17" of a "13 = 6 + 12": a level's latest value is
  // the year's last quarter too, forms-blind170; only where the row is known to be a level)
  const kolom = /^RC\[(-?\d+)\]$/.exec(form);
  if (kolom && theirs.length > 1 && !theirs.includes(mine[0]) && kuartalIV(column.col + Number(kolom[1])))
    return jenis(row) === "tidak";
  if (bare(dominant) && single(theirs, mine)) return jenis(row) !== "tidak";
  // the same inside a ratio: T-C.29's "Rasio Capaian pada Akhir Periode" divides the years' sum of
  // a flow by the end target, and a level's latest year alone (forms-blind24)
  const subset = (a: string[], b: string[]) => a.length < b.length && a.every((x) => b.includes(x));
  if (column.role === "capaian" && subset(mine, theirs)) return jenis(row) === "tidak";
  if (column.role === "capaian" && subset(theirs, mine)) return jenis(row) === "ya";
  return false;
}

/**
 * A sum that leaves out only cells holding no number ("=SUM(G13:H13)" where the column's form
 * adds I13 too, and I13 is "-": the termin not paid yet, forms-blind66): the same total either way.
 */
function tanpaAngkaTerlewat(g: Grid, formula: string | undefined, expected: string): boolean {
  const mine = sumReferences(formula);
  const theirs = sumReferences(expected.replace(/^=/, ""));
  if (!mine || !theirs) return false;
  const own = new Set(mine.map(([r, c]) => `${r}:${c}`));
  const missing = theirs.filter(([r, c]) => !own.has(`${r}:${c}`));
  if (missing.length === 0 || mine.length + missing.length !== theirs.length) return false;
  if (mine.some(([r, c]) => !theirs.some(([r2, c2]) => r2 === r && c2 === c))) return false;
  return missing.every(([r, c]) => typeof g.value(r, c) !== "number" && !g.formula(r, c));
}

export const inconsistentFormula: Rule = {
  id: "inconsistent-formula",
  severity: "warning",
  description: {
    id: "Rumus yang berbeda dari rumus lain di kolomnya (misalnya merujuk ke baris lain).",
    en: "A formula that differs from the others in its column (for example pointing at another row).",
  },
  example: {
    id: "=ROUND(L12/H12*100,2) di antara =ROUND(M11/D11*100,2) dan =ROUND(M13/D13*100,2).",
    en: "=ROUND(L12/H12*100,2) among =ROUND(M11/D11*100,2) and =ROUND(M13/D13*100,2).",
  },
  howToFix: {
    id: "Periksa apakah rumus itu merujuk ke baris atau kolom yang benar; salin rumus kolomnya bila tidak.",
    en: "Check that the formula points at the right row or column; copy the column's formula if not.",
  },
  messages: {
    differs: {
      id: "Rumus {{formula}} berbeda dari rumus kolomnya{{above}}; yang sejalan: {{expected}}. Periksa apakah rumus ini merujuk ke baris atau kolom yang benar.",
      en: "The formula {{formula}} differs from its column's{{above}}; the consistent one is {{expected}}. Check that it points at the right row or column.",
    },
    // a TOTAL row that AVERAGEs a column of ratios (./jumlahRasio's rataRasio)
    averagedRatios: {
      id: "{{name}}kolom {{column}} merata-ratakan {{rows}} persentase di atasnya ({{written}}), padahal persentase baris jumlah dihitung dari jumlah baris ini sendiri, seperti baris-baris di atasnya: {{formula}} = {{want}}. Ganti rumusnya.",
      en: "{{name}}column {{column}} averages the {{rows}} percentages above it ({{written}}), but the total row's percentage comes from this row's own totals, as in the rows above: {{formula}} = {{want}}. Replace the formula.",
    },
  },
  fixable: "formula",
  check(table, ctx) {
    const out: RuleFinding[] = [];
    // in a row-wise table the capaian are rows, and a negative indicator's row has its own formula
    const capRows = new Set(table.rows.filter((r) => r.role === "capaian").map((r) => r.row));
    const jenis = (r: DetectedRow) => aditifBaris(table, ctx.grid, r);
    // a final condition as the row's own text or the table's notes say it is counted ("indikator
    // jumlah = total 2024-2026", forms-blind42): the sum for those, the last target for the others
    const jenisAkhir = (r: DetectedRow): "ya" | "tidak" | "tidak-tahu" => {
      const nama = namaIndikator(table, ctx.grid, r);
      const cara = caraDinyatakan(table, ctx.grid, r, nama, satuanBaris(table, ctx.grid, r));
      if (cara) return cara === "jumlah" ? "ya" : "tidak";
      // a lower-is-better count ends at its last level ("=N14" for "Luas kawasan hutan yang
      // terbakar" among the sums of the counts done, forms-blind102)
      return turun(table, ctx.grid, r, nama, ctx.settings) ? "tidak" : jenis(r);
    };
    const kuartalIV = (c: number): boolean =>
      table.columns.some((x) => x.col === c && x.role === "realisasi" && x.quarter === 4);
    for (const fc of formulaColumns(table, ctx.grid)) {
      if (!fc.dominant) continue;
      const col = fc.column.col;
      for (const cell of fc.cells) {
        if (!cell.form || cell.form === fc.dominant) continue;
        const capaian = fc.column.role === "capaian" || capRows.has(cell.row);
        if (capaian && referencesOf(cell.form) === referencesOf(fc.dominant)) continue;
        // a subtotal over the rows under it, or a total over the groups above, is another kind of row
        if (subtotal(cell.formula, cell.row, col)) continue;
        // so is a row computed down its column among rows computed across theirs ("Persentase
        // pelintas WNA" = (G12+G16)/(G13+G17) under quarter sums =SUM(D21:F21), forms-blind83)
        if (turunKolom(cell.formula, cell.row, col) && lintasBaris(fc.dominant)) continue;
        const menurut = fc.column.role === "kondisi-akhir" ? jenisAkhir : jenis;
        if (
          sesuaiKonsolidasi(
            fc.column,
            cell.form,
            fc.dominant,
            barisMenurutNomor(table).get(cell.row),
            menurut,
            kuartalIV,
          )
        )
          continue;
        // a running total's first row has no position above it to add ("=D11" where the others
        // write "=E10+D11", forms-blind37's BLUD realisation s.d. bulan ini)
        if (awalBerjalan(fc.dominant, cell.form) && !barisMenurutNomor(table).has(cell.row - 1)) continue;
        const expected = `=${fromR1C1(fc.dominant, cell.row, col)}`;
        if (tanpaAngkaTerlewat(ctx.grid, cell.formula, expected)) continue;
        const above = [...fc.cells].reverse().find((c) => c.row < cell.row && c.form === fc.dominant);
        out.push({
          row: cell.row,
          col,
          expected,
          actual: `=${cell.formula}`,
          fix: { formula: expected },
          // a running total's slipped row is wrong by the column's own formulas, whatever the column
          // is called ("Tagihan ... > s.d. Triwulan", =F14+E14 after =F13+E14, forms-blind199)
          ...(berjalan(fc.dominant) ? { tanpaPeran: true as const } : {}),
          messageId: "differs",
          data: {
            formula: `=${cell.formula}`,
            // the nearest row above that has the column's formula, as an example
            above: above
              ? {
                  id: ` (baris ${above.row}: =${above.formula})`,
                  en: ` (row ${above.row}: =${above.formula})`,
                }
              : "",
            expected,
          },
        });
      }
    }
    for (const f of rataRasio(table, ctx.grid, ctx.settings.toleransi))
      if (!out.some((o) => o.row === f.row && o.col === f.col)) out.push(f);
    return out;
  },
};
