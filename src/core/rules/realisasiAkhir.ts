// The realised final condition of an evaluation of the whole period: E.80's "Realisasi s.d. 2024"
// beside the realisations of 2020 .. 2024 follows the final condition's conventions: the sum of
// the years for a count of what each year did, the last year for a level (a percentage, an
// index). Which one a row takes is read from the table's own practice, never guessed alone: a
// count whose "s.d." is its last year is reported only when another count of the table adds its
// years up, and a level whose "s.d." is the sum only when another level takes its last year
// (forms-blind29's E.80: nakes trained 124, the five years giving 594). Reported by
// kondisi-akhir-mismatch; K only (the Rp's sum is sum-mismatch's period identity).
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { aditifBaris, awalan, barisData, kolomTahunan, namaIndikator, satuanBaris } from "./tahunan";
import { tingkatPasti } from "./konsolidasi";
import type { RuleFinding } from "./types";
import { numAt, round, tolerance } from "./values";

type Cara = "jumlah" | "akhir";

/** The "s.d." realisation K of the last year the table lays out year by year (at least three years). */
function kolomSampaiAkhir(table: DetectedTable): { sd: DetectedColumn; years: DetectedColumn[] } | undefined {
  const years = kolomTahunan(table, ["realisasi"], "K");
  if (years.length < 3) return undefined;
  const ys = years.map((c) => c.year as number);
  if (new Set(ys).size !== ys.length || !ys.every((y, i) => i === 0 || y === ys[i - 1] + 1)) return undefined;
  const last = ys[ys.length - 1];
  const sd = table.columns.filter(
    (c) => c.role === "realisasi" && c.toDate && c.year === last && c.ukuran !== "Rp" && !c.quarter,
  );
  return sd.length === 1 ? { sd: sd[0], years } : undefined;
}

export function realisasiAkhir(table: DetectedTable, g: Grid, toleransi: number): RuleFinding[] {
  const found = kolomSampaiAkhir(table);
  if (!found) return [];
  const { sd, years } = found;
  const y0 = years[0].year as number;
  const y1 = years[years.length - 1].year as number;
  type Baris = { row: number; nama: string; a: number; tol: number; sum: number; last: number; jenis: Cara };
  const rows: Baris[] = [];
  for (const row of barisData(table)) {
    if (row.kind === "total") continue;
    const a = numAt(g, row.row, sd.col);
    const vals = years.map((c) => numAt(g, row.row, c.col)?.value);
    if (!a || vals.some((v) => v === undefined)) continue;
    const nama = namaIndikator(table, g, row);
    const satuan = satuanBaris(table, g, row);
    const jenis: Cara | undefined =
      aditifBaris(table, g, row) === "ya" ? "jumlah" : tingkatPasti(satuan, nama) ? "akhir" : undefined;
    if (!jenis) continue;
    const sum = (vals as number[]).reduce((s, v) => s + v, 0);
    const last = vals[vals.length - 1] as number;
    rows.push({ row: row.row, nama, a: a.value, tol: tolerance(a, toleransi), sum, last, jenis });
  }
  // the table's own practice: kinds whose "s.d." is, in some row, what the kind calls for (and
  // not also the other reading)
  const practised = new Set(
    rows
      .filter((r) => Math.abs(r.last - r.sum) > r.tol)
      .filter((r) => Math.abs(r.a - (r.jenis === "jumlah" ? r.sum : r.last)) <= r.tol)
      .map((r) => r.jenis),
  );
  const out: RuleFinding[] = [];
  for (const r of rows) {
    if (!practised.has(r.jenis) || Math.abs(r.last - r.sum) <= r.tol) continue;
    const expected = r.jenis === "jumlah" ? r.sum : r.last;
    const other = r.jenis === "jumlah" ? r.last : r.sum;
    // only the other reading is a mistake of this kind; anything else is no convention at all
    if (Math.abs(r.a - expected) <= r.tol || Math.abs(r.a - other) > r.tol) continue;
    out.push({
      row: r.row,
      col: sd.col,
      expected: round(expected, 6),
      actual: r.a,
      // kondisi-akhir-mismatch's messages (./kondisiAkhirMismatch declares them)
      messageId: r.jenis === "jumlah" ? "realisedNotSum" : "realisedLevelSummed",
      data: {
        name: awalan(r.nama),
        written: r.a,
        first: String(y0),
        last: String(y1),
        expected: r.jenis === "jumlah" ? r.sum : r.last,
      },
    });
  }
  return out;
}
