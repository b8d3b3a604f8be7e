// Reading numbers out of table cells for the rules: the value, how many decimals were printed
// (to compare within the printed rounding), and whether it was typed as text.
import type { Grid } from "../grid";
import { sumReferences, textOf } from "../grid";
import { parseAngka } from "../numbers";
import { MemoObjek, MemoTeks } from "./memo";
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";

export type Num = { value: number; decimals: number; text: boolean };

export function decimalsOfFormat(fmt: string | undefined): number | undefined {
  if (!fmt) return undefined;
  const m = /0[.,](0+)/.exec(fmt.split(";")[0]);
  if (m) return m[1].length;
  if (/^[#,]*0(%)?$/.test(fmt.split(";")[0].replace(/[^#0,%.]/g, ""))) return 0;
  return undefined;
}

/** How many decimals a typed number carries (6 at most). */
export function decimalsOfValue(v: number): number {
  // most amounts are whole: no string needed (this runs on every number a rule reads)
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return 0;
  const s = String(Math.abs(v));
  if (s.includes("e")) return 6;
  const i = s.indexOf(".");
  return i < 0 ? 0 : Math.min(s.length - i - 1, 6);
}

/** The number a cell holds, or undefined for blanks, dashes, "NA" and qualitative text. */
export function numAt(grid: Grid, row: number, col: number): Num | undefined {
  const cell = grid.cell(row, col);
  if (!cell) return undefined;
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    return { value: v, decimals: decimalsOfFormat(cell.numFmt) ?? decimalsOfValue(v), text: false };
  }
  if (typeof v !== "string") return undefined;
  const a = parseAngka(v);
  if (a.kind !== "angka" || a.label) return undefined;
  return { value: a.value, decimals: decimalsOfValue(a.value), text: true };
}

/** numAt's value alone: for readers that never ask how it was printed (no reading built). */
export function nilaiAt(grid: Grid, row: number, col: number): number | undefined {
  const cell = grid.cell(row, col);
  if (!cell) return undefined;
  const v = cell.value;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const a = parseAngka(v);
  return a.kind !== "angka" || a.label ? undefined : a.value;
}

/** Half a unit of the last printed decimal, plus 0,005 so a value rounded twice is forgiven. */
export function tolerance(n: Num, extra = 0): number {
  return 0.5 * 10 ** -n.decimals + 0.005 + 1e-9 + extra;
}

/**
 * A typed value that copies another typed value (a final condition that is the last target): only
 * its own printed rounding, without the slack a computed percentage needs (forms-blind31: a Gini
 * ratio's 0,369 is no copy of 0,366).
 */
export function toleranceSalinan(n: Num, extra = 0): number {
  return 0.5 * 10 ** -n.decimals + 1e-9 + extra;
}

export function round(v: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

export function textAt(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = grid.displayValue(row, col);
  // (most cells hold text: no call through the grid module's re-export for it)
  return typeof v === "string" ? v.trim() : textOf(v).trim();
}

/**
 * An indicator's name as it should compare across tables: case, "(IKU)" tags, punctuation and
 * the "Presentase" typo folded. Runs on every row of every table, so it avoids the general
 * header normaliser.
 */
export function indicatorKey(text: string): string {
  if (!text) return "";
  return KEYS.ambil(text, keyOf);
}
// asked for the same names by several rules and the cross-document index: each name once
const KEYS = new MemoTeks<string>();

const TAG = /\((?:iku|ikk|spm)/;
// every run of other characters becomes one space; a run that is one space already is left alone
// (the same text as replacing every run: most names' words are apart by single spaces)
const LAIN = /[^a-z0-9%]{2,}|[^a-z0-9% ]/g;

/**
 * indicatorKey without the memo, for a reader that keys each row's name once (the cross-table
 * index): on names that are all different, a memo's lookup and entry cost as much as the key.
 */
export function keyOf(text: string): string {
  let s = text.toLowerCase();
  // (each global replace only where its text is: most names hold "(" without a tag)
  if (s.includes("(")) {
    if (TAG.test(s)) s = s.replace(/\((iku|ikk|spm|iku kota|iku kab)[^)]*\)/g, " ");
    if (s.includes("(%)")) s = s.replace(/\(%\)/g, " ");
  }
  s = s.replace(LAIN, " ").trim();
  return s.includes("sentase") ? s.replace(/\b(pre|pro)sentase\b/g, "persentase") : s;
}

// The words of indicator names as compared across tables and documents: abbreviations spelled out.
const SINGKATAN: Record<string, string> = {
  jml: "jumlah",
  pers: "persentase",
  prosen: "persentase",
  thd: "terhadap",
  dg: "dengan",
  dgn: "dengan",
  yg: "yang",
  kab: "kabupaten",
  pddk: "penduduk",
  masy: "masyarakat",
  pelay: "pelayanan",
};

/** The words of a name, normalised as indicatorKey does, abbreviations spelled out. */
export function kataIndikator(name: string): string[] {
  return indicatorKey(name)
    .split(" ")
    .filter(Boolean)
    .map((w) => SINGKATAN[w] ?? w);
}

/**
 * Numbers in messages: Indonesian format for `id`, English for `en`, at most two decimals; a
 * fraction below 1 keeps up to four, so a Gini ratio's 0,369 is not shown as the 0,37 of 0,366.
 */
// One formatter each: toLocaleString builds a new one per call, which is slow by the thousand.
const ID = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const EN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const ID_KECIL = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 4 });
const EN_KECIL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });
export function angkaId(v: number): string {
  return (Math.abs(v) < 1 ? ID_KECIL : ID).format(v);
}
export function angkaEn(v: number): string {
  return (Math.abs(v) < 1 ? EN_KECIL : EN).format(v);
}

const CHILDREN = new WeakMap<DetectedTable, Map<number, DetectedRow[]>>();

/** The rows under each row (by `parent`), built once per table: rules stay linear in its size. */
export function childrenOf(table: DetectedTable, row: number): readonly DetectedRow[] {
  let index = CHILDREN.get(table);
  if (!index) {
    index = new Map();
    for (const r of table.rows) {
      if (r.parent === undefined) continue;
      const list = index.get(r.parent);
      if (list) list.push(r);
      else index.set(r.parent, [r]);
    }
    CHILDREN.set(table, index);
  }
  return index.get(row) ?? KOSONG;
}
// (one empty list for the rows without children, most of them: read-only like the others)
const KOSONG: readonly DetectedRow[] = [];

/** Body rows that can carry an indicator's values: not section rows nor summary footers. */
export function barisData(table: DetectedTable): readonly DetectedRow[] {
  // asked by many rules, some per column: one list per table and check (read-only)
  return BARIS_DATA.ambil(table, (t) =>
    t.rows.filter((r) => r.kind !== "section" && r.kind !== "rata-rata" && r.kind !== "predikat"),
  );
}
const BARIS_DATA = new MemoObjek<DetectedTable, readonly DetectedRow[]>();

/** Rows that carry one indicator's own values: barisData without totals. */
export function barisNilai(table: DetectedTable): readonly DetectedRow[] {
  return BARIS_NILAI.ambil(table, (t) => barisData(t).filter((r) => r.kind !== "total"));
}
const BARIS_NILAI = new MemoObjek<DetectedTable, readonly DetectedRow[]>();

/**
 * A table's rows by their row number, built once per table and check for the rules that look a
 * row up by number (a loop: a pair per row for `new Map(pairs)` cost as much again).
 */
export function barisMenurutNomor(table: DetectedTable): ReadonlyMap<number, DetectedRow> {
  return PER_NOMOR.ambil(table, (t) => {
    const out = new Map<number, DetectedRow>();
    for (const r of t.rows) out.set(r.row, r);
    return out;
  });
}
const PER_NOMOR = new MemoObjek<DetectedTable, ReadonlyMap<number, DetectedRow>>();

// Indicator names are shown whole (reports wrap them); only a cell that holds a paragraph rather
// than a name is shortened.
const NAMA_MAKS = 200;

/**
 * "Nama indikator: " to open a message. The name is whole; a paragraph-long cell is shortened at
 * a word boundary, never in the middle of a word, and says so with "...".
 */
export function awalan(nama: string | undefined): string {
  const s = (nama ?? "").replace(/\s+/g, " ").trim();
  if (!s) return "";
  if (s.length <= NAMA_MAKS) return `${s}: `;
  const cut = s.lastIndexOf(" ", NAMA_MAKS - 3);
  return `${s.slice(0, cut > 20 ? cut : NAMA_MAKS - 3).replace(/[,;:.\s]+$/, "")}...: `;
}

/**
 * A total and the sum of its parts agree: within half a unit (amounts are typed in whole rupiah or
 * counts) or a relative 1e-12 for sums of floats in the trillions. The one test of "adds up".
 */
export function jumlahSama(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.5, Math.abs(b) * 1e-12);
}

const FAKTOR_NOL = [10, 100, 1000];

/**
 * The one part that, with a zero too many or too few, keeps a written total from adding up: the
 * total agrees with the parts once that part is divided (or multiplied) by 10, 100 or 1 000, and
 * no other part or factor does so (a TPI's auction value typed 109 003 800 000 for 10 900 380 000
 * under a typed Jumlah that has the right one, forms-blind313). The total is then right and the
 * part is the slip. Parts that are zero or not numbers are never the one.
 */
export function bagianSalahNol(
  parts: ReadonlyArray<number | undefined>,
  total: number,
): { index: number; want: number; factor: number } | undefined {
  let sum = 0;
  for (const p of parts) sum += p ?? 0;
  if (jumlahSama(sum, total)) return undefined;
  let found: { index: number; want: number; factor: number } | undefined;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === undefined || p === 0) continue;
    for (const f of FAKTOR_NOL)
      for (const want of [p / f, p * f]) {
        if (!jumlahSama(sum - p + want, total)) continue;
        // two readings that fit say nothing of which is the slip
        if (found) return undefined;
        found = { index: i, want, factor: want < p ? f : 1 / f };
      }
  }
  return found;
}

/**
 * A table's columns by a key of their own (a name, a year's pagu), for matching one table's
 * columns with another's; a key two columns share ("APBD Murni | APBD Perubahan") matches none.
 */
export function kolomMenurut(
  cols: readonly DetectedColumn[],
  kunci: (c: DetectedColumn) => string | undefined,
): Map<string, DetectedColumn> {
  const out = new Map<string, DetectedColumn>();
  const dua = new Set<string>();
  for (const c of cols) {
    const k = kunci(c);
    if (k === undefined) continue;
    if (out.has(k)) dua.add(k);
    out.set(k, c);
  }
  for (const k of dua) out.delete(k);
  return out;
}

/**
 * A level carried into a total row: at least three parts and the total hold one and the same
 * number ("Jumlah Tempat Tidur" 245 in each month and in "Jumlah / Tahun", forms-blind105). No sum.
 */
export function nilaiTetap(
  grid: Grid,
  parts: readonly { row: number }[],
  col: number,
  total: number,
): boolean {
  if (parts.length < 3) return false;
  for (const p of parts) if (numAt(grid, p.row, col)?.value !== total) return false;
  return true;
}

/**
 * Does a total row take one of its rows as it is ("=B9": the year's opening balance is its first
 * quarter's, forms-blind215; "=J19": the last month's members, forms-blind56)? A position the
 * sheet itself carries, not a sum.
 */
export function salinanBaris(
  grid: Grid,
  totalRow: number,
  col: number,
  parts: readonly { row: number }[],
): boolean {
  // (a bare reference: "=SUM(E12:E12)" is a sum cut short, forms-blind141, not a position)
  const f = grid.formula(totalRow, col);
  if (!f || !/^=?\$?[A-Z]{1,3}\$?\d+$/i.test(f.trim())) return false;
  const refs = sumReferences(f);
  return refs?.length === 1 && refs[0][1] === col && parts.some((p) => p.row === refs[0][0]);
}
