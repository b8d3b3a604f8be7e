// kondisi-akhir-mismatch: a "Kondisi (Kinerja) Akhir (periode Renstra)" that is not what the
// row's yearly targets give (docs/domain.md, "Konsolidasi"):
// - K (kinerja): the last year's target for rates, percentages, indices, ratios and scores
//   (satuan "%", "Indeks", "Rasio", ..., or an indicator named "Persentase / Indeks / Rasio /
//   Angka / Tingkat ..."); for such a rate of change ("Persentase penurunan / kenaikan /
//   pertumbuhan ...") the sum of the yearly targets is accepted too. When the unit does not tell
//   (counts: orang, unit, kegiatan, dokumen; "Jumlah ...") the last target or the sum is accepted,
//   since a count can be a stock or a yearly increment. The expected value reported is the last
//   target. Seed Kota Blitar Tabel 4.2: 7,04 and 3,24 are right; 5,89 for "Persentase penurunan
//   PMKS" whose last target is 1,54 is not.
// - Rp: always the sum of the years' Rp (pagu). A table that shows only part of the Renstra period
//   (most rows' Rp kondisi akhir exceed the sum of the years shown, as in the amended Renstra's
//   Tabel 6.3 for 2024-2026 only) is checked only for a kondisi akhir below that sum.
// Severity: warning for K, because the kind of quantity is read from the unit and the name (a
// guess, and some offices define the final condition differently, e.g. cumulatively); error for
// Rp, which is a definition (the finding overrides the severity), with the sum as a fix when the
// table shows the whole period.
import { kondisiAkhir } from "../indicators";
import type { Hasil } from "../indicators";
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { awalan, barisData, kolomTahunan, namaIndikator, satuanBaris } from "./tahunan";
import type { Rule, RuleFinding, Settings } from "./types";
import { polaritasRow } from "./catatanPolaritas";
import { trenBarisDinilai } from "./tebakanPolaritas";
import { cariPencilan } from "./targetOutlier";
import { angkaEn, angkaId, nilaiAt, numAt, round, tolerance, toleranceSalinan, jumlahSama } from "./values";
import { aditif, jenisKondisiAkhir, stok } from "./konsolidasi";
import {
  caraAkhirCatatan,
  caraAkhirTeks,
  caraCatatanBaris,
  konvensiKondisiAkhir,
  sifatBaris,
} from "./catatan";
import type { CaraAkhir, KonvensiAkhir } from "./catatan";
import { realisasiAkhir } from "./realisasiAkhir";
import { norm } from "../detect/text";

function nilai(grid: Grid, row: DetectedRow, cols: DetectedColumn[]): unknown[] {
  // (a loop: a map's closure over the row would be made for every row, twice)
  const out = new Array<unknown>(cols.length);
  for (let i = 0; i < cols.length; i++) out[i] = grid.value(row.row, cols[i].col);
  return out;
}

/**
 * "Target Renstra | Target Rancangan Renja" under each year (a review of the Renja against the
 * Renstra, forms-blind21): the Renstra's final condition follows the Renstra's own targets.
 */
function targetRenstra(cols: DetectedColumn[]): DetectedColumn[] {
  const years = new Set(cols.map((c) => c.year));
  if (years.size === cols.length) return cols;
  return cols.filter((c) => {
    const same = cols.filter((x) => x.year === c.year);
    const renstra = same.filter((x) => /renstra/i.test(x.header));
    return same.length === 1 || renstra.length !== 1 || renstra[0] === c;
  });
}

/** Rp columns of the years: anggaran columns marked Rp, or any anggaran column with a year. */
function kolomRp(table: DetectedTable): DetectedColumn[] {
  const rp = kolomTahunan(table, ["anggaran"], "Rp");
  return rp.length ? rp : kolomTahunan(table, ["anggaran"]).filter((c) => c.ukuran !== "K");
}

/** Each row's Rp kondisi akhir and the sum of its years' Rp, read once for the two passes below. */
function rupiahBaris(
  table: DetectedTable,
  grid: Grid,
  akhir: DetectedColumn,
  cols: DetectedColumn[],
): Array<{ row: DetectedRow; a: number | undefined; s: Hasil }> {
  // (the value alone: how it was printed is never asked here)
  return barisData(table).map((row) => ({
    row,
    a: nilaiAt(grid, row.row, akhir.col),
    s: kondisiAkhir(nilai(grid, row, cols), "jumlah"),
  }));
}

/**
 * The last year with a value, numeric or not ("A (84,35)" is read as 84,35 too). (Its own
 * function: closures over the row in the rule's loop would cost a context for every row.)
 */
function tahunTerakhir(g: Grid, row: DetectedRow, cols: DetectedColumn[]): number | undefined {
  const filled = (c: DetectedColumn): boolean => {
    const v = g.value(row.row, c.col);
    return v !== null && v !== undefined && String(v).trim() !== "";
  };
  return (
    [...cols].reverse().find((c) => numAt(g, row.row, c.col)) ??
    [...cols].reverse().find(filled) ??
    cols[cols.length - 1]
  )?.year;
}

/** Does a K final condition hold with these numbers: the last target, or their sum where allowed? */
function akhirLagi(
  row: number,
  col: number,
  cols: DetectedColumn[],
  tol: number,
  sumBoleh: boolean,
): (cells: (row: number, col: number) => number | undefined) => boolean {
  return (cells) => {
    const a = cells(row, col);
    if (a === undefined) return true;
    const values = cols.map((c) => cells(row, c.col));
    const last = kondisiAkhir(values, "akhir");
    if (last.ok && Math.abs(last.value - a) <= tol) return true;
    const sum = kondisiAkhir(values, "jumlah");
    return sumBoleh && sum.ok && Math.abs(sum.value - a) <= tol;
  };
}

/**
 * Is this final condition right once the row's one far-off target (./targetOutlier) is put back
 * on its path: the last target, or where allowed the sum, with that year at a value between half
 * the smallest and twice the largest of the others?
 */
function ikutPencilan(values: unknown[], a: number, sumBoleh: boolean): boolean {
  const nums: number[] = [];
  for (const v of values) if (typeof v === "number") nums.push(v);
  if (nums.length !== values.length) return false;
  const p = cariPencilan(nums);
  if (!p) return false;
  const others = nums.filter((_, i) => i !== p.index);
  const lo = Math.min(...others) / 2;
  const hi = Math.max(...others) * 2;
  const onPath = (x: number): boolean => x >= lo && x <= hi;
  if (p.index === nums.length - 1 && onPath(a)) return true;
  return sumBoleh && onPath(a - others.reduce((t, x) => t + x, 0));
}

/**
 * Does the final condition `a` carry on a path of targets that runs the polarity's way until its
 * last year turns back? Then the last target is the slip (target-trend names it) and `a` the value
 * meant: within two of the path's steps past the target before the last.
 */
function ikutTren(
  values: unknown[],
  a: number,
  pol: ReturnType<typeof polaritasRow>,
  satuan: string,
  nama: string,
): boolean {
  // only where target-trend judges the row: a flow's lexicon polarity is left unjudged there, and
  // the one mistake would go unnamed (as target-outlier's flow slip did before e4ce159)
  if (!trenBarisDinilai(pol, satuan, nama)) return false;
  const nums: number[] = [];
  for (const v of values) if (typeof v === "number") nums.push(v);
  if (nums.length !== values.length || nums.length < 3) return false;
  // +1 where the path should rise, -1 where it should fall
  const arah = pol.polaritas === "negatif" ? -1 : 1;
  const last = nums[nums.length - 1];
  const prev = nums[nums.length - 2];
  let step = 0;
  for (let i = 1; i < nums.length - 1; i++) {
    const d = (nums[i] - nums[i - 1]) * arah;
    if (d < 0) return false;
    step = Math.max(step, d);
  }
  const lanjut = (a - prev) * arah;
  return (last - prev) * arah < 0 && step > 0 && lanjut > 0 && lanjut <= 2 * step;
}

/**
 * A row's Rp kondisi akhir that is not the sum of its years, as a finding (its own function: a
 * closure over the row in the loop would cost a context for every row looked at).
 */
function rupiahTidakCocok(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  a: number,
  jumlah: number,
  ak: DetectedColumn,
  cols: DetectedColumn[],
  partial: boolean,
  span: string,
): RuleFinding {
  const nama = namaIndikator(table, g, row);
  const f: RuleFinding = {
    // the sum of the years: a wrong year's Rp makes this a consequence (./precision)
    inputs: cols.map((c) => [row.row, c.col] as [number, number]),
    recheck: (cells) => {
      const av = cells(row.row, ak.col);
      if (av === undefined) return true;
      const sum = cols.reduce((t, c) => t + (cells(row.row, c.col) ?? 0), 0);
      return jumlahSama(av, sum) || (partial && av > sum);
    },
    row: row.row,
    col: ak.col,
    severity: "error",
    expected: jumlah,
    actual: a,
    messageId: partial ? "rupiahBelowYears" : "rupiahNotSum",
    data: { name: awalan(nama), written: a, years: span, sum: jumlah },
  };
  if (!partial) f.fix = { value: jumlah };
  return f;
}

/** Does the table show only part of the period (most Rp kondisi akhir exceed the shown sum)? */
function sebagianPeriode(baris: ReturnType<typeof rupiahBaris>): boolean {
  let sama = 0;
  let lebih = 0;
  for (const { a, s } of baris) {
    if (a === undefined || !s.ok) continue;
    if (jumlahSama(a, s.value)) sama++;
    else if (a > s.value) lebih++;
  }
  return lebih > sama;
}

/** "Level 4", "A (85,00)", "WTP": the words, and the numbers as numbers ("85,00" is 85). */
function bentukTeks(v: unknown): { kata: string; angka: number[] } | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.toLowerCase().replace(/\s+/g, " ").trim();
  if (!t || t === "-" || !/\p{L}/u.test(t)) return undefined;
  const angka = [...t.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(",", ".")));
  return { kata: t.replace(/\d+(?:[.,]\d+)?/g, "#").replace(/[^\p{L}#]/gu, ""), angka };
}

/**
 * A qualitative row (targets "Level 3" .. "Level 4", "WTP", "BB (78,50)"): a state, so the final
 * condition is the last year's target, written the same way.
 */
function kualitatif(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  ak: DetectedColumn,
  cols: DetectedColumn[],
): RuleFinding | undefined {
  const a = bentukTeks(g.value(row.row, ak.col));
  if (!a) return undefined;
  const filled = cols.filter((c) => g.value(row.row, c.col) !== null && g.value(row.row, c.col) !== "");
  if (filled.length < 2) return undefined;
  const ts = filled.map((c) => bentukTeks(g.value(row.row, c.col)));
  if (ts.some((t) => !t)) return undefined; // numbers mixed in: not a qualitative row
  const last = ts[ts.length - 1] as { kata: string; angka: number[] };
  const same =
    last.kata === a.kata &&
    last.angka.length === a.angka.length &&
    last.angka.every((n, i) => n === a.angka[i]);
  if (same) return undefined;
  const lastCol = filled[filled.length - 1];
  const ditulis = String(g.value(row.row, ak.col)).trim();
  const target = String(g.value(row.row, lastCol.col)).trim();
  const nama = namaIndikator(table, g, row);
  return {
    row: row.row,
    col: ak.col,
    expected: target,
    actual: ditulis,
    messageId: "qualitativeNotLast",
    data: { name: awalan(nama), written: ditulis, year: String(lastCol.year), last: target },
  };
}

/**
 * A name that says what a year does or makes ("yang dibangun", "yang ditingkatkan kompetensinya",
 * "bank sampah baru yang terbentuk"), not what there is ("yang terlayani", "terdampak"): a flow.
 * So is a count of documents or reports, each year's own ("Jumlah laporan analisis indikator
 * makro", 2 a year; forms-blind317, 318): the table's practice still decides.
 */
function dikerjakan(nama: string, satuan: string): boolean {
  return (KERJA.test(nama) || PRODUK.test(satuan)) && !stok(nama);
}

// ("rumah ibadah penerima hibah": what a year's grants reached, forms-blind169)
// ("peserta pelatihan berbasis kompetensi": each year's trainees, forms-blind339; not "peserta JKN"
// or "peserta KB aktif", members counted as they stand)
const KERJA =
  /\byang\s+((di|ter)[a-z]{3,}|mengikuti|menerima|mendapat)|\bbaru\b|\bpenerima\b|\bpeserta\s+(pelatihan|diklat|bimtek|kursus|magang|sosialisasi|penyuluhan|lomba|sertifikasi|uji)\b/i;
const PRODUK = /^\s*(dokumen|laporan)\s*$/i;
const TINGKAT = /%|persen|indeks|rasio|nilai|skor|predikat|poin|tahun|per /i;

type Alasan = { id: string; en: string; fixId: string; fixEn: string };

/**
 * Why a count's final condition should be the sum of its targets, when it is: the table's notes
 * say so for its wording ("yang dibangun"), or the table's other flows add theirs up. Not the
 * wording alone: "peserta KB baru" is a yearly flow whose final condition many Renstra quote as
 * the last year's (forms-blind10), while "bank sampah baru" was meant as a sum (forms-blind7).
 */
function alasanJumlah(
  nama: string,
  satuan: string,
  sifat: string,
  catatan: KonvensiAkhir,
  caraTabel: () => { jumlah: number; akhir: number },
  lebihRendahLebihBaik: () => boolean,
): Alasan | undefined {
  // the notes first (most tables have none)
  const disebut = caraAkhirCatatan(catatan, nama, satuan, sifat);
  // the notes name this one as a last-target indicator
  if (disebut?.cara === "akhir") return undefined;
  if (disebut)
    return {
      id: `catatan tabel ini menyatakan kondisi akhir indikator "${disebut.kata}" adalah jumlah targetnya`,
      en: `this table's note says the final condition of indicators described as "${disebut.kata}" is the sum of their targets`,
      fixId: "Isi jumlahnya atau sesuaikan catatannya.",
      fixEn: "Enter the sum or correct the note.",
    };
  // what a year did, by its wording
  if (!dikerjakan(nama, satuan)) return undefined;
  // a count of people, documents, units (not kW, not a rate): aditif is read once per wording
  if (aditif(satuan, nama) !== "ya" || jenisKondisiAkhir(satuan, nama) !== "akhir-atau-jumlah")
    return undefined;
  // (this row is one of the table's last-target counts: the others are weighed)
  // (not a lower-is-better count: what is reduced, "Luas kawasan hutan yang terbakar", ends at its
  // last year's level, whatever the table's other counts add up, forms-blind102)
  // (nor a count the notes leave out when they name the ones that add up: "jumlah gedung dan hidran
  // adalah tambahan per tahun" says the fleet operated is not, forms-blind106)
  // (a note that names the stocks "bukan akumulasi" leaves this count of work done to add up:
  // "target indikator luas dan proporsi merupakan kondisi (stok), bukan akumulasi", forms-blind202)
  if (catatan.kontras)
    return {
      id: "catatan tabel ini menyebut indikator stok (bukan akumulasi); indikator ini menghitung pekerjaan tiap tahun, jadi kondisi akhirnya jumlah targetnya",
      en: "this table's note names its stocks (not accumulated); this indicator counts each year's work, so its final condition is the sum of its targets",
      fixId: "Isi jumlahnya, atau sebutkan indikator ini di catatan bila ia juga stok.",
      fixEn: "Enter the sum, or name this indicator in the note if it is a stock too.",
    };
  // (a note that names only the kind, "indikator jumlah = akumulasi lima tahun" against "persentase
  // = target tahun ke-5", speaks of counts in general: for a count of work not worded "Jumlah ..."
  // ("Panjang saluran irigasi yang direhabilitasi") the table's practice decides, forms-blind284)
  if (catatan.jumlah.some((w) => w.length !== 1 || w[0] !== "jumlah")) return undefined;
  const cara = caraTabel();
  if (cara.jumlah >= 2 && cara.jumlah >= 3 * (cara.akhir - 1) && lebihRendahLebihBaik()) return undefined;
  if (cara.jumlah >= 2 && cara.jumlah >= 3 * (cara.akhir - 1))
    return {
      id: `${cara.jumlah} indikator jumlah lain di tabel ini menjumlahkan targetnya`,
      en: `${cara.jumlah} other counts in this table add their targets up`,
      fixId: "Bila indikator ini juga kenaikan tahunan, isi jumlahnya; bila stok, biarkan.",
      fixEn: "If this one is a yearly increment too, enter the sum; if it is a stock, leave it.",
    };
  return undefined;
}

/**
 * Is this row lower-is-better (the pane, its polarity cell, the notes, the wording)? Its final
 * condition is then the level it is brought down to, never the sum of its targets, unless its own
 * text or the notes say otherwise.
 */
export function turun(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  nama: string,
  settings: Settings,
): boolean {
  return polaritasRow(table, g, row, nama, settings)?.polaritas === "negatif";
}

const TEKS_BARIS: ReadonlySet<string> = new Set(["rumus", "definisi", "keterangan"]);

/** How the row's own text, else the table's notes, say its final condition is counted. */
export function caraDinyatakan(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  nama: string,
  satuan: string,
): CaraAkhir | undefined {
  return caraAkhirBaris(table, g, row) ?? caraCatatanBaris(table, g, row, nama, satuan);
}

/** What the row's own formula or definition text says of its final condition, if anything. */
function caraAkhirBaris(table: DetectedTable, g: Grid, row: DetectedRow): CaraAkhir | undefined {
  for (const c of table.columns)
    if (TEKS_BARIS.has(c.role)) {
      const v = g.value(row.row, c.col);
      const cara = typeof v === "string" && v.length > 20 ? caraAkhirTeks(v) : undefined;
      if (cara) return cara;
    }
  return undefined;
}

/**
 * How this table states the final condition of its counts (rows whose unit and name allow the
 * last target or the sum): how many rows use the sum, how many the last target, where the two
 * differ.
 */
function caraHitungan(
  table: DetectedTable,
  g: Grid,
  ak: DetectedColumn,
  cols: DetectedColumn[],
  toleransi: number | undefined,
): { jumlah: number; akhir: number } {
  let jumlah = 0;
  let akhir = 0;
  for (const row of barisData(table)) {
    const a = numAt(g, row.row, ak.col);
    const satuan = satuanBaris(table, g, row);
    if (!a || TINGKAT.test(satuan)) continue;
    const values = nilai(g, row, cols);
    const last = kondisiAkhir(values, "akhir");
    const sum = kondisiAkhir(values, "jumlah");
    if (!last.ok || !sum.ok) continue;
    const tol = tolerance(a, toleransi);
    if (Math.abs(last.value - sum.value) <= tol) continue;
    const nama = namaIndikator(table, g, row);
    // a stock ("luas daerah irigasi yang terlayani") says nothing of how the table adds flows
    if (jenisKondisiAkhir(satuan, nama) !== "akhir-atau-jumlah" || stok(nama)) continue;
    if (Math.abs(sum.value - a.value) <= tol) jumlah++;
    else if (Math.abs(last.value - a.value) <= tol) akhir++;
  }
  return { jumlah, akhir };
}

export const kondisiAkhirMismatch: Rule = {
  id: "kondisi-akhir-mismatch",
  severity: "warning",
  description: {
    id: "Kondisi akhir periode yang bukan target tahun terakhir (persentase, indeks, stok) atau jumlah (kenaikan tahunan), atau Rp kondisi akhir yang bukan jumlah Rp tahunan.",
    en: "A final condition that is neither the last target (rates, indices, stocks) nor the sum (yearly increments), or an Rp final condition that is not the sum of the years' Rp.",
  },
  example: {
    id: 'Kondisi akhir 5,89 untuk persentase yang target tahun terakhirnya 1,54; "Level 3" padahal target terakhir "Level 4".',
    en: 'Final condition 5.89 for a percentage whose last target is 1.54; "Level 3" while the last target is "Level 4".',
  },
  howToFix: {
    id: "Untuk persentase, indeks, rasio, stok dan target kualitatif isi target tahun terakhir; untuk kenaikan tahunan jumlahnya; Rp kondisi akhir selalu jumlah Rp tahunan.",
    en: "For percentages, indices, ratios, stocks and qualitative targets use the last year's target; for yearly increments their sum; the final Rp is always the sum of the years' Rp.",
  },
  otherSeverities: [
    {
      severity: "error",
      when: {
        id: "Rp kondisi akhir yang bukan jumlah Rp tahunan",
        en: "a final Rp that is not the sum of the years' Rp",
      },
    },
  ],
  messages: {
    notLast: {
      id: "{{name}}kondisi akhir tertulis {{written}}, tetapi target tahun terakhir ({{year}}) adalah {{last}}{{orSum}}. {{why}}; samakan dengan target {{year}} atau periksa targetnya.",
      en: "{{name}}the final condition is {{written}}, but the last target ({{year}}) is {{last}}{{orSum}}. {{why}}; make it match the {{year}} target or check the targets.",
    },
    lastNotSum: {
      id: "{{name}}kondisi akhir tertulis {{written}}, target tahun terakhir saja, padahal {{why}} (di sini {{sum}}). {{advice}}",
      en: "{{name}}the final condition is {{written}}, the last target alone, while {{why}} (here {{sum}}). {{advice}}",
    },
    qualitativeNotLast: {
      id: '{{name}}kondisi akhir tertulis "{{written}}", tetapi target tahun terakhir ({{year}}) adalah "{{last}}". Untuk target kualitatif (level, predikat, opini, zona) kondisi akhir adalah target tahun terakhir; samakan atau periksa targetnya.',
      en: '{{name}}the final condition is "{{written}}", but the last target ({{year}}) is "{{last}}". For qualitative targets (levels, grades, opinions, zones) the final condition is the last year\'s target; make them match or check the targets.',
    },
    rupiahNotSum: {
      id: "{{name}}Rp kondisi akhir tertulis {{written}}, tetapi jumlah Rp tahun {{years}} adalah {{sum}}. Rp kondisi akhir selalu jumlah pagu tahun-tahunnya; isi {{sum}} (sebaiknya dengan rumus SUM) atau periksa Rp tahunannya.",
      en: "{{name}}the final Rp is {{written}}, but the Rp of {{years}} add up to {{sum}}. The final Rp is always the sum of the years' budgets; enter {{sum}} (preferably with SUM) or check the yearly Rp.",
    },
    rupiahBelowYears: {
      id: "{{name}}Rp kondisi akhir {{written}} lebih kecil dari jumlah Rp tahun {{years}} saja ({{sum}}). Rp kondisi akhir adalah jumlah pagu seluruh tahun periode; periksa angkanya.",
      en: "{{name}}the final Rp {{written}} is less than the sum of the {{years}} Rp alone ({{sum}}). The final Rp is the sum of every year's budget in the period; check the figures.",
    },
    // the realised final condition of a period's evaluation (./realisasiAkhir)
    realisedNotSum: {
      id: "{{name}}realisasi s.d. {{last}} tertulis {{written}}, realisasi {{last}} saja, padahal indikator ini menghitung yang dicapai tiap tahun dan indikator jumlah lain di tabel ini menjumlahkan realisasi {{first}}-{{last}} (di sini {{expected}}). Isi jumlahnya (sebaiknya dengan rumus SUM).",
      en: "{{name}}the realisation to {{last}} is {{written}}, the {{last}} realisation alone, while this indicator counts what each year achieved and the table's other counts add up {{first}}-{{last}} (here {{expected}}). Enter the sum (preferably with SUM).",
    },
    realisedLevelSummed: {
      id: "{{name}}realisasi s.d. {{last}} tertulis {{written}}, jumlah realisasi {{first}}-{{last}}, padahal indikator ini berupa tingkat (persentase, indeks, rasio) dan indikator tingkat lain di tabel ini memakai realisasi {{last}} (di sini {{expected}}). Isi realisasi tahun terakhir.",
      en: "{{name}}the realisation to {{last}} is {{written}}, the sum of {{first}}-{{last}}, while this indicator is a level (a percentage, index or ratio) and the table's other levels take the {{last}} realisation (here {{expected}}). Enter the last year's realisation.",
    },
  },
  fixable: "value",
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    // "Target Akhir Periode Renstra (2026) > K | Rp" (E.80) says the same as "Kondisi Akhir"
    let akhirCols = table.columns.filter((c) => c.role === "kondisi-akhir");
    // (T-C.27's "Kondisi Akhir > Rp" is one of them: kondisiAkhirRupiah); a "Jumlah 2025-2029" of
    // the period's pagu beside the final condition is this rule's identity too, the sum of the years' Rp
    if (akhirCols.length > 0)
      akhirCols = akhirCols.concat(
        table.columns.filter((c) => c.role === "anggaran" && c.endOfPeriod && c.ukuran === "Rp"),
      );
    // when the table also lays out the period's yearly targets up to that year (an evaluation
    // form that quotes the end target beside one year's Renja is no such table)
    if (akhirCols.length === 0) {
      const years = new Set(kolomTahunan(table, ["target"], "K").map((c) => c.year));
      akhirCols = table.columns.filter(
        (c) =>
          c.endOfPeriod &&
          (c.role === "target" || (c.role === "anggaran" && c.ukuran === "Rp")) &&
          years.size >= 3 &&
          years.has(c.year),
      );
    }
    for (const ak of akhirCols) {
      if (ak.ukuran === "Rp") {
        const cols = kolomRp(table);
        if (cols.length === 0) continue;
        const baris = rupiahBaris(table, g, ak, cols);
        const partial = sebagianPeriode(baris);
        const span = `${cols[0].year}-${cols[cols.length - 1].year}`;
        for (const { row, a, s } of baris) {
          if (a === undefined || !s.ok || jumlahSama(a, s.value)) continue;
          if (partial && a > s.value) continue;
          out.push(rupiahTidakCocok(table, g, row, a, s.value, ak, cols, partial, span));
        }
        continue;
      }
      const cols = targetRenstra(kolomTahunan(table, ["target"], ak.ukuran));
      if (cols.length === 0) continue;
      // the table's convention, read only when a row asks (most tables have no such count)
      let cara: { jumlah: number; akhir: number } | undefined;
      const caraTabel = () => (cara ??= caraHitungan(table, g, ak, cols, ctx.settings.toleransi));
      const catatan = konvensiKondisiAkhir(table, g);
      const teksBaris = table.columns.some((c) => TEKS_BARIS.has(c.role));
      for (const row of barisData(table)) {
        const a = numAt(g, row.row, ak.col);
        if (!a) {
          const f = kualitatif(table, g, row, ak, cols);
          if (f) out.push(f);
          continue;
        }
        // a final condition computed with another sheet's years (a T-C.27 continued over two
        // sheets, forms-blind30) is not judged on the years this table shows
        if (g.formula(row.row, ak.col)?.includes("!")) continue;
        const values = nilai(g, row, cols);
        const last = kondisiAkhir(values, "akhir");
        if (!last.ok) continue;
        const tol = toleranceSalinan(a, ctx.settings.toleransi);
        const nama = namaIndikator(table, g, row);
        if (Math.abs(last.value - a.value) <= tol) {
          // the last target where this count's targets should add up (a flow by the notes, the
          // wording or the table's own convention)
          const satuan = satuanBaris(table, g, row);
          const baris = teksBaris ? caraAkhirBaris(table, g, row) : undefined;
          if (baris === "akhir") continue;
          // a rate, an index, a score: its last target is its final condition (read cheaply:
          // most rows of a plan are such, and the name is not normalised for them)
          if (!baris && !catatan.jumlah.length && TINGKAT.test(satuan)) continue;
          const why =
            baris === "jumlah"
              ? {
                  id: "teks rumus baris ini menyatakan kondisi akhirnya adalah akumulasi targetnya",
                  en: "this row's formula text says its final condition is the accumulated targets",
                  fixId: "Isi jumlahnya atau sesuaikan teks rumusnya.",
                  fixEn: "Enter the sum or correct the formula text.",
                }
              : alasanJumlah(nama, satuan, sifatBaris(table, g, row, catatan), catatan, caraTabel, () =>
                  turun(table, g, row, nama, ctx.settings),
                );
          if (!why) continue;
          const sum = kondisiAkhir(values, "jumlah");
          if (!sum.ok || Math.abs(sum.value - a.value) <= tol) continue;
          out.push({
            row: row.row,
            col: ak.col,
            expected: round(sum.value, 6),
            actual: a.value,
            messageId: "lastNotSum",
            data: {
              name: awalan(nama),
              written: a.value,
              why: { id: why.id, en: why.en },
              sum: sum.value,
              advice: { id: why.fixId, en: why.fixEn },
            },
          });
          continue;
        }
        const satuan = satuanBaris(table, g, row);
        const jenis = jenisKondisiAkhir(satuan, nama);
        const sum = kondisiAkhir(values, "jumlah");
        // (a count named cumulative, "Jumlah bidang tanah bersertifikat (kumulatif)", states each
        // year's running total: its last target is the final condition, forms-blind62)
        const berjalan =
          jenis === "akhir-atau-jumlah" && /\b(kumulatif|akumulasi|akumulatif)\b/.test(norm(nama));
        if (sum.ok && Math.abs(sum.value - a.value) <= tol) {
          // the sum: right for a count, and for anything its own text or the notes say adds up;
          // not for a row the notes name as a last-target one
          const cara = caraDinyatakan(table, g, row, nama, satuan);
          if (cara === "jumlah" || (jenis === "akhir-atau-jumlah" && cara !== "akhir" && !berjalan)) continue;
        }
        const lastYear = tahunTerakhir(g, row, cols);
        // the sum beside the last target, where either might be meant
        const orSum =
          jenis === "akhir-atau-jumlah" && sum.ok && !berjalan
            ? {
                id: `, dan jumlah targetnya ${angkaId(sum.value)}`,
                en: ` and the targets add up to ${angkaEn(sum.value)}`,
              }
            : "";
        const why = berjalan
          ? {
              id: "Untuk indikator kumulatif (tiap target sudah memuat tahun-tahun sebelumnya), kondisi akhir adalah target tahun terakhir",
              en: "For a cumulative indicator (each target already includes the years before) the final condition is the last year's target",
            }
          : jenis === "akhir"
            ? {
                id: "Untuk persentase, indeks, rasio dan stok, kondisi akhir adalah target tahun terakhir",
                en: "For percentages, indices, ratios and stocks the final condition is the last year's target",
              }
            : {
                id: "Kondisi akhir adalah target tahun terakhir (stok, tingkat) atau jumlah target (kenaikan tahunan)",
                en: "The final condition is the last year's target (stocks, rates) or the sum of the targets (yearly increments)",
              };
        const dinyatakan = caraDinyatakan(table, g, row, nama, satuan);
        const sumBoleh =
          dinyatakan === "jumlah" || (jenis === "akhir-atau-jumlah" && dinyatakan !== "akhir" && !berjalan);
        // the last or the sum of the true targets around one mistyped year: target-outlier's one
        // mistake (forms-blind101's 400 among 35 .. 45 under a kondisi akhir of 205)
        if (ikutPencilan(values, a.value, sumBoleh)) continue;
        // the last target turned against the indicator's polarity while the kondisi akhir carries
        // the path on: target-trend's one mistake, at the last year (forms-blind115's PMKS 6,8;
        // 6,5; 6,9 under a kondisi akhir of 6,2)
        if (
          !sumBoleh &&
          ikutTren(values, a.value, polaritasRow(table, g, row, nama, ctx.settings), satuan, nama)
        )
          continue;
        out.push({
          row: row.row,
          col: ak.col,
          expected: round(last.value, 6),
          actual: a.value,
          // its targets: a mistyped year makes this a consequence (./precision; forms-blind98's
          // 4 800 among 420 .. 540, whose kondisi akhir 2 400 is the sum of the true targets)
          inputs: cols.map((c) => [row.row, c.col] as [number, number]),
          recheck: akhirLagi(row.row, ak.col, cols, tol, sumBoleh),
          messageId: "notLast",
          data: {
            name: awalan(nama),
            written: a.value,
            year: String(lastYear),
            last: last.value,
            orSum,
            why,
          },
        });
      }
    }
    // the realised final condition of a whole period's evaluation (E.80's "Realisasi s.d. 2024")
    for (const f of realisasiAkhir(table, g, ctx.settings.toleransi)) out.push(f);
    return out;
  },
};

/**
 * Is this typed final condition the last target, as the row's own text, the table's notes or the
 * indicator's kind (a rate, a stock) call for? Then it is no stale copy of the column's sum
 * formula (hardcoded-value, forms-blind19: "luas kawasan yang dikelola = target tahun 2029").
 */
export function akhirYangDimaksud(table: DetectedTable, g: Grid, row: DetectedRow, col: number): boolean {
  const ak = table.columns.find((c) => c.col === col);
  if (ak?.role !== "kondisi-akhir" || ak.ukuran === "Rp") return false;
  const a = numAt(g, row.row, col);
  const cols = kolomTahunan(table, ["target"], ak.ukuran);
  const last = kondisiAkhir(nilai(g, row, cols), "akhir");
  if (!a || !last.ok || Math.abs(last.value - a.value) > tolerance(a)) return false;
  const nama = namaIndikator(table, g, row);
  const satuan = satuanBaris(table, g, row);
  const cara = caraDinyatakan(table, g, row, nama, satuan);
  return cara ? cara === "akhir" : jenisKondisiAkhir(satuan, nama) === "akhir" || stok(nama);
}
