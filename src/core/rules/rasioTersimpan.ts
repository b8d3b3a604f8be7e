// A ratio formula whose saved value is stale, read for two rules: capaian-mismatch in a column
// guessed as capaian beside figures guessed as target and realisation, ratio-components-mismatch
// in any other column.
import { TEXT_ROLES } from "../detect/peran";
import type { DetectedColumn, DetectedTable } from "../detect";
import { nilaiRumusSel } from "../formulas/rumusSel";
import type { Grid } from "../grid";
import { cellReferences, textOf } from "../grid";
import { nilaiRasio } from "./precision";
import { awalan, namaIndikator } from "./tahunan";
import type { RuleFinding } from "./types";
import { barisData, numAt, tolerance } from "./values";

/**
 * A capaian column, or a column of no role whose header reads as one ("% Layak Potong", "% Ber-SLF"),
 * in a table whose figures are, or read as, a target or pagu and a realisation: a stale ratio there
 * is a capaian written wrong, as planners name it (forms-blind230 .. 233, 240, 247, 248, 252),
 * though the roles beside it are a guess: the claim rests on the cell's own formula.
 */
export function capaianTebakan(table: DetectedTable, c: DetectedColumn): boolean {
  const ada = (...roles: string[]): boolean =>
    table.columns.some(
      (k) => roles.includes(k.role) || (k.role === "lainnya" && roles.includes(k.tebakan?.role ?? "")),
    );
  const capaian = c.role === "capaian" || (c.role === "lainnya" && c.tebakan?.role === "capaian");
  // "% Ditempatkan dari Kompeten": a share of the part its header names, no capaian of a target,
  // whatever the figures beside it were guessed to be (forms-blind267's BLK recap)
  const bagianDari = !c.certain && /\bdari\b(?! (target|sasaran|rencana)\b)/i.test(c.header);
  return capaian && !bagianDari && ada("target", "anggaran") && ada("realisasi", "realisasi-anggaran");
}

/**
 * A ratio formula of its own row ("=ROUND(E21/D21*100,2)", a "% Selesai") whose saved value is
 * not what it computes from the values beside it: the workbook was saved without recalculation,
 * and every reader of the file takes the stale number (forms-blind56's 73,33 for 86,67). A capaian
 * column is capaian-mismatch's where the table has a target and a realisation (or a pagu and its
 * realisation) to hold it to; one
 * of a table without ("Rasio Elektrifikasi (%) = (6) : (3) x 100", households lit over households,
 * forms-blind79) is read here.
 */
export function rasioTersimpan(
  table: DetectedTable,
  g: Grid,
  toleransi: number,
  kolom: "capaian-tebakan" | "capaian-kinerja" | "lain",
): RuleFinding[] {
  const out: RuleFinding[] = [];
  // (a sheet without formulas has no ratio formula to be stale)
  if (!g.formulaCount) return out;
  const ada = (role: string): boolean => table.columns.some((c) => c.role === role);
  const kinerja = (ada("target") && ada("realisasi")) || (ada("anggaran") && ada("realisasi-anggaran"));
  // ("capaian-kinerja": the capaian columns of a table with a target and a realisation, which
  // capaian-mismatch reads first by its conventions; a stale formula there is stale whatever the
  // convention, forms-blind348's R / T cached 104,17 for 96 beside a refleksi row)
  const cols = table.columns.filter((c) =>
    kolom === "capaian-kinerja"
      ? c.role === "capaian" && kinerja
      : (c.role !== "capaian" || !kinerja) &&
        !TEXT_ROLES.has(c.role) &&
        capaianTebakan(table, c) === (kolom === "capaian-tebakan"),
  );
  for (const row of barisData(table)) {
    for (const c of cols) {
      const f = g.formula(row.row, c.col);
      if (!f || !f.includes("/")) continue;
      if (f.includes("!") || !rujukanSendiri(table, row.row, cellReferences(f))) continue;
      const basi = rumusBasi(g, row.row, c.col, f, toleransi, awalan(namaIndikator(table, g, row)));
      if (basi) out.push(basi);
    }
  }
  // (a line under the rows is read by the other two calls)
  if (kolom === "capaian-kinerja") return out;
  // a line under the rows that computes its column's share of a figure above it ("Capaian SPM
  // pelayanan usia lanjut (%)" = ROUND(G11/G12*100,2) under "Jumlah" and "Sasaran", forms-blind256):
  // a capaian by its label, any other percentage read as the rest
  for (const row of table.rows) {
    if (row.kind !== "section") continue;
    const label = textOf(g.value(row.row, table.range.c1)).trim();
    const capaian = /\bcapaian\b/i.test(label);
    if (capaian !== (kolom === "capaian-tebakan") || !(capaian || /%|persentase/i.test(label))) continue;
    for (let c = table.range.c1 + 1; c <= table.range.c2; c++) {
      const f = g.formula(row.row, c);
      if (!f || !f.includes("/") || f.includes("!")) continue;
      const refs = cellReferences(f);
      const diTabel = ([r, k]: [number, number]): boolean =>
        k === c && r !== row.row && r >= table.range.r1 && r <= table.range.r2;
      if (refs.length < 2 || !refs.every(diTabel)) continue;
      const basi = rumusBasi(g, row.row, c, f, toleransi, awalan(label));
      if (basi) out.push(basi);
    }
  }
  return out;
}

/**
 * Does a formula read its own row's cells, and besides them only a total of the table
 * ("=ROUND(I10/$I$16*100,2)", a row's share of the JUMLAH, forms-blind216)? (a function, not
 * closures in the loop: those would cost a context for every cell looked at)
 */
function rujukanSendiri(table: DetectedTable, row: number, refs: ReadonlyArray<[number, number]>): boolean {
  let sendiri = false;
  for (const [r] of refs) {
    if (r === row) sendiri = true;
    else if (!table.rows.some((x) => x.row === r && x.kind === "total")) return false;
  }
  return sendiri;
}

/** The finding for a ratio formula whose saved value is not what it computes, if it is stale. */
function rumusBasi(
  g: Grid,
  row: number,
  col: number,
  f: string,
  toleransi: number,
  label: string,
): RuleFinding | undefined {
  // (a ratio over a product, "=ROUND(J18/(C18*D18)*100,2)", a hospital's BOR, forms-blind105)
  const want = nilaiRasio(g, f) ?? nilaiRumusSel(f, (r, k) => numAt(g, r, k)?.value);
  const own = numAt(g, row, col);
  if (want === undefined || !own || own.text) return undefined;
  if (Math.abs(want - own.value) <= tolerance(own, toleransi)) return undefined;
  return {
    row,
    col,
    expected: want,
    actual: own.value,
    messageId: "ownFormula",
    data: { label, stated: own.value, formula: `=${f}`, want },
  };
}
