// Two recaps of one population on one sheet ("PNS menurut Golongan" and "PNS menurut Tingkat
// Pendidikan", each by L | P | Jumlah, forms-blind41): their grand totals agree. Asked only where
// the sheet shows it is one population: the two totals agree exactly in one column of the same
// name (a count of ten or more) and differ in another; the later table's total is named. Columns
// the rows compute from others ("L + P" = C + D) follow their parts and are not named again.
// So do one year's recaps on two sheets ("Per Bulan 2024" and "Per Kecamatan 2024" of a fire
// service's events, forms-blind77), where every column compared is of that year. A total that is
// not the sum of its own rows is sum-mismatch's, and compared with nothing.
// Checked by cross-table-mismatch.
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, linearReferences } from "../grid";
import { daunKepala, labelAkhir, norm } from "../detect/text";
import type { RuleContext, RuleFinding } from "./types";
import { barisNilai, jumlahSama, kolomMenurut, nilaiAt, numAt } from "./values";
import { kolomTahunIni } from "./tahunan";

const SAMA: Array<[RegExp, string]> = [
  [/^(l|lk|laki-laki|laki laki|pria)$/, "l"],
  [/^(p|pr|perempuan|wanita)$/, "p"],
  [/^(jumlah|total|l ?\+ ?p|jumlah l ?\+ ?p)$/, "jumlah"],
];

/** A column's name for matching: its own label, with the usual synonyms made one. */
function kunci(c: DetectedColumn): string {
  const leaf = labelAkhir(c.header);
  return SAMA.find(([re]) => re.test(leaf))?.[1] ?? leaf;
}

const RATA = /rata|%|persen|rasio|indeks|index|capaian/;

/** The year a column of no role measures, as the recap's title gives it (its guessed reading). */
const tahunTebakan = (c: DetectedColumn): number | undefined => c.tebakan?.year;

/**
 * Is the saved total the sum of the table's own rows in this column? Asked of a flat table only
 * (no row under another); of any other, yes.
 */
function totalnyaSendiri(t: DetectedTable, g: Grid, col: number, saved: number): boolean {
  const rows = barisNilai(t);
  if (rows.some((r) => r.parent !== undefined)) return true;
  let s = 0;
  for (const r of rows) s += nilaiAt(g, r.row, col) ?? 0;
  return jumlahSama(s, saved);
}

/** The table's grand total row: its last row, a total, under rows of its own. */
function barisTotal(t: DetectedTable): number | undefined {
  const last = t.rows[t.rows.length - 1];
  return last?.kind === "total" && t.rows.length >= 3 ? last.row : undefined;
}

/** Does the column add up other columns of its own rows ("=C33+D33") in most of them? */
function turunan(t: DetectedTable, g: Grid, col: number): boolean {
  const rows = t.rows.filter((r) => r.kind !== "total");
  const n = rows.filter((r) => {
    const refs = linearReferences(g.formula(r.row, col));
    return !!refs && refs.length >= 2 && refs.every(([rr, c]) => rr === r.row && c !== col);
  }).length;
  return n * 2 > rows.length;
}

/**
 * The columns two recaps are compared by: counts of no role by their name; a year's pagu by its
 * year ("Tahun Rencana (2026) > Pagu Indikatif (Rp)" and "Pagu 2026 (Rp)" of a recap by sumber
 * dana under it: one year's budget broken down two ways, forms-blind67).
 */
function kunciBanding(c: DetectedColumn): string | undefined {
  // (no average, share or index: "Waktu Tanggap Rata-rata (menit)" of each recap is its own)
  if (c.role === "lainnya" && c.year === undefined && !RATA.test(norm(c.header))) return kunci(c);
  if (c.role === "anggaran" && c.year !== undefined && kolomTahunIni(c) && c.ukuran !== "K")
    return `rp ${c.year}`;
  return undefined;
}

export function totalSelaras(table: DetectedTable, ctx: RuleContext): RuleFinding[] {
  const g = ctx.grid;
  const mine = barisTotal(table);
  if (mine === undefined) return [];
  const cols = kolomMenurut(table.columns, kunciBanding);
  for (let i = 0; i < ctx.index; i++) {
    const other = ctx.tables[i];
    const og = other.grid;
    const lembarLain = other.table.sheet !== table.sheet;
    if (lembarLain ? og === g : og !== g) continue;
    const theirs = barisTotal(other.table);
    if (theirs === undefined) continue;
    const pairs: Array<{ a: DetectedColumn; b: DetectedColumn; va: number; vb: number }> = [];
    for (const [k, b] of kolomMenurut(other.table.columns, kunciBanding)) {
      const a = cols.get(k);
      if (!a) continue;
      // (on two sheets, only a year's recaps: both columns read as that year's)
      if (lembarLain && (tahunTebakan(a) === undefined || tahunTebakan(a) !== tahunTebakan(b))) continue;
      const va = numAt(g, mine, a.col);
      const vb = numAt(og, theirs, b.col);
      if (!va || !vb || !Number.isInteger(va.value) || !Number.isInteger(vb.value)) continue;
      if (!totalnyaSendiri(table, g, a.col, va.value)) continue;
      if (!totalnyaSendiri(other.table, og, b.col, vb.value)) continue;
      pairs.push({ a, b, va: va.value, vb: vb.value });
    }
    const agree = pairs.find((p) => p.va === p.vb && p.va >= 10);
    const differ = pairs.filter((p) => !jumlahSama(p.va, p.vb));
    if (!agree || differ.length === 0) continue;
    // (when only such columns differ, their parts agree: a row's own L + P typed wrong makes the
    // difference, and that row's own check names it, not the other table's total)
    const named = differ.filter((p) => !turunan(table, g, p.a.col) && !turunan(other.table, og, p.b.col));
    const out: RuleFinding[] = [];
    for (const p of named) {
      const cell = `${lembarLain ? `${other.table.sheet}!` : ""}${colToLetters(p.b.col)}${theirs}`;
      out.push({
        row: mine,
        col: p.a.col,
        expected: p.vb,
        actual: p.va,
        tanpaPeran: true,
        messageId: "recapTotals",
        data: {
          column: daunKepala(p.a.header),
          written: p.va,
          cell,
          other: p.vb,
          agreeing: agree.b.header,
          value: agree.va,
        },
      });
    }
    return out;
  }
  return [];
}
