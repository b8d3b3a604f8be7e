// "Jumlah UMKM Binaan | Target 2024 | Capaian (%) = ROUND(I7/J7*100,2)": a column of no role that
// the capaian's own formula divides by the year's target is that year's realisation; the sheet
// says so in every row (forms-blind52). And the counts its row SUM adds ("=SUM(C7:H7)", one per
// sector) are offered as parts of it, a guess (./tebakanRekap's `tebakan`).
import type { Grid } from "../grid";
import { sumReferences } from "../grid";
import { rasioBaris } from "./tebakanRekap";
import type { DetectedColumn } from "./types";

export function realisasiDariCapaian(
  grid: Grid,
  cols: DetectedColumn[],
  rows: readonly number[],
): DetectedColumn[] {
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
