// The indicators of one document with their targets, realisations and end-period target, and how
// indicators of two documents are matched: by name and unit after normalising what people vary
// (case, punctuation, "Presentase", "Jml.", one-letter slips in long words). A match is "pasti"
// (the same words) or "mungkin" (most words shared): an unsure match is shown, never used for an
// error (docs/lintas-dokumen.md).
import type { DetectedColumn, DetectedTable } from "../detect";
import { withinOne } from "../detect/typos";
import type { Grid } from "../grid";
import { toA1 } from "../grid";
import { barisNilai, indicatorKey, kataIndikator, numAt } from "../rules/values";
import { kolomTahunIni, namaIndikator, satuanBaris } from "../rules/tahunan";

export type Nilai = { sheet: string; cell: string; value: number | string; decimals: number };

export type IndikatorDokumen = {
  name: string;
  unit: string;
  /** The name's normalised words. */
  words: string[];
  unitKey: string;
  sheet: string;
  cell: string;
  targets: Map<number, Nilai>;
  realisasi: Map<number, Nilai>;
  akhir?: Nilai;
};

const satuanKunci = (u: string): string =>
  indicatorKey(u)
    .replace(/\bpersen\b/g, "%")
    .replace(/\s+/g, "");

function nilaiDi(grid: Grid, table: DetectedTable, row: number, col: number): Nilai | undefined {
  const n = numAt(grid, row, col);
  const cell = toA1(row, col);
  if (n) return { sheet: table.sheet, cell, value: n.value, decimals: n.decimals };
  const v = grid.value(row, col);
  if (typeof v === "string" && /\p{L}/u.test(v) && v.trim() !== "-" && !/^n\.?a\.?$/i.test(v.trim()))
    return { sheet: table.sheet, cell, value: v.replace(/\s+/g, " ").trim(), decimals: 0 };
  return undefined;
}

const kinerja = (c: DetectedColumn): boolean => c.ukuran !== "Rp" && c.year !== undefined && kolomTahunIni(c);

/** Every indicator row of a document's tables (the first row of each name and unit). */
export function indikatorDokumen(tables: Array<{ table: DetectedTable; grid: Grid }>): IndikatorDokumen[] {
  const out = new Map<string, IndikatorDokumen>();
  for (const { table, grid } of tables) {
    if (table.orientation === "rows") continue;
    const ind = [...table.columns].reverse().find((c) => c.role === "indikator");
    if (!ind) continue;
    const targets = table.columns.filter((c) => c.role === "target" && kinerja(c));
    const reals = table.columns.filter((c) => c.role === "realisasi" && kinerja(c));
    const akhir = table.columns.find(
      (c) => c.ukuran !== "Rp" && (c.role === "kondisi-akhir" || (c.role === "target" && c.endOfPeriod)),
    );
    if (targets.length + reals.length === 0 && !akhir) continue;
    for (const row of barisNilai(table)) {
      const name = namaIndikator(table, grid, row);
      const words = kataIndikator(name);
      if (words.length === 0) continue;
      const unit = satuanBaris(table, grid, row);
      const key = `${words.join(" ")}|${satuanKunci(unit)}`;
      if (out.has(key)) continue;
      const rec: IndikatorDokumen = {
        name,
        unit,
        words,
        unitKey: satuanKunci(unit),
        sheet: table.sheet,
        cell: toA1(row.row, ind.col),
        targets: new Map(),
        realisasi: new Map(),
      };
      for (const c of targets) {
        const v = nilaiDi(grid, table, row.row, c.col);
        if (v && !rec.targets.has(c.year as number)) rec.targets.set(c.year as number, v);
      }
      for (const c of reals) {
        const v = nilaiDi(grid, table, row.row, c.col);
        if (v && !rec.realisasi.has(c.year as number)) rec.realisasi.set(c.year as number, v);
      }
      if (akhir) {
        const v = nilaiDi(grid, table, row.row, akhir.col);
        if (v) rec.akhir = v;
      }
      if (rec.targets.size + rec.realisasi.size > 0 || rec.akhir) out.set(key, rec);
    }
  }
  return [...out.values()];
}

export type Kecocokan = "pasti" | "mungkin" | undefined;

/** Are two indicators the same? Same words (one-letter slips in words of five letters or more). */
export function cocok(a: IndikatorDokumen, b: IndikatorDokumen): Kecocokan {
  const same = (x: string, y: string): boolean =>
    x === y || (x.length >= 5 && y.length >= 5 && withinOne(x, y));
  if (a.words.length === b.words.length && a.words.every((w, i) => same(w, b.words[i]))) return "pasti";
  const sa = new Set(a.words);
  const sb = new Set(b.words);
  const shared = [...sa].filter((w) => sb.has(w)).length;
  const jaccard = shared / (sa.size + sb.size - shared);
  return jaccard >= 0.75 && Math.min(sa.size, sb.size) >= 3 ? "mungkin" : undefined;
}
