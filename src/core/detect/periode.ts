// When a column's values are: the year, the quarter, "s.d." (to date) and the Renstra end-period
// target, from headers as the standard forms write them (docs/desain.md, "Headers as they come"):
// - a year in the header ("2024", "Tahun 2024") wins;
// - ordinals "Tahun - 1", "Tahun ke-1" .. "ke-5" count from the first year of a period the title
//   gives ("Renstra 2025-2029"), or from the year after it when the period names one more year
//   than they count ("RPJMD 2021-2026" over five: its first year is the baseline's);
// - "n-1", "(n-2)", "tahun berjalan", "yang dievaluasi", "tahun lalu" count from the year the
//   title names ("s.d. Triwulan IV Tahun 2024"): when the headers name only n-k years, the title's
//   year is the newest of them (an evaluation form reports year n-1);
// - a quarter ("Triwulan > I", "TW II") or a semester ("Semester I") is of the year under evaluation;
// - a target, realisation, budget or capaian column without any year takes the year the title
//   (or the sheet name) gives when it gives exactly one; a capaian column takes the year of the
//   target / realisation pair beside it. A table that names only the title's year lends it to
//   its yearless columns too.
// Nothing here invents a year that the sheet does not give.
import { YEAR_ROLES } from "./peran";
import { tahunAkhirRentang } from "./roles";
import { NAMA_BULAN, norm } from "./text";
import type { DetectedColumn, Role } from "./types";

export type Konteks = {
  /** First year of a period the title names ("2025-2029"). */
  awalPeriode?: number;
  akhirPeriode?: number;
  /** The one year the title names, when it names exactly one. */
  tahun?: number;
};

const PERIODE = /((?:19|20)\d{2})\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai( dengan)?)\s*((?:19|20)\d{2})/;
const TAHUN = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
// "Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029": the period spelled by its first and last ordinals
// (forms-blind274's T-C.27 note under its title)
const PERIODE_ORDINAL =
  /(?:tahun|th\.?) ?ke ?-? ?1 ?[=:(] ?((?:19|20)\d{2})\)?.*?(?:tahun|th\.?) ?ke ?-? ?[2-9] ?[=:(] ?((?:19|20)\d{2})\)?/;

/** The period and the single year named by some title texts (the nearest of each). */
export function konteksDari(texts: readonly string[]): Konteks {
  const out: Konteks = {};
  for (const raw of texts) {
    // (a source line says when the data were drawn, not the period: "Sumber: SITB, data per 31
    // Januari 2025" under "... TAHUN 2024", forms-blind249)
    const t = norm(raw)
      .replace(/(^|\s)sumber\s*:.*$/, "")
      .trim();
    if (!t) continue;
    const r = PERIODE.exec(t);
    const o = r ? null : PERIODE_ORDINAL.exec(t);
    const p = r
      ? { a: r[1], b: r[3], at: r.index, len: r[0].length }
      : o && { a: o[1], b: o[2], at: o.index, len: o[0].length };
    let rest = t;
    if (p && out.awalPeriode === undefined) {
      const a = Number(p.a);
      const b = Number(p.b);
      if (b > a && b - a <= 10) {
        out.awalPeriode = a;
        out.akhirPeriode = b;
        // "s.d. Triwulan IV Tahun 2024 (Renstra PD 2021-2026)": the year beside the period
        rest = t.slice(0, p.at) + " " + t.slice(p.at + p.len);
      }
    }
    const years = new Set([...rest.matchAll(TAHUN)].map((m) => Number(m[1])));
    if (years.size === 1 && out.tahun === undefined) out.tahun = [...years][0];
    // "... TAHUN ANGGARAN 2025 (berdasarkan perolehan suara sah Pemilu DPRD 2024)": the one year
    // the text calls its year, the other a source's (forms-blind254)
    const disebut = [...rest.matchAll(/\btahun(?: anggaran)? (\d{4})\b/g)].map((m) => Number(m[1]));
    if (years.size > 1 && disebut.length === 1 && out.tahun === undefined) out.tahun = disebut[0];
    // "Rencana ... Tahun 2026 dan Prakiraan Maju Tahun 2027": the plan's year is the first
    const [a, b] = [...years].sort((x, y) => x - y);
    if (years.size === 2 && b === a + 1 && /prakiraan maju/.test(t) && out.tahun === undefined) out.tahun = a;
  }
  return out;
}

// ("TW-I", "Trw-II": with a hyphen, forms-blind53)
const TRIWULAN = /\b(triwulan|tw\.?|trw\.?)\s*-?\s*(i{1,3}|iv|[1-4])\b/;
const ROMAWI: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// (not "Target per Triwulan (bukan kumulatif)", forms-blind55)
// (an "SD" without a dot is "s.d." only before a time: "sd TW III", "sd 2024"; "Sekolah Dasar (SD)"
// over a BOSP recap's columns is the school level, forms-blind196)
const SAMPAI =
  /(^|\s|\()(s\.\s?d\.?|s\s?d\.|s ?d(?= (tw|trw|triwulan|bulan|semester|tahun|thn|th|akhir|saat|des|desember|\d))|s\/d|sampai dengan|(?<!(bukan|tidak|non) )kumulatif)(\s|$|\))/;
// (and "% Capaian thd Akhir RPJMD" of an LKjIP beside its "Target Akhir RPJMD", forms-blind25)
const CAPAIAN_RENSTRA =
  /capaian (kinerja )?renstra\b|capaian (terhadap|thd\.?) (target )?(akhir )?(renstra|rpjmd)\b/;
// "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)" with no "s.d." (forms-blind350): the
// E.81's column 14 without its period, measured against the Renstra's end like T-C.29's; with its
// "s.d. Tahun n-1" it is read to date, as the form's own column
const CAPAIAN_PASANGAN_RENSTRA = /capaian kinerja dan realisasi anggaran renstra\b/;
const AKHIR_PERIODE = /akhir (periode|tahun perencanaan|renstra|rpjmd)|akhir periode renstra|target akhir\b/;
// "Tahun ke-1", "Tahun - 2", and "Tahun ke- > 3" when the number sits in the row below
// ("Target Kinerja Tahun ke- > ke-1": the ordinal written again below, forms-blind164)
const ORDINAL =
  /\b(tahun|th\.?)\s*(ke)?\s*-?\s*(\(%\)\s*)?(>\s*(?:ke\s*-?\s*)?)?([1-9](?![\d.,])|(?:i{1,3}|iv|v)\b)/;
const N_MINUS = /(^|[\s(])n\s*-\s*([0-9])(?=$|[\s)])/g;
const N_PLUS = /(^|[\s(])n\s*\+\s*([0-9])(?=$|[\s)])/g;
const N_SAJA = /(^|[\s(])n(?=$|[\s)])/;

// "Realisasi Bulan > Jan | Feb | ... | Des" (forms-blind22's monthly report) names months too
const BULAN = new RegExp(
  `\\b(bulan|bln\\.?) (ini|lalu|berjalan|sebelumnya)\\b|(^|> )(${Object.keys(NAMA_BULAN).join("|")})\\.?$`,
);

// "Semester I (Januari - Juni)", "Smt. 2", "Semester Pertama"
const SEMESTER = /\b(semester|smt\.?)\s*(ii|i|2|1|pertama|kedua)\b/;

function semesterOf(labels: string[]): number | undefined {
  for (let i = labels.length - 1; i >= 0; i--) {
    const m = SEMESTER.exec(labels[i]);
    if (m) return m[2] === "ii" || m[2] === "2" || m[2] === "kedua" ? 2 : 1;
  }
  return undefined;
}

// "Realisasi (Rp) > Tahap I | Tahap II | Jumlah": a Dana Kelurahan / Dana Desa paid in stages
// (forms-blind30)
function tahapOf(labels: string[]): number | undefined {
  // ("Tahap I (40%)": the stage's share of the year in brackets, forms-blind125)
  // ("Subround II (Mei-Ags)": a crop year's four-month round with its months, forms-blind303)
  const m =
    /^(tahap|termin|sub ?round)\s*(iv|i{1,3}|[1-4])(\s*\(\s*(\d{1,3}(,\d+)?\s*%|[a-z]{3,9}\s*-\s*[a-z]{3,9})\s*\))?$/.exec(
      labels[labels.length - 1] ?? "",
    );
  return m ? (ROMAWI[m[2]] ?? Number(m[2])) : undefined;
}

/**
 * Which period a row label names, "Triwulan I" / "TW 2" (a quarter), "Semester II", "Masa Sidang
 * III" (a DPRD's sitting, forms-blind220) or "Tahap II": its ordinal, or undefined. The quarters and semesters
 * as the column headers read them.
 */
export function urutanPeriode(label: string): number | undefined {
  const s = norm(label);
  const sidang = /^masa sidang\s*(iv|i{1,3}|[1-4])\b/.exec(s);
  if (sidang) return ROMAWI[sidang[1]] ?? Number(sidang[1]);
  // ("Tahap I", "Tahap II": a payment's stages, forms-blind254)
  return quarterOf([s]) ?? (SEMESTER.test(s) ? semesterOf([s]) : undefined) ?? tahapOf([s]);
}

function quarterOf(labels: string[]): number | undefined {
  for (let i = labels.length - 1; i >= 0; i--) {
    const m = TRIWULAN.exec(labels[i]);
    if (m) return ROMAWI[m[2]] ?? Number(m[2]);
  }
  // "Realisasi Kinerja pada Triwulan" over "I" ... "IV" (over K and Rp)
  const at = labels.findIndex((l) => /triwulan|\btw\b/.test(l));
  if (at < 0) return undefined;
  for (const l of labels.slice(at + 1)) {
    // "I (Jan-Mar)", "II (Apr - Jun)": the months in brackets say the same
    const m = /^(i{1,3}|iv|[1-4])(\s*\([^)]*\))?$/.exec(l);
    if (m) return ROMAWI[m[1]] ?? Number(m[1]);
  }
  return undefined;
}

/** The ordinal a header counts its year by ("Tahun ke-3", "Th. - 2", "Tahun ke- > IV"), if any. */
function nomorOrdinal(text: string): number | undefined {
  const ord = ORDINAL.exec(text);
  return ord ? (ROMAWI[ord[5]] ?? (ord[5] === "v" ? 5 : Number(ord[5]))) : undefined;
}

/**
 * The n-k offsets a column's labels name ("(n-1)" -> [1]); "n" alone -> [0]; a plan's "Tahun
 * Rencana" is n and its "Prakiraan Maju" n+1 when they write no n at all.
 */
function nOffsets(text: string): number[] {
  const out = [...text.matchAll(N_MINUS)].map((m) => Number(m[2]));
  if (!/(^|[\s(])n(\s*[-+]\s*\d)?(?=$|[\s)])/.test(text)) {
    if (/prakiraan maju/.test(text)) out.push(-1);
    else if (/tahun rencana/.test(text)) out.push(0);
  }
  for (const m of text.matchAll(N_PLUS)) out.push(-Number(m[2]));
  if (N_SAJA.test(text)) out.push(0);
  return out;
}

/**
 * Adds year, quarter, toDate and endOfPeriod to the columns from their header paths and the
 * title's context. `paths` are the header labels of each column, in the same order as `cols`.
 */
/** Part of a year: a quarter, a semester, a month or a stage column. */
export function bagianTahun(c: DetectedColumn): boolean {
  return c.quarter !== undefined || c.semester !== undefined || !!c.month || c.tahap !== undefined;
}

export function resolveTime(cols: DetectedColumn[], paths: string[][], ctx: Konteks): DetectedColumn[] {
  const labelsOf = paths.map((p) => p.map((l) => norm(l)));
  const texts = labelsOf.map((l) => l.join(" > "));
  // The year n of "n-k": the title's year is the newest n-k the headers name.
  // A plan names "n" (and "n+1"): the title's year is n. An evaluation names only n-1, n-2: the
  // title's year is the newest of them.
  const offsets = texts.flatMap(nOffsets);
  const past = offsets.filter((o) => o > 0);
  const shift = offsets.some((o) => o <= 0) || past.length === 0 ? 0 : Math.min(...past);
  const n = ctx.tahun !== undefined && offsets.length ? ctx.tahun + shift : undefined;
  const evaluated = n !== undefined ? n - shift : ctx.tahun;
  // "RPJMD 2021-2026" over "Kondisi Awal | Target Tahun ke- > 1 .. 5": a period of six years
  // named, five targets counted; the last ends the period, so the first year is the baseline's
  // (forms-blind180, its note: "Tahun ke-1 s.d. ke-5 = 2022 s.d. 2026")
  const urutan = cols.map((c, i) =>
    YEAR_ROLES.has(c.role) && c.year === undefined ? nomorOrdinal(texts[i]) : undefined,
  );
  const terakhir = Math.max(0, ...urutan.map((u) => u ?? 0));
  const awalTarget =
    ctx.awalPeriode !== undefined &&
    ctx.akhirPeriode !== undefined &&
    terakhir >= 3 &&
    ctx.akhirPeriode - ctx.awalPeriode === terakhir
      ? ctx.awalPeriode + 1
      : ctx.awalPeriode;

  const out = cols.map((c, i) => {
    const labels = labelsOf[i];
    const text = texts[i];
    const col: DetectedColumn = { ...c };
    const q = quarterOf(labels);
    // "Realisasi s/d Triwulan IV" is the year's own realisation; "s.d. Triwulan II" the year so far
    const withinYear = /(s\.?\s?d\.?|s\/d|sampai dengan)\s*(triwulan|tw\.?)/.test(text);
    // "Realisasi s.d. 31 Desember 2024": the year's own, to its end
    const yearEnd = /(s\.?\s?d\.?|s\/d|sampai dengan)\s*(31 desember|desember|akhir tahun)/.test(text);
    // "Realisasi Keuangan s.d. Bulan (Rp) > Des": to the year's last month, the year's own
    // (forms-blind34's cumulative monthly report)
    const desember = SAMPAI.test(text) && /(^|> )(des|desember)\.?$/.test(text);
    const yearOwn = (withinYear && q === 4) || yearEnd || desember;
    if (yearOwn) {
      // the year's value: neither a quarter nor cumulative over the Renstra period
    } else {
      if (q !== undefined && YEAR_ROLES.has(c.role)) col.quarter = q;
      const h = q === undefined ? semesterOf(labels) : undefined;
      if (h !== undefined && YEAR_ROLES.has(c.role)) col.semester = h;
      const tp = q === undefined && h === undefined ? tahapOf(labels) : undefined;
      if (tp !== undefined && YEAR_ROLES.has(c.role)) col.tahap = tp;
      // "Bulan Ini", "Bulan Lalu" of a monthly report (not "s.d. Bulan Ini"): one month's value
      if (BULAN.test(text) && !SAMPAI.test(text) && YEAR_ROLES.has(c.role)) col.month = true;
      if ((SAMPAI.test(text) || withinYear) && YEAR_ROLES.has(c.role)) col.toDate = true;
    }
    // on a capaian, endOfPeriod says it is measured against the end-period target
    if (AKHIR_PERIODE.test(text) && (c.role === "target" || c.role === "anggaran" || c.role === "capaian"))
      col.endOfPeriod = true;
    // T-C.29's "Tingkat Capaian Renstra (%)": the realisation to date against the Renstra's end
    if (c.role === "capaian" && CAPAIAN_RENSTRA.test(text)) col.endOfPeriod = true;
    if (c.role === "capaian" && CAPAIAN_PASANGAN_RENSTRA.test(text) && !col.toDate) col.endOfPeriod = true;
    // "Renstra 2021-2026 > Capaian thd Target Akhir": the span names the plan, not the year the
    // capaian measures (forms-blind124); that is the realisation's, found below
    if (
      col.endOfPeriod &&
      c.role === "capaian" &&
      col.year !== undefined &&
      tahunAkhirRentang(text) !== undefined
    )
      delete col.year;
    // "Kondisi Kinerja pada Akhir Periode Renstra" under a title of "Periode Renstra 2025-2029":
    // the period's last year (forms-blind25)
    if (c.role === "kondisi-akhir" && col.year === undefined && ctx.akhirPeriode !== undefined) {
      col.year = ctx.akhirPeriode;
      return col;
    }
    if (
      col.year !== undefined ||
      (col.endOfPeriod && c.role !== "capaian") ||
      (!YEAR_ROLES.has(c.role) && c.role !== "kondisi-awal")
    )
      return col;
    const off = nOffsets(text);
    const ord = urutan[i];
    if (off.length && n !== undefined)
      col.year = n - (off.some((o) => o > 0) ? Math.max(...off) : Math.min(...off));
    else if (ord !== undefined && awalTarget !== undefined && c.role !== "kondisi-awal") {
      const y = awalTarget + ord - 1;
      if (ctx.akhirPeriode === undefined || y <= ctx.akhirPeriode) col.year = y;
    } else if (/tahun berjalan|yang dievaluasi|dievaluasi/.test(text) && evaluated !== undefined)
      col.year = evaluated;
    else if (
      (col.quarter !== undefined || col.semester !== undefined || col.month || yearOwn) &&
      evaluated !== undefined
    )
      col.year = evaluated;
    else if (/tahun lalu/.test(text) && evaluated !== undefined) col.year = evaluated - 1;
    return col;
  });

  // "Realisasi Renstra 2021-2023" of an evaluation of 2024: what was realised over the span, to its
  // last year (forms-blind303; not "Renstra 2021-2026", a plan named by its period)
  if (evaluated !== undefined)
    out.forEach((c, i) => {
      if (c.role !== "realisasi" && c.role !== "realisasi-anggaran") return;
      const akhir = tahunAkhirRentang(texts[i]);
      if (akhir === undefined || akhir >= evaluated || c.year === undefined || c.year >= akhir) return;
      c.year = akhir;
      c.toDate = true;
    });

  // "Target Renstra PD Tahun 2026" of an evaluation under "Renstra ... 2021-2026", before the
  // realisation to date: the E.81's column 5, the target at the period's end, though its header
  // names the year, not the end (forms-blind262; a plan's yearly "Target Renstra 2026" has no
  // realisation to date beside it, and names other Renstra years)
  const renstraTarget = out.flatMap((c, i) =>
    (c.role === "target" || c.role === "anggaran") &&
    /\brenstra\b/.test(texts[i]) &&
    !/\brenja\b/.test(texts[i])
      ? [c]
      : [],
  );
  const sampai = out.filter((c) => c.toDate && (c.role === "realisasi" || c.role === "realisasi-anggaran"));
  // (no period named above the form: a Renstra year later than every realisation to date is its
  // end, "Target Renstra DLH Tahun 2026" before "s.d. 2023 | ... | s.d. 2024", forms-blind299)
  const sampaiTahun = Math.max(...sampai.map((c) => c.year ?? Infinity));
  const akhir = (y: number | undefined): boolean =>
    ctx.akhirPeriode !== undefined ? y === ctx.akhirPeriode : y !== undefined && y > sampaiTahun;
  if (
    sampai.length > 0 &&
    renstraTarget.length > 0 &&
    renstraTarget.length <= 2 &&
    renstraTarget.every((c) => akhir(c.year) && c.year === renstraTarget[0].year && !bagianTahun(c)) &&
    sampai.every((s) => s.col > Math.max(...renstraTarget.map((c) => c.col)))
  )
    for (const c of renstraTarget) {
      // ("Target Renstra s.d. Tahun 2026": up to the period's end is the end, forms-blind303)
      c.endOfPeriod = true;
      delete c.toDate;
    }

  // A Renstra's baseline ("Kondisi Awal", "Data Capaian pada Tahun Awal Perencanaan") beside
  // targets from the period's first year on: the year before it (forms-blind102, 112, 114)
  // (or, targets from the year after it on, the period's first year itself: forms-blind180)
  if (awalTarget !== undefined && out.some((c) => c.role === "target" && c.year === awalTarget))
    for (const c of out) if (c.role === "kondisi-awal" && c.year === undefined) c.year = awalTarget - 1;

  // Still without a year: the one year of the title, when the table names no other year
  // ("Pagu Anggaran (Rp)" beside "Realisasi Anggaran Tahun 2024" under a title of 2024).
  // (a Renja's "Prakiraan Maju 2026" beside "Target" and "Pagu" of the title's 2025 is no other year:
  // it is the plan's n+1)
  // (and when a column names the title's year itself, an earlier year beside it is history for
  // comparison: "Realisasi Tahun 2023" for the growth of 2024's revenue, forms-blind20)
  const namesTitleYear = ctx.tahun !== undefined && out.some((c) => c.year === ctx.tahun);
  // (a year that only a column of no role names, "Penerimaan Pembiayaan (SiLPA 2023)" beside an
  // APBDes of 2024, is no other year of the table's figures, forms-blind76)
  const otherYear = out.some(
    (c, i) =>
      c.year !== undefined &&
      c.role !== "lainnya" &&
      c.year !== ctx.tahun &&
      !(namesTitleYear && c.year < (ctx.tahun as number)) &&
      !(ctx.tahun !== undefined && c.year === ctx.tahun + 1 && /prakiraan maju/.test(texts[i])),
  );
  if (!otherYear && ctx.tahun !== undefined)
    for (const c of out)
      if (YEAR_ROLES.has(c.role) && !c.endOfPeriod && c.year === undefined) c.year = ctx.tahun;
  // No title year: "Target | Satuan | Pagu 2025 | Pagu 2026 (Prakiraan Maju)" (an SIPD export
  // without a title, forms-blind34): the plan's one year, beside its forward estimate
  if (ctx.tahun === undefined) {
    const maju = (i: number): boolean => /prakiraan maju/.test(texts[i]);
    const years = new Set(
      out.filter((c, i) => c.year !== undefined && !maju(i)).map((c) => c.year as number),
    );
    const forward = out.filter((c, i) => c.year !== undefined && maju(i)).map((c) => c.year as number);
    const [y] = [...years];
    if (years.size === 1 && forward.every((f) => f === y + 1))
      for (const c of out)
        if (YEAR_ROLES.has(c.role) && !c.endOfPeriod && c.year === undefined && !bagianTahun(c) && !c.toDate)
          c.year = y;
  }

  // "Jumlah 2025-2029" beside the yearly amounts of that period: the period's total funding, as
  // T-C.27's end-period Rp (sum-mismatch checks it against the years)
  // (and "Jumlah Pagu Perubahan 2022-2024 (Rp)", read as a pagu of its first year, forms-blind43)
  for (const [i, c] of out.entries()) {
    if (c.role !== "lainnya" && c.role !== "anggaran") continue;
    const p =
      /^(jumlah|total)\b[^>]*?((?:19|20)\d{2})\s*(?:-|–|s\.?\s?d\.?|s\/d)\s*((?:19|20)\d{2})(\s*\(rp\.?\))?$/.exec(
        texts[i],
      );
    if (!p) continue;
    const [a, b] = [Number(p[2]), Number(p[3])];
    const amounts = out.filter(
      (x) => x.role === "anggaran" && x.year !== undefined && x.year >= a && x.year <= b,
    );
    if (new Set(amounts.map((x) => x.year)).size !== b - a + 1) continue;
    const total: DetectedColumn = { ...c, role: "anggaran", ukuran: "Rp", endOfPeriod: true, certain: true };
    delete total.year;
    out[i] = total;
  }

  // "Kondisi Kinerja pada Akhir Periode Renstra" after the yearly targets of a title without its
  // period: the last target year (forms-blind48)
  const targetYears = out
    .filter(
      (c) => c.role === "target" && c.year !== undefined && !c.endOfPeriod && !bagianTahun(c) && !c.toDate,
    )
    .map((c) => c.year as number);
  if (new Set(targetYears).size >= 3) {
    const last = Math.max(...targetYears);
    const lastCol = Math.max(...out.filter((c) => c.role === "target" && c.year === last).map((c) => c.col));
    for (const c of out)
      if (c.role === "kondisi-akhir" && c.year === undefined && c.ukuran !== "Rp" && c.col > lastCol)
        c.year = last;
  }

  // A capaian without a year: the year of the target / realisation columns, when they share one.
  const yearsOf = (roles: Role[]): Set<number | undefined> =>
    new Set(
      out
        .filter((c) => roles.includes(c.role) && !c.endOfPeriod && !c.quarter && !c.semester && !c.toDate)
        .map((c) => c.year),
    );
  // a budget table's capaian is the serapan of its pagu and realisation
  // the years that have both a target and a realisation ("Realisasi 2023" beside a 2024 pair is history)
  const both = (a: Role, b: Role): Set<number | undefined> => {
    const ya = yearsOf([a]);
    return new Set([...yearsOf([b])].filter((y) => ya.has(y)));
  };
  // A growth without a year beside the realisations of two consecutive years: the newer year's
  // growth over the older ("Realisasi 2024 | Realisasi Tahun 2023 | Pertumbuhan (%)", forms-blind20)
  const newer = tahunPertumbuhan([...yearsOf(["realisasi", "realisasi-anggaran"])]);
  if (newer !== undefined)
    for (const [i, c] of out.entries())
      if (c.role === "pertumbuhan" && c.year === undefined && !pertumbuhanRataRata(texts[i])) c.year = newer;
  let pairYears = both("target", "realisasi");
  if (pairYears.size === 0) pairYears = both("anggaran", "realisasi-anggaran");
  if (pairYears.size === 1) {
    const y = [...pairYears][0];
    if (y !== undefined) for (const c of out) if (c.role === "capaian" && c.year === undefined) c.year = y;
  }
  return out;
}

/**
 * The year a growth without one measures, beside the values of two consecutive years: the newer's
 * growth over the older ("Realisasi 2024 | Realisasi Tahun 2023 | Pertumbuhan (%)", forms-blind20).
 * ("Rata-rata Pertumbuhan" is the period's average: its callers leave it without a year, by
 * `pertumbuhanRataRata`.)
 */
export function tahunPertumbuhan(years: ReadonlyArray<number | undefined>): number | undefined {
  const ys = years.filter((y): y is number => y !== undefined);
  return ys.length === 2 && Math.abs(ys[0] - ys[1]) === 1 ? Math.max(...ys) : undefined;
}

/** "Rata-rata Pertumbuhan": the period's average growth, no one year's (header text, normalised). */
export function pertumbuhanRataRata(teks: string): boolean {
  return /\brata/.test(teks);
}
