// "Jumlah UMKM Binaan | Target 2024 | Capaian (%) = ROUND(I7/J7*100,2)": a column of no role that
// the capaian's own formula divides by the year's target is that year's realisation; the sheet
// says so in every row (forms-blind52). And the counts its row SUM adds ("=SUM(C7:H7)", one per
// sector) are offered as parts of it, a guess (./tebakanRekap's `tebakan`).
import type { Grid } from "../grid";
import { sumReferences } from "../grid";
import { rasioBaris, rasioTerbanyak } from "./tebakanRekap";
import type { DetectedColumn } from "./types";

export function realisasiDariCapaian(
  grid: Grid,
  cols: DetectedColumn[],
  rows: readonly number[],
): DetectedColumn[] {
  cols = cakupanSasaran(grid, cols, rows);
  if (cols.some((c) => c.role === "realisasi")) return cols;
  const byCol = new Map(cols.map((c) => [c.col, c]));
  for (const cap of cols) {
    if (cap.role !== "capaian" || cap.ukuran === "Rp") continue;
    let pair: [DetectedColumn, DetectedColumn] | undefined;
    let n = 0;
    let ok = true;
    for (const r of rows) {
      const f = grid.formula(r, cap.col);
      if (!f) continue;
      const xy = rasioBaris(f, r);
      const x = xy && byCol.get(xy[0]);
      const y = xy && byCol.get(xy[1]);
      if (!x || !y || (pair && (pair[0] !== x || pair[1] !== y))) {
        ok = false;
        break;
      }
      pair = [x, y];
      n++;
    }
    if (!ok || !pair || n * 2 < rows.length) continue;
    const [x, y] = pair;
    if (x.role !== "lainnya" || y.role !== "target" || y.ukuran === "Rp" || y.year === undefined) continue;
    const year = y.year;
    const real: DetectedColumn = { ...x, role: "realisasi", year, certain: true };
    return cols.map((c) =>
      c === x ? real : bagianJumlah(grid, c, x, rows) ? { ...c, tebakan: { role: "realisasi", year } } : c,
    );
  }
  return cols;
}

/** The two columns every formula row of `c` divides (X / Y x 100), if it is one pair throughout. */
function pasanganRasio(
  grid: Grid,
  c: DetectedColumn,
  byCol: ReadonlyMap<number, DetectedColumn>,
  rows: readonly number[],
): [DetectedColumn, DetectedColumn] | undefined {
  // the pair most rows divide; one formula of another shape or pair may stand among them (a
  // JUMLAH row's AVERAGE of the percentages, forms-blind61; a ratio over the wrong column, J10 =
  // I10/D10 among I/C, forms-blind64): the mistakes to find, no reason to read no capaian
  const best = rasioTerbanyak(grid, c.col, rows);
  const x = best && byCol.get(best.num);
  const y = best && byCol.get(best.den);
  if (!best || !x || !y || best.rumus - best.n > 1) return undefined;
  return best.n >= 2 && best.n * 2 >= rows.length ? [x, y] : undefined;
}

/**
 * "Sasaran (ekor) | Divaksin (ekor) | Cakupan (%) = ROUND(D10/C10*100,2)": a percentage of no role
 * that divides a column of no role by the year's target in every row is that year's capaian, and
 * what it divides the realisation (forms-blind61's vaccination coverage, one pair per group). So
 * is a capaian that divides by a typed "Sasaran" column ("Sasaran > Bumil | Kunjungan K1 > Abs |
 * %", forms-blind64's KIA recap): the sasaran is the year's target, the count its realisation.
 */
function cakupanSasaran(grid: Grid, cols: DetectedColumn[], rows: readonly number[]): DetectedColumn[] {
  const byCol = new Map(cols.map((c) => [c.col, c]));
  const ganti = new Map<DetectedColumn, DetectedColumn>();
  // (or an allocation of goods, "Alokasi (Ton) > Urea" beside "Realisasi Penyaluran (Ton) > Urea"
  // and "% Serapan" = realisasi / alokasi: the year's target, forms-blind82)
  const sasaran = (y: DetectedColumn): boolean =>
    y.role === "lainnya" && y.ukuran !== "Rp" && /\b(sasaran|alokasi|kuota)\b/i.test(y.header);
  for (const c of cols) {
    const persen = c.role === "lainnya" && /%|\b(cakupan|capaian|persentase)\b/i.test(c.header);
    if (!persen && !(c.role === "capaian" && c.year !== undefined)) continue;
    const pair = pasanganRasio(grid, c, byCol, rows);
    if (!pair) continue;
    const [x, y] = pair;
    // ("% Serapan" reads as a budget's absorption; over tons of fertiliser it is no money's)
    if (c.ukuran === "Rp" && (x.ukuran === "Rp" || x.role !== "realisasi" || !sasaran(y))) continue;
    const year = y.role === "target" ? y.year : sasaran(y) ? c.year : undefined;
    // (the realisation may say so itself, "Realisasi Penyaluran (Ton)", of the same year)
    const dibaca = x.role === "lainnya" || (x.role === "realisasi" && (x.year ?? year) === year);
    if (!dibaca || year === undefined || y.ukuran === "Rp") continue;
    if (y.role !== "target" && !sasaran(y)) continue;
    if (grid.formula(rows[0], y.col) || grid.formula(rows[0], x.col)) continue;
    if (c.role !== "capaian") ganti.set(c, { ...c, role: "capaian", year, certain: true });
    else if (c.ukuran === "Rp") {
      const tanpa = { ...c };
      delete tanpa.ukuran;
      ganti.set(c, tanpa);
    }
    if (y.role !== "target") ganti.set(y, { ...y, role: "target", year, certain: true });
    ganti.set(x, { ...x, role: "realisasi", year, certain: true });
  }
  return ganti.size ? cols.map((c) => ganti.get(c) ?? c) : cols;
}

/** Is `c` among the cells of its own row that the total's row formula adds, in most rows? */
function bagianJumlah(
  grid: Grid,
  c: DetectedColumn,
  total: DetectedColumn,
  rows: readonly number[],
): boolean {
  if (c.role !== "lainnya") return false;
  let n = 0;
  for (const r of rows) {
    const refs = sumReferences(grid.formula(r, total.col));
    if (refs && refs.every(([rr]) => rr === r) && refs.some(([, cc]) => cc === c.col)) n++;
  }
  return n * 2 > rows.length;
}
