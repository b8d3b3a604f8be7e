// The programs of one document with their Rp per year, for the check of a Renja's pagu against the
// Renstra's indicative funding of the same year (docs/lintas-dokumen.md). Programs are matched by
// their Kepmendagri code, not by name: the code is what SIPD and Bappeda's checklist use.
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { toA1 } from "../grid";
import { kodeBaris } from "../rules/kodeKepmendagri";
import { kolomTahunIni } from "../rules/tahunan";
import { numAt } from "../rules/values";
import type { Nilai } from "./indikator";

export type ProgramDokumen = {
  /** The code as compared (kunci of ../rules/kodeKepmendagri). */
  kode: string;
  nama: string;
  sheet: string;
  /** The code's cell. */
  cell: string;
  /** Rp by year, in whole rupiah (a table kept in thousands is multiplied out). */
  pagu: Map<number, Nilai>;
};

/** Every program row of a document's tables that carries Rp for a year (the first of each code). */
export function programDokumen(tables: Array<{ table: DetectedTable; grid: Grid }>): ProgramDokumen[] {
  const out = new Map<string, ProgramDokumen>();
  for (const { table, grid } of tables) {
    const uang = table.columns.filter(
      (c) => c.role === "anggaran" && c.ukuran !== "K" && c.year !== undefined && kolomTahunIni(c),
    );
    if (uang.length === 0) continue;
    const kodeCol = table.columns.find((c) => c.role === "kode")?.col;
    const namaCol = table.columns.find(
      (c) => c.role === "lainnya" && kodeCol !== undefined && c.col > kodeCol,
    )?.col;
    const skala = table.skalaRupiah ?? 1;
    for (const k of kodeBaris(table, grid)) {
      if (k.row.kind !== "program" || !k.baku || out.has(k.kunci)) continue;
      const r = k.row.row;
      const p: ProgramDokumen = {
        kode: k.kunci,
        nama: namaCol !== undefined ? String(grid.value(r, namaCol) ?? "").trim() : "",
        sheet: table.sheet,
        cell: toA1(r, kodeCol ?? table.range.c1),
        pagu: new Map(),
      };
      for (const c of uang) {
        const n = numAt(grid, r, c.col);
        if (n && !p.pagu.has(c.year as number))
          p.pagu.set(c.year as number, {
            sheet: table.sheet,
            cell: toA1(r, c.col),
            value: n.value * skala,
            decimals: 0,
          });
      }
      if (p.pagu.size) out.set(k.kunci, p);
    }
  }
  return [...out.values()];
}
