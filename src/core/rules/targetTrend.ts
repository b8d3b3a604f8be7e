// target-trend: yearly targets (K, with a year) that move against the indicator's polarity: a
// lower-is-better indicator whose target rises from one year to the next, or a higher-is-better
// one whose target falls. The first year that moves the wrong way is reported, with the previous
// year's target as the expected bound.
// The polarity must be known: an explicit polaritas column, or a guess from the indicator's name
// with the lexicon of ./polaritas (the message says it is a guess and which word decided it).
// Rows of unknown polarity are skipped, and so are flows (yearly counts, areas handled) whose
// polarity is only guessed: their yearly targets may fall as the backlog shrinks. A single target far off its neighbours is left to
// target-outlier and taken out of the run first (seed Tabel 2.3.1, penurunan PMKS 19,69 1 1 1 1
// is not a falling path). Flat runs are fine; blanks, "-", "NA" and text are skipped.
// Why: a target path that goes the wrong way is either a typo or a planning choice that an
// evaluator will question; either way the planner should look (warning).
import { polaritasRow } from "./catatanPolaritas";
import { asalPolaritas, trenBarisDinilai } from "./tebakanPolaritas";
import { cariPatahan, cariPencilan, jalurTahunan, sekalaJalur } from "./targetOutlier";
import type { TargetTahun } from "./targetOutlier";
import type { DetectedRow, DetectedTable } from "../detect";
import { awalan, barisData, namaIndikator, satuanBaris } from "./tahunan";
import { aditif } from "./konsolidasi";
import type { Rule, RuleContext, RuleFinding } from "./types";
import { numAt } from "./values";
import type { Grid } from "../grid";

export const targetTrend: Rule = {
  id: "target-trend",
  severity: "warning",
  description: {
    id: "Target tahunan yang bergerak berlawanan dengan polaritas indikator (indikator negatif yang targetnya naik, positif yang targetnya turun).",
    en: "Yearly targets moving against the indicator's polarity (a lower-is-better indicator whose targets rise, a higher-is-better one whose targets fall).",
  },
  example: {
    id: "Indeks Keparahan Kemiskinan: target naik dari 0,19 ke 0,23.",
    en: "Poverty Severity Index: targets rising from 0.19 to 0.23.",
  },
  howToFix: {
    id: "Periksa targetnya; bila disengaja, jelaskan alasannya; isi kolom polaritas bila tebakan polaritasnya keliru.",
    en: "Check the targets; if intended, explain why; fill in a polarity column if the polarity guess is wrong.",
  },
  messages: {
    risesFromBaseline: {
      id: "{{name}}target {{year}} ({{value}}) naik dari kondisi awal {{prevYear}} ({{prev}}) dan terus naik sesudahnya, padahal indikator ini negatif (makin rendah makin baik; {{polarity}}). Periksa targetnya; bila kenaikan itu disengaja, jelaskan alasannya, atau isi kolom polaritas bila tebakannya keliru.",
      en: "{{name}}the {{year}} target ({{value}}) rises from the {{prevYear}} baseline ({{prev}}) and keeps rising, but this indicator is lower-is-better ({{polarity}}). Check the target; if the rise is intended, explain why, or fill in a polarity column if the guess is wrong.",
    },
    fallsFromBaseline: {
      id: "{{name}}target {{year}} ({{value}}) turun dari kondisi awal {{prevYear}} ({{prev}}) dan terus turun sesudahnya, padahal indikator ini positif (makin tinggi makin baik; {{polarity}}). Periksa targetnya; bila penurunan itu disengaja, jelaskan alasannya, atau isi kolom polaritas bila tebakannya keliru.",
      en: "{{name}}the {{year}} target ({{value}}) falls from the {{prevYear}} baseline ({{prev}}) and keeps falling, but this indicator is higher-is-better ({{polarity}}). Check the target; if the fall is intended, explain why, or fill in a polarity column if the guess is wrong.",
    },
    risesLowerIsBetter: {
      id: "{{name}}target {{year}} ({{value}}) naik dari target {{prevYear}} ({{prev}}), padahal indikator ini negatif (makin rendah makin baik; {{polarity}}). Periksa targetnya; bila kenaikan itu disengaja, jelaskan alasannya, atau isi kolom polaritas bila tebakannya keliru.",
      en: "{{name}}the {{year}} target ({{value}}) rises from the {{prevYear}} target ({{prev}}), but this indicator is lower-is-better ({{polarity}}). Check the target; if the rise is intended, explain why, or fill in a polarity column if the guess is wrong.",
    },
    fallsHigherIsBetter: {
      id: "{{name}}target {{year}} ({{value}}) turun dari target {{prevYear}} ({{prev}}), padahal indikator ini positif (makin tinggi makin baik; {{polarity}}). Periksa targetnya (mungkin realisasi yang masuk ke kolom target); bila penurunan itu disengaja, jelaskan alasannya, atau isi kolom polaritas bila tebakannya keliru.",
      en: "{{name}}the {{year}} target ({{value}}) falls from the {{prevYear}} target ({{prev}}), but this indicator is higher-is-better ({{polarity}}). Check the target (perhaps a realisation in the target column); if the fall is intended, explain why, or fill in a polarity column if the guess is wrong.",
    },
  },
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    for (const row of barisData(table)) {
      if (row.kind === "total" || row.kind === "komponen") continue;
      // each document's path of a review ("Target RPJMD | Target RKPD"), its first wrong step
      for (const path of jalurTahunan(table, g, row)) {
        const f = langkahSalah(table, ctx, row, path);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

/** Does every target of the path equal the first? */
function rata(ts: readonly TargetTahun[]): boolean {
  for (const t of ts) if (t.value !== ts[0].value) return false;
  return true;
}

/** The path without its `index`th target. */
function tanpa(ts: readonly TargetTahun[], index: number): TargetTahun[] {
  const out: TargetTahun[] = [];
  for (let i = 0; i < ts.length; i++) if (i !== index) out.push(ts[i]);
  return out;
}

/** The first year of one target path that moves against the indicator's polarity, as a finding. */
function langkahSalah(
  table: DetectedTable,
  ctx: RuleContext,
  row: DetectedRow,
  path: readonly TargetTahun[],
): RuleFinding | undefined {
  const g = ctx.grid;
  let ts = path;
  if (ts.length < 2) return undefined;

  // a flat run cannot move the wrong way: skip the wording then (loops here, no closures over
  // the path: each would cost a context for every path looked at)
  if (rata(ts)) return undefined;
  const nama = namaIndikator(table, g, row);
  const pol = polaritasRow(table, g, row, nama, ctx.settings);
  // a trend judged only on a note's silence would be a guess, and a flow's yearly targets may
  // fall as the backlog shrinks: the trend is a question for levels (./tebakanPolaritas)
  if (!trenBarisDinilai(pol, satuanBaris(table, g, row), nama)) return undefined;
  // a target off the path is target-outlier's finding (a slip), not a trend
  const values = ts.map((t) => t.value);
  const outlier =
    cariPencilan(values) ??
    (aditif(satuanBaris(table, g, row), nama) === "tidak" ? cariPatahan(values) : undefined);
  const neg = pol.polaritas === "negatif";
  // (unless the slip itself goes the wrong way: a lower-is-better rate that rises off its path
  // is both, and the trend is the finding a planner acts on)
  if (outlier) {
    const v = values[outlier.index];
    const before = values[outlier.index - 1];
    const after = values[outlier.index + 1];
    const salahArah = before !== undefined && (neg ? v > before : v < before);
    // within three of its path's steps (6; 5,8; 5,6; 5,9; 5,2), not a slip of a digit (80; 81;
    // 82; 71; 84, which is target-outlier's alone)
    const langkah = before !== undefined && after !== undefined ? Math.abs(after - before) / 2 : 0;
    const dekat = Math.abs(v - outlier.median) <= 3 * langkah;
    // (a bend within two of the path's steps is left to this rule by target-outlier: ./cariPatahan's
    // `tikungan`, forms-blind132's 67 after 70 in 68 70 72 74; so is a break within the path's
    // order of magnitude, `sekalaJalur`, forms-blind181's 43 between 48 and 50)
    const bukanSelip = dekat || outlier.tikungan || sekalaJalur(v, outlier.median);
    if (!(salahArah && bukanSelip)) ts = tanpa(ts, outlier.index);
  }
  for (let i = 1; i < ts.length; i++) {
    let prev = ts[i - 1];
    let cur = ts[i];
    const wrong = neg ? cur.value > prev.value : cur.value < prev.value;
    if (!wrong) continue;
    // a path that already left its baseline the wrong way ("Kondisi Awal (2024)" 10,5 under targets
    // 10,8; 11; 11,3 of a lower-is-better loss): the first target is where it turned (forms-blind117);
    // a baseline alone off the path is no finding (an exceptional year)
    const awal = i === 1 ? kondisiAwal(table, g, row, ts[0].year) : undefined;
    const dariAwal = awal !== undefined && (neg ? prev.value > awal.value : prev.value < awal.value);
    if (dariAwal) {
      cur = prev;
      prev = awal;
    }
    return {
      row: row.row,
      col: cur.col,
      expected: prev.value,
      actual: cur.value,
      messageId: dariAwal
        ? neg
          ? "risesFromBaseline"
          : "fallsFromBaseline"
        : neg
          ? "risesLowerIsBetter"
          : "fallsHigherIsBetter",
      data: {
        name: awalan(nama),
        // years are labels, not quantities: strings
        year: String(cur.year),
        value: cur.value,
        prevYear: String(prev.year),
        prev: prev.value,
        // where the polarity comes from (a column, the pane, a note, a guess from a word)
        polarity: asalPolaritas(pol),
      },
    };
  }
  return undefined;
}

/** The row's baseline (its kondisi awal, K) of a year before `firstYear`, or undefined. */
function kondisiAwal(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  firstYear: number,
): TargetTahun | undefined {
  const cols = table.columns.filter((c) => c.role === "kondisi-awal" && c.ukuran !== "Rp");
  if (cols.length !== 1 || (cols[0].year !== undefined && cols[0].year >= firstYear)) return undefined;
  const n = numAt(g, row.row, cols[0].col);
  if (!n || n.text) return undefined;
  return { col: cols[0].col, year: cols[0].year ?? firstYear - 1, value: n.value };
}
