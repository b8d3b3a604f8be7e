// target-outlier: one yearly target far off the row's other targets (seed Kota Blitar Tabel
// 2.3.1, "Persentase penurunan PMKS": 19,69 for 2017 among targets of 1), usually a realisation,
// a cumulative value or a count typed into the wrong cell.
// The rule is robust on purpose, to stay quiet on real target paths:
// - K targets with a year only (not Rp), numbers only (blank, "-", "NA", text are left out);
// - at least 3 other values, all above 0, and the suspect above 0 (zeros mean "no target");
// - the others agree among themselves (largest / smallest <= 3);
// - the suspect is more than 5x or less than 1/5 of the median of the others;
// - not explained by a steady trend: when the others move strictly one way and the suspect sits
//   at the end of the run that way (1 2 4 8 then 32), it is a trend, not a slip.
// Reported: the most extreme such value per row, expected = the median of the others. No fix:
// only the planner knows the intended target.
// A value inside a steady path that breaks it (cariPatahan) is reported too: for levels when it is
// off by more than a step, for any indicator when two adjacent digits swapped put it on the path.
// A yearly pagu (Rp) typed with a zero too many or too few is reported too (paguSalahNol): ten,
// a hundred or a thousand times the row's other years, which agree within 2x, while the row's K
// target of that year stays with the others (a year that builds something has its K jump too).
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import type { DetectedRow } from "../detect";
import { awalan, barisData, kolomDiubah, kolomTahunan, namaIndikator, satuanBaris } from "./tahunan";
import { aditif } from "./konsolidasi";
import type { Rule, RuleFinding, Settings } from "./types";
import { polaritasRow } from "./catatanPolaritas";
import { trenBarisDinilai } from "./tebakanPolaritas";
import { angkaEn, angkaId, nilaiAt } from "./values";
import { labelAkhir } from "../detect/text";

/** `tertukar`: the value with two adjacent digits swapped, when that puts it back on the path. */
/**
 * `kecil`: within a step of its nearer neighbour; `tikungan`: within two, a bend of the path more
 * than a slip of the keys when it goes against a known polarity (67 after 70 where the others climb
 * 68 70 72 74, forms-blind132): both are target-trend's to judge.
 */
export type Pencilan = { index: number; median: number; tertukar?: number; kecil?: true; tikungan?: true };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function monoton(xs: number[]): "naik" | "turun" | undefined {
  if (xs.length < 2) return undefined;
  let naik = true;
  let turun = true;
  for (let i = 1; i < xs.length; i++) {
    if (!(xs[i] > xs[i - 1])) naik = false;
    if (!(xs[i] < xs[i - 1])) turun = false;
  }
  return naik ? "naik" : turun ? "turun" : undefined;
}

/** The one value of a run (in year order) that is far off the others, if any. */
export function cariPencilan(values: readonly number[]): Pencilan | undefined {
  // three years (an IKU of 2024-2026, forms-blind109's 78; 8; 82): only the middle one, between
  // two neighbours that agree within 2x, can be told off; an end may start or finish a climb
  if (values.length < 3) return undefined;
  if (values.length === 3) {
    const [a, v, b] = values;
    if (a <= 0 || b <= 0 || v <= 0 || Math.max(a, b) / Math.min(a, b) > 2) return undefined;
    const m = (a + b) / 2;
    return (v > m ? v / m : m / v) > 5 ? { index: 1, median: m } : undefined;
  }
  // quick exit for ordinary rows: no value can be 5x off the others when the whole run stays within 5x
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > 0 && hi / lo <= 5) return undefined;
  let best: (Pencilan & { factor: number }) | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const others = values.filter((_, j) => j !== i);
    if (v <= 0 || others.some((o) => o <= 0)) continue;
    if (Math.max(...others) / Math.min(...others) > 3) continue;
    const m = median(others);
    const factor = v > m ? v / m : m / v;
    if (factor <= 5) continue;
    const trend = monoton(others);
    const atEnd =
      (trend === "naik" && ((i === values.length - 1 && v > m) || (i === 0 && v < m))) ||
      (trend === "turun" && ((i === values.length - 1 && v < m) || (i === 0 && v > m)));
    if (atEnd) continue;
    if (!best || factor > best.factor) best = { index: i, median: m, factor };
  }
  return best ? { index: best.index, median: best.median } : undefined;
}

export type TargetTahun = { col: number; year: number; value: number };

/**
 * The target paths of a table, each one column per year. A Renstra Perubahan that shows "Target
 * Awal | Target Perubahan" under each year has two paths, and the amended one is in force
 * (comparing 2024 awal with 2024 perubahan is no trend). A review that sets two documents' targets
 * side by side ("Target RPJMD | Target RKPD" under each year, forms-blind36) has a path per
 * document, each a plan of its own. Otherwise the rightmost column of the year. The path in force
 * (or the rightmost document's) is last.
 */
function jalurTarget(cols: readonly DetectedColumn[]): DetectedColumn[][] {
  const byYear = new Map<number, DetectedColumn[]>();
  for (const c of cols) byYear.set(c.year as number, [...(byYear.get(c.year as number) ?? []), c]);
  const years = [...byYear.values()];
  if (years.every((l) => l.length === 1)) return [[...cols]];
  const berlaku = years.map((l) => {
    const diubah = l.filter(kolomDiubah);
    return diubah.length === 1 ? diubah[0] : l[l.length - 1];
  });
  if (cols.some(kolomDiubah)) return [berlaku];
  // the same labels, in the same order, under every year: one path per label
  const leaf = (c: DetectedColumn): string =>
    labelAkhir(c.header)
      .replace(/\b(19|20)\d\d\b/g, "")
      .trim();
  const labels = years[0].map(leaf);
  const perLabel =
    years.length >= 2 &&
    new Set(labels).size === labels.length &&
    years.every((l) => l.length === labels.length && l.every((c, i) => leaf(c) === labels[i]));
  if (!perLabel) return [berlaku];
  return labels.map((_, i) => years.map((l) => l[i]));
}
// target-outlier and target-trend both read every row's targets: the columns once per table (a
// weak entry per table); a row's few numbers are read again by each, cheaper than a memo per row,
// whose lists outlived the check's young garbage and were copied by every scavenge (stop 41)
const TARGETS = new WeakMap<DetectedTable, readonly DetectedColumn[][]>();

/** A row's K targets with a year, in year order, numbers only: one list per target path. */
export function jalurTahunan(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
): readonly (readonly TargetTahun[])[] {
  let paths = TARGETS.get(table);
  if (!paths) {
    paths = jalurTarget(kolomTahunan(table, ["target"], "K"));
    TARGETS.set(table, paths);
  }
  const out: TargetTahun[][] = [];
  for (const cols of paths) {
    const path: TargetTahun[] = [];
    for (const c of cols) {
      const v = nilaiAt(grid, row.row, c.col);
      if (v !== undefined) path.push({ col: c.col, year: c.year as number, value: v });
    }
    out.push(path);
  }
  return out;
}

/** A row's K targets with a year, in year order, numbers only: the path in force. */
export function targetTahunan(table: DetectedTable, grid: Grid, row: DetectedRow): readonly TargetTahun[] {
  const paths = jalurTahunan(table, grid, row);
  return paths[paths.length - 1];
}

/**
 * One target that breaks an otherwise steady path (60 65 70 57 80): the others move strictly one
 * way, the suspect sits inside the run (not at an end, where a path may bend) outside the span of
 * its two neighbours, and further from the nearer one than any step the others take. Asked only of
 * levels (percentages, indices, ratios): a yearly count may dip for a reason. `expected` is the
 * middle of the two neighbours, an estimate.
 */
export function cariPatahan(values: readonly number[], hanyaTertukar = false): Pencilan | undefined {
  if (values.length < 5) return undefined;
  // a path that never turns has every value between its neighbours: the common case, cheaply
  let up = true;
  let down = true;
  for (let i = 1; i < values.length; i++) {
    if (values[i] < values[i - 1]) up = false;
    if (values[i] > values[i - 1]) down = false;
  }
  if (up || down) return undefined;
  for (let i = 1; i < values.length - 1; i++) {
    const others = values.filter((_, j) => j !== i);
    if (!monoton(others)) continue;
    const prev = values[i - 1];
    const next = values[i + 1];
    const v = values[i];
    const lo = Math.min(prev, next);
    const hi = Math.max(prev, next);
    if (v >= lo && v <= hi) continue;
    // the largest regular step; the gap left where the value stood spans two steps, counted as one
    // (4,70 4,55 [4,04] 4,25 4,10: the step is 0,15, not the 0,30 from 4,55 to 4,25, forms-blind34)
    let step = 0;
    for (let k = 1; k < others.length; k++) {
      const d = Math.abs(others[k] - others[k - 1]);
      step = Math.max(step, k === i ? d / 2 : d);
    }
    const off = v < lo ? lo - v : v - hi;
    // a slip of two digits (56.200 for 65.200 between 62.500 and 68.000, forms-blind47): the
    // swapped value fits the path; for a count (`hanyaTertukar`) the only evidence taken
    const ditukar = angkaTertukar(v, lo, hi);
    // (a dip within a step that two swapped digits explain is that slip too: 3,56 for 3,65
    // between 3,58 and 3,74, forms-blind67; but not where the swap only repeats a neighbour, 5,6
    // read as 6,5 beside a 6,5 among yearly areas handled that rise and fall, forms-blind276)
    const tukar =
      ditukar !== undefined && off <= step && (ditukar === lo || ditukar === hi) ? undefined : ditukar;
    if (tukar === undefined && (hanyaTertukar || off <= step)) continue;
    return {
      index: i,
      median: tukar ?? (prev + next) / 2,
      ...(tukar !== undefined ? { tertukar: tukar } : {}),
      ...(off <= step ? { kecil: true as const } : {}),
      ...(off <= 2 * step ? { tikungan: true as const } : {}),
    };
  }
  return undefined;
}

/**
 * Within one order of magnitude of the value the path expects (43 for about 49, 3,3 for 2,3), not
 * a slipped decimal point or a zero too many (6,70 for 67, 400 for 40). A level's break of the
 * first kind against its known polarity is a target-trend, of the second a target-outlier: every
 * set since forms-blind31 plants them so (166, 173 and 181 named the first; 101 .. 169 the second).
 */
export function sekalaJalur(v: number, harapan: number): boolean {
  if (v <= 0 || harapan <= 0) return false;
  return Math.max(v, harapan) / Math.min(v, harapan) < 3;
}

/** The value with two adjacent digits swapped that falls within [lo, hi], if exactly one does. */
export function angkaTertukar(v: number, lo: number, hi: number): number | undefined {
  const text = String(v);
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const point = text.indexOf(".");
  const digits = text.replace(".", "");
  const found = new Set<number>();
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1]) continue;
    const d = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    const w = Number(point < 0 ? d : `${d.slice(0, point)}.${d.slice(point)}`);
    if (w >= lo && w <= hi) found.add(w);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

export const targetOutlier: Rule = {
  id: "target-outlier",
  severity: "warning",
  description: {
    id: "Satu target tahunan yang jauh berbeda dari target tahun-tahun lain pada baris yang sama.",
    en: "One yearly target far off the row's other targets.",
  },
  example: {
    id: "Target 2017 19,69 di antara target tahun lain sekitar 1.",
    en: "Target 2017 of 19.69 among other years' targets around 1.",
  },
  howToFix: {
    id: "Periksa apakah itu salah ketik, realisasi atau nilai kumulatif yang masuk ke kolom target.",
    en: "Check for a typo, or a realisation or cumulative value in the target column.",
  },
  messages: {
    farOff: {
      id: "{{name}}target {{year}} ({{value}}) jauh dari target tahun lain ({{otherYears}}: median {{median}}). Periksa apakah ini salah ketik, realisasi atau nilai kumulatif yang masuk ke kolom target, atau angka dari baris lain.",
      en: "{{name}}the {{year}} target ({{value}}) is far off the other years' targets ({{otherYears}}: median {{median}}). Check for a typo, a realisation or cumulative value in the target column, or a figure from another row.",
    },
    breaksPath: {
      id: "{{name}}target {{year}} ({{value}}) memotong jalur target tahun lain yang {{direction}} teratur ({{path}}); di antara {{yearBefore}} dan {{yearAfter}} perkiraannya sekitar {{estimate}}. Periksa apakah ini salah ketik (angka tertukar) atau angka dari baris lain.",
      en: "{{name}}the {{year}} target ({{value}}) breaks the steadily {{direction}} path of the other years' targets ({{path}}); between {{yearBefore}} and {{yearAfter}} it would be about {{estimate}}. Check for a typo (swapped digits) or a figure from another row.",
    },
    zeroSlip: {
      id: "{{name}}pagu {{year}} ({{value}}) sekitar {{factor}} kali pagu tahun lain ({{otherYears}}: median {{median}}), padahal target kinerja tahun itu sejalan dengan tahun lain. Periksa apakah angka nolnya berlebih atau kurang (mungkin {{estimate}}).",
      en: "{{name}}the {{year}} budget ({{value}}) is about {{factor}} times the other years' ({{otherYears}}: median {{median}}), while that year's performance target is in line with the others. Check for a zero too many or too few (perhaps {{estimate}}).",
    },
    swappedDigits: {
      id: "{{name}}target {{year}} ({{value}}) memotong jalur target tahun lain yang {{direction}} teratur ({{path}}); dengan dua angkanya ditukar, {{estimate}}, ia pas di antara {{yearBefore}} dan {{yearAfter}}. Periksa apakah angkanya salah ketik.",
      en: "{{name}}the {{year}} target ({{value}}) breaks the steadily {{direction}} path of the other years' targets ({{path}}); with two of its digits swapped, {{estimate}}, it fits between {{yearBefore}} and {{yearAfter}}. Check for a typo.",
    },
  },
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    for (const row of barisData(table)) {
      if (row.kind === "total") continue;
      const ts = targetTahunan(table, g, row);
      const values = ts.map((t) => t.value);
      const nol = paguSalahNol(table, g, row, ts);
      if (nol) out.push(nol);
      const p = cariPencilan(values);
      if (!p) {
        const patah = patahan(table, g, row, values, ctx.settings);
        if (patah) out.push(patah);
        continue;
      }
      const t = ts[p.index];
      // (a loop, not a closure over p: that would cost a context for every row looked at)
      const others: number[] = [];
      for (let j = 0; j < ts.length; j++) if (j !== p.index) others.push(ts[j].year);
      const nama = namaIndikator(table, g, row);
      out.push({
        row: row.row,
        col: t.col,
        expected: p.median,
        actual: t.value,
        messageId: "farOff",
        data: {
          name: awalan(nama),
          year: String(t.year),
          value: t.value,
          otherYears: others.join(", "),
          median: p.median,
        },
      });
    }
    return out;
  },
};

/** A break in a level's steady path as a finding (./cariPatahan), or undefined. */
function patahan(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  values: readonly number[],
  settings: Settings,
): RuleFinding | undefined {
  // (most paths never turn: asked before the row's name and unit are read)
  if (!cariPatahan(values) && !cariPatahan(values, true)) return undefined;
  const nama = namaIndikator(table, g, row);
  // a yearly count may dip for a reason, unless two of its digits were swapped
  const p = cariPatahan(values, aditif(satuanBaris(table, g, row), nama) !== "tidak");
  if (!p) return undefined;
  // a small step the wrong way on a row whose polarity is known is target-trend's finding, one
  // finding for one slip (forms-blind45's 87,9 between 88,4 and 90,85)
  // (and a bend within two steps that goes against it, ./cariPatahan's `tikungan`, or any break
  // against it within the path's order of magnitude: `sekalaJalur`, forms-blind181's 43 between
  // 48 and 50)
  const v = values[p.index];
  if (p.tikungan || sekalaJalur(v, p.median)) {
    const pol = polaritasRow(table, g, row, nama, settings);
    const salahArah = pol?.polaritas === "negatif" ? v > values[p.index - 1] : v < values[p.index - 1];
    if (trenBarisDinilai(pol, satuanBaris(table, g, row), nama) && (p.kecil || salahArah)) return undefined;
  }
  const ts = targetTahunan(table, g, row);
  const t = ts[p.index];
  const jalur = ts.filter((_, j) => j !== p.index).map((x) => x.value);
  const arah = values[values.length - 1] > values[0];
  return {
    row: row.row,
    col: t.col,
    expected: p.median,
    actual: t.value,
    messageId: p.tertukar !== undefined ? "swappedDigits" : "breaksPath",
    data: {
      name: awalan(nama),
      year: String(t.year),
      value: t.value,
      direction: arah ? { id: "naik", en: "rising" } : { id: "turun", en: "falling" },
      // the other years' targets, listed as each language lists numbers
      path: { id: jalur.map((v) => angkaId(v)).join("; "), en: jalur.map((v) => angkaEn(v)).join(", ") },
      yearBefore: String(ts[p.index - 1].year),
      yearAfter: String(ts[p.index + 1].year),
      estimate: p.median,
    },
  };
}

// the yearly pagu columns of a table, one per year, four or more; asked once per table
const PAGU = new WeakMap<DetectedTable, readonly DetectedColumn[] | null>();
function paguTahunan(table: DetectedTable): readonly DetectedColumn[] | undefined {
  let cols = PAGU.get(table);
  if (cols === undefined) {
    const c = kolomTahunan(table, ["anggaran"], "Rp");
    cols = c.length >= 4 && new Set(c.map((x) => x.year)).size === c.length ? c : null;
    PAGU.set(table, cols);
  }
  return cols ?? undefined;
}

/**
 * A typed yearly pagu ten, a hundred or a thousand times the row's other years (or as many times
 * less), within a quarter of that power, the others within 2x of each other, while the row's K
 * target of that year is within 1,5x of its other years' (forms-blind152's 7.200.000 among
 * 640.000 .. 800.000 for a share that climbs 45 55 65 75 85). A formula is left alone: it follows
 * its inputs, where the slip is named.
 */
function paguSalahNol(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  targets: readonly TargetTahun[],
): RuleFinding | undefined {
  // (the slip is told from the K targets beside it: a row without four of them is not asked)
  if (targets.length < 4) return undefined;
  const cols = paguTahunan(table);
  if (!cols) return undefined;
  // (every row is asked: one pass without allocating, most rows stay within 7x and leave here)
  let lo = Infinity;
  let hi = 0;
  for (const c of cols) {
    const v = nilaiAt(g, row.row, c.col);
    if (v === undefined || v <= 0) return undefined;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi / lo < 7) return undefined;
  const values = cols.map((c) => nilaiAt(g, row.row, c.col) as number);
  // the one value off the others is the smallest or the largest, the rest within 2x of each other
  // (the two smallest and two largest in one pass: no sorted copy for every row that gets here)
  let min1 = Infinity;
  let min2 = Infinity;
  let max1 = -Infinity;
  let max2 = -Infinity;
  for (const v of values) {
    if (v < min1) {
      min2 = min1;
      min1 = v;
    } else if (v < min2) min2 = v;
    if (v > max1) {
      max2 = max1;
      max1 = v;
    } else if (v > max2) max2 = v;
  }
  const i = max1 / min2 <= 2 ? values.indexOf(min1) : max2 / min1 <= 2 ? values.indexOf(max1) : -1;
  if (i < 0) return undefined;
  const m = median(values.filter((_, j) => j !== i));
  const v = values[i];
  const ratio = v > m ? v / m : m / v;
  const k = Math.round(Math.log10(ratio));
  if (k < 1 || k > 3 || ratio / 10 ** k < 0.75 || ratio / 10 ** k > 1.33) return undefined;
  const col = cols[i];
  if (g.formula(row.row, col.col)) return undefined;
  // the K target of the same year beside the others
  const kYear = targets.find((t) => t.year === col.year);
  const kOthers = targets.filter((t) => t.year !== col.year && t.value > 0).map((t) => t.value);
  if (!kYear || kYear.value <= 0 || kOthers.length < 3) return undefined;
  const km = median(kOthers);
  if ((kYear.value > km ? kYear.value / km : km / kYear.value) > 1.5) return undefined;
  const faktor = 10 ** k;
  // (expected: the budget without the slip, not the others' median: a kondisi akhir Rp typed
  // right, that the slip alone keeps from adding up, is then its consequence, forms-blind315)
  return {
    row: row.row,
    col: col.col,
    expected: v > m ? v / faktor : v * faktor,
    actual: v,
    messageId: "zeroSlip",
    data: {
      name: awalan(namaIndikator(table, g, row)),
      year: String(col.year),
      value: v,
      factor: v > m ? String(faktor) : `1/${faktor}`,
      otherYears: cols
        .filter((_, j) => j !== i)
        .map((c) => c.year)
        .join(", "),
      median: m,
      estimate: v > m ? v / faktor : v * faktor,
    },
  };
}
