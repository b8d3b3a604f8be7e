// A ratio formula whose saved value is stale, read for two rules: capaian-mismatch in a column
// guessed as capaian beside figures guessed as target and realisation, ratio-components-mismatch
// in any other column.
import { TEXT_ROLES } from "../detect/peran";
import type { DetectedColumn, DetectedTable } from "../detect";
import { nilaiRumusSel } from "../formulas/rumusSel";
import type { Grid } from "../grid";
import { cellReferences } from "../grid";
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
  return capaian && ada("target", "anggaran") && ada("realisasi", "realisasi-anggaran");
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
  kolom: "capaian-tebakan" | "lain",
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const ada = (role: string): boolean => table.columns.some((c) => c.role === role);
  const kinerja = (ada("target") && ada("realisasi")) || (ada("anggaran") && ada("realisasi-anggaran"));
  const cols = table.columns.filter(
    (c) =>
      (c.role !== "capaian" || !kinerja) &&
      !TEXT_ROLES.has(c.role) &&
      capaianTebakan(table, c) === (kolom === "capaian-tebakan"),
  );
  for (const row of barisData(table)) {
    for (const c of cols) {
      const f = g.formula(row.row, c.col);
      if (!f || !f.includes("/")) continue;
      const refs = cellReferences(f);
      // its own row's cells, or a total of the table ("=ROUND(I10/$I$16*100,2)", a row's share of
      // the JUMLAH, forms-blind216); no other sheet
      const sendiri = ([r]: [number, number]): boolean => r === row.row;
      const jumlahTabel = ([r]: [number, number]): boolean =>
        table.rows.some((x) => x.row === r && x.kind === "total");
      if (
        !refs.length ||
        f.includes("!") ||
        !refs.some(sendiri) ||
        !refs.every((x) => sendiri(x) || jumlahTabel(x))
      )
        continue;
      // (a ratio over a product, "=ROUND(J18/(C18*D18)*100,2)", a hospital's BOR, forms-blind105)
      const want = nilaiRasio(g, f) ?? nilaiRumusSel(f, (r, k) => numAt(g, r, k)?.value);
      const own = numAt(g, row.row, c.col);
      if (want === undefined || !own || own.text) continue;
      if (Math.abs(want - own.value) <= tolerance(own, toleransi)) continue;
      out.push({
        row: row.row,
        col: c.col,
        expected: want,
        actual: own.value,
        messageId: "ownFormula",
        data: { label: awalan(namaIndikator(table, g, row)), stated: own.value, formula: `=${f}`, want },
      });
    }
  }
  return out;
}
