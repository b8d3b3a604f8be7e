// capaian-mismatch: a recorded capaian / rasio capaian (role capaian, year Y) that does not follow
// from the same row's target Y and realisasi Y (same K / Rp), within the rounding of the printed
// value plus settings.toleransi. Next to anggaran Y and realisasi anggaran Y (form T-C.24, seed
// Tabel 2.3.2) the ratio is the serapan anggaran, realisasi / pagu x 100 (Belanja Langsung 2020:
// 90,16 printed, the amounts give 98,04).
//
// Why: the achievement is what evaluators read first, and a hand-typed or miscopied ratio puts an
// indicator in the wrong band. The convention of a lower-is-better indicator is not guessed
// silently (docs/domain.md): an explicit polaritas column wins; otherwise the indicator's name is read
// with the lexicon of ./polaritas; and the row's own ratios decide between the two negative
// conventions (a row whose ratios all follow (2T - R) / T is refleksi, all T / R is rasio). A row
// of unknown polarity whose ratios all follow one convention is taken to use it. The message names
// the convention assumed (positif, negatif-refleksi, negatif-rasio) and how it was chosen.
// Blank, "-", "NA" and text cells give no finding; target 0 is left to another rule.
import { capaian, serapan } from "../indicators";
import type { MetodeNegatif } from "../indicators";
import { asalPolaritas } from "./tebakanPolaritas";
import { polaritasRow } from "./catatanPolaritas";
import { batasCapaian } from "./catatan";
import { barisPendapatan } from "./serapanOver100";
import type { TebakanPolaritas } from "./tebakanPolaritas";
import {
  aditifBaris,
  awalan,
  barisData,
  kolomTahunan,
  kolomTahunIni,
  kolomTerdekat,
  kolomUntuk,
  namaIndikator,
  kolomDiubah,
  persenAt,
  realisasiTahun,
  satuanBaris,
} from "./tahunan";
import { skalaPersen } from "./kolomAngka";
import { rasioTersimpan } from "./rasioTersimpan";
import { rasioTerbanyak } from "../detect/tebakanRekap";
import type { DetectedColumn, DetectedRow, DetectedTable, Role } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, ratioReferences, refleksiReferences } from "../grid";
import type { Rule, RuleFinding, Settings } from "./types";
import { angkaEn, angkaId, numAt, round, tolerance } from "./values";
import type { Num } from "./values";

type Konvensi = "positif" | "negatif-refleksi" | "negatif-rasio";

const RUMUS: Record<Konvensi, string> = {
  positif: "R / T x 100",
  "negatif-refleksi": "(2T - R) / T x 100",
  "negatif-rasio": "T / R x 100",
};

type SelKinerja = {
  col: number;
  tcol: number;
  rcol: number;
  /** Rows of the target and realisation: the capaian's own row, or the rows above it in a row-wise table. */
  trow: number;
  rrow: number;
  /** Printed value over stored value: 100 for a cell formatted as a percentage. */
  skala: number;
  year?: number;
  c: Num;
  t: number;
  r: number;
  /** The value each convention gives, when it can be computed. */
  nilai: Partial<Record<Konvensi, number>>;
};

function konvensiNegatif(m: MetodeNegatif): Konvensi {
  return m === "refleksi" ? "negatif-refleksi" : "negatif-rasio";
}

function hitung(t: unknown, r: unknown, k: Konvensi): number | undefined {
  const h =
    k === "positif"
      ? capaian(r, t, { polaritas: "positif" })
      : capaian(r, t, { polaritas: "negatif", metode: k === "negatif-refleksi" ? "refleksi" : "rasio" });
  return h.ok ? h.value : undefined;
}

/**
 * A target or realisation written with its unit ("12 sekolah", "62 poin", forms-blind26's IKU
 * table; "12 dokumen", forms-blind33's LKjIP): the number, when the word is the row's unit or a
 * word of its name ("Jumlah sekolah terakreditasi A").
 */
function angkaBersatuan(v: unknown, nama: string, satuan: string): Num | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s+(\p{L}+)\s*$/u.exec(v);
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  const words = `${nama} ${satuan}`.toLowerCase().split(/[^\p{L}]+/u);
  if (!words.includes(unit) && unit !== "poin") return undefined;
  const value = Number(m[1].replace(",", "."));
  return Number.isFinite(value)
    ? { value, decimals: (m[1].split(/[.,]/)[1] ?? "").length, text: true }
    : undefined;
}

/** The money columns of a budget ratio of `year`: pagu and its realisation. */
function kolomAnggaran(
  table: DetectedTable,
  cc: DetectedColumn,
  g: Grid,
): { pagu: DetectedColumn; real: DetectedColumn } | undefined {
  const dibaca = kolomAnggaranBaca(table, cc);
  if (dibaca || cc.ukuran === "K") return dibaca;
  // several pagu or realisation columns ("Nilai Kontrak | Addendum | Nilai Setelah Addendum" and
  // the termins with their Jumlah, forms-blind66): the pair the column's own formulas divide
  const p = pasanganRumus(table, g, cc, "realisasi-anggaran", "anggaran");
  return p && { pagu: p.tc, real: p.rc };
}

/** The pagu and realisation columns a budget ratio of `year` is read against by their roles. */
function kolomAnggaranBaca(
  table: DetectedTable,
  cc: DetectedColumn,
): { pagu: DetectedColumn; real: DetectedColumn } | undefined {
  const { year } = cc;
  // "Capaian Kinerja Sasaran (%)" beside the money is the performance's, not the budget's ratio
  if (/kinerja/i.test(cc.header) && !/anggaran|keuangan|serapan|\brp\b/i.test(cc.header)) return undefined;
  // the roles say money already: only a column marked K is not
  const money = (c: DetectedColumn): boolean => c.ukuran !== "K";
  const one = (role: string, ok: (c: DetectedColumn) => boolean): DetectedColumn | undefined => {
    const f = table.columns.filter((c) => c.role === role && money(c) && ok(c));
    if (f.length === 1) return f[0];
    // "Pagu Murni" beside "Pagu Perubahan": the amended pagu is the one in force
    const amended = f.filter(kolomDiubah);
    return amended.length === 1 ? amended[0] : undefined;
  };
  // "Tingkat capaian ... s.d. tahun n-1": realised to date over the end-period budget (E.81 col 14)
  if (cc.toDate) {
    const pagu = one("anggaran", (c) => !!c.endOfPeriod);
    const real = one("realisasi-anggaran", (c) => !!c.toDate && c.year === year);
    return pagu && real ? { pagu, real } : undefined;
  }
  // a semester's or quarter's ratio is of that part's pagu and realisation
  const part = (c: DetectedColumn): boolean =>
    cc.semester !== undefined || cc.quarter !== undefined
      ? c.semester === cc.semester && c.quarter === cc.quarter && !c.toDate && !c.endOfPeriod
      : kolomTahunIni(c);
  const pagu = one("anggaran", (c) => c.year === year && part(c));
  const whole = cc.semester === undefined && cc.quarter === undefined;
  const real =
    one("realisasi-anggaran", (c) => c.year === year && part(c)) ??
    // a monthly report's ratio divides the realisation to date ("s.d. Bulan Ini")
    (whole
      ? realisasiTahun(
          table.columns.filter((c) => c.role === "realisasi-anggaran" && money(c) && c.year === year),
        )
      : undefined) ??
    one("realisasi", (c) => c.year === year && part(c));
  return pagu && real ? { pagu, real } : undefined;
}

/**
 * The target and realisation a capaian column's own formulas divide, in most of its rows
 * ("Sasaran > Bumil | Bulin" beside "K1 > Abs | %": K1's % divides by Bumil, not by the nearer
 * Bulin, forms-blind64); a budget ratio's realisation and pagu the same way (`kolomAnggaran`).
 */
function pasanganRumus(
  table: DetectedTable,
  g: Grid,
  cc: DetectedColumn,
  peranR: Role = "realisasi",
  peranT: Role = "target",
): { tc: DetectedColumn; rc: DetectedColumn } | undefined {
  const best = rasioTerbanyak(
    g,
    cc.col,
    barisData(table).map((r) => r.row),
  );
  if (!best || best.n * 2 <= best.rumus || best.n < 2) return undefined;
  const rc = table.columns.find((c) => c.col === best.num && c.role === peranR);
  const tc = table.columns.find((c) => c.col === best.den && c.role === peranT);
  return rc && tc ? { tc, rc } : undefined;
}

/** The target and realisation columns a capaian column is computed from. */
function kolomKinerja(
  table: DetectedTable,
  cc: DetectedColumn,
  g?: Grid,
): { tc: DetectedColumn; rc: DetectedColumn; terakhir?: true } | undefined {
  if (cc.ukuran === "Rp") return undefined;
  if (cc.toDate || cc.endOfPeriod) {
    const one = (ok: (c: DetectedColumn) => boolean): DetectedColumn | undefined => {
      const f = table.columns.filter((c) => c.ukuran !== "Rp" && ok(c));
      return f.length === 1 ? f[0] : undefined;
    };
    // "Capaian s.d. TW III" beside "Realisasi s.d. TW III" and the year's target (an LKjIP reported
    // mid-year, forms-blind43): the realisation to date over the year's target
    if (cc.quarter !== undefined && !table.columns.some((c) => c.role === "target" && c.endOfPeriod)) {
      const rq = one(
        (c) => c.role === "realisasi" && !!c.toDate && c.quarter === cc.quarter && c.year === cc.year,
      );
      const tq = kolomUntuk(table, "target", cc.year, cc.ukuran);
      if (rq && tq) return { tc: tq, rc: rq };
    }
    const tc = one((c) => c.role === "target" && !!c.endOfPeriod);
    // against the end-period target: the realisation to date, or the year's own when that is all
    const rc =
      one((c) => c.role === "realisasi" && !!c.toDate && c.year === cc.year) ??
      (cc.toDate ? undefined : kolomUntuk(table, "realisasi", cc.year, cc.ukuran));
    if (tc && rc) return { tc, rc };
    // "Tingkat Capaian thd Target Akhir (%)" after the realisations of 2021 .. 2024 and no "s.d."
    // column (an E.79, forms-blind31): the latest year's realisation, for what is a level
    // ("Capaian s.d. 2024 terhadap Target Akhir Renstra" after "Realisasi Kinerja > 2022 | 2023 |
    // 2024" and no realisation "s.d." of its own, forms-blind39: 2024's, for a level, likewise)
    const sdTahun =
      cc.toDate && cc.year !== undefined && !table.columns.some((c) => c.toDate && c.role === "realisasi");
    // ("Capaian Kumulatif s.d. 2024 (%)" beside the end target alone, no target of 2024: against
    // the end target too, forms-blind60)
    const akhirSaja = sdTahun && !kolomUntuk(table, "target", cc.year, cc.ukuran);
    if (
      tc &&
      !rc &&
      (cc.endOfPeriod || akhirSaja) &&
      (sdTahun || (cc.year === undefined && !table.columns.some((c) => c.toDate)))
    ) {
      const years = kolomTahunan(table, ["realisasi"], cc.ukuran);
      const latest = years[years.length - 1];
      if (years.length >= 2 && latest.col < cc.col && (!sdTahun || latest.year === cc.year))
        return { tc, rc: latest, terakhir: true };
    }
    // "Capaian s.d. 2024 thd Renstra (%)" beside the year's target and the end target: the pair
    // its own formulas divide (forms-blind65: the realisation of 2024 over the Renstra's 2026)
    return g ? pasanganRumus(table, g, cc) : undefined;
  }
  const tc = kolomUntuk(table, "target", cc.year, cc.ukuran);
  const rc = kolomUntuk(table, "realisasi", cc.year, cc.ukuran);
  if (tc && rc) return { tc, rc };
  // several of the year's targets or realisations: the ones its formulas divide, else the nearest
  const dirumus = g ? pasanganRumus(table, g, cc) : undefined;
  if (dirumus) return dirumus;
  const t = tc ?? kolomTerdekat(table, cc, "target");
  const r = rc ?? kolomTerdekat(table, cc, "realisasi");
  return t && r ? { tc: t, rc: r } : undefined;
}

/** Which convention a row uses, and why, from its polarity and its own ratios. */
function pilihKonvensi(
  sel: SelKinerja[],
  pol: TebakanPolaritas | undefined,
  settings: Settings,
  toleransi: (s: SelKinerja) => number,
  rumusPositif: (s: SelKinerja) => boolean,
): { k: Konvensi; alasan: { id: string; en: string } } {
  const neg = konvensiNegatif(settings.metodeNegatif);
  const negLain: Konvensi = neg === "negatif-refleksi" ? "negatif-rasio" : "negatif-refleksi";
  // a row of no known polarity in columns whose formulas all divide R by T: the table's own
  // practice is positive ("% Poktan Penerima" typed 113,89, the reflection of 31 over 36, among
  // =ROUND(H8/G8*100,2), forms-blind303)
  const praktik = !pol && sel.length > 0 && sel.every(rumusPositif);
  if (praktik)
    return {
      k: "positif",
      alasan: {
        id: "polaritas tidak diketahui; rumus baris lain di kolom ini R / T x 100",
        en: "polarity unknown; the column's other rows use R / T x 100",
      },
    };
  const allowed: Konvensi[] =
    pol?.polaritas === "positif"
      ? ["positif"]
      : pol?.polaritas === "negatif"
        ? [neg, negLain]
        : ["positif", neg, negLain];
  const cocok = (k: Konvensi, s: SelKinerja): boolean =>
    s.nilai[k] !== undefined && Math.abs((s.nilai[k] as number) - s.c.value) <= toleransi(s);
  const score = (k: Konvensi): number => sel.filter((s) => cocok(k, s)).length;
  const semua = (k: Konvensi): boolean =>
    score(k) > 0 && sel.every((s) => s.nilai[k] === undefined || cocok(k, s));
  let k = allowed.find(semua);
  const dariData = k !== undefined;
  if (!k) k = allowed.reduce((best, x) => (score(x) > score(best) ? x : best), allowed[0]);
  const asal = asalPolaritas(pol);
  if (pol) {
    if (k === "positif" || k === neg || !dariData) return { k, alasan: asal };
    return {
      k,
      alasan: {
        id: `${asal.id}; metode ${k.slice(8)} disimpulkan dari rasio lain pada baris ini`,
        en: `${asal.en}; method ${k.slice(8)} inferred from the row's other ratios`,
      },
    };
  }
  if (k !== "positif" && dariData)
    return {
      k,
      alasan: {
        id: "polaritas negatif disimpulkan dari rasio lain pada baris ini",
        en: "negative polarity inferred from the row's other ratios",
      },
    };
  return {
    k,
    alasan: {
      id: "polaritas tidak diketahui, dianggap positif; isi kolom polaritas bila keliru",
      en: "polarity unknown, assumed positive; add a polarity column if wrong",
    },
  };
}

/**
 * The convention a capaian formula writes, read from its shape once the target and realisation
 * references are named T and R: "=E7/D7*100" is R / T x 100, "=ROUND((2*D6-E6)/D6*100,2)" refleksi
 * (ROUND and IFERROR around it keep its shape).
 */
export function bentukRumus(
  formula: string | undefined,
  t: [number, number],
  r: [number, number],
): Konvensi | undefined {
  const sama = (a: [number, number], b: [number, number]): boolean => a[0] === b[0] && a[1] === b[1];
  const q = ratioReferences(formula);
  if (q && sama(q.num, r) && sama(q.den, t)) return "positif";
  if (q && sama(q.num, t) && sama(q.den, r)) return "negatif-rasio";
  const rf = q ? undefined : refleksiReferences(formula);
  return rf && sama(rf.num, r) && sama(rf.den, t) ? "negatif-refleksi" : undefined;
}

const RUMUS_KOLOM = new WeakMap<DetectedTable, Map<string, boolean>>();

/**
 * Do the capaian column's formulas, on two or more of the table's rows, all divide the row's
 * realisation by its target (none reflects or inverts)? Asked of the cell's own column and pair.
 */
function kolomRumusPositif(
  table: DetectedTable,
  g: Grid,
  s: SelKinerja,
  data: ReadonlySet<DetectedRow>,
): boolean {
  if (s.trow !== s.rrow || g.formulaCount === 0) return false;
  let memo = RUMUS_KOLOM.get(table);
  if (!memo) RUMUS_KOLOM.set(table, (memo = new Map()));
  const key = `${s.col}:${s.tcol}:${s.rcol}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let positif = 0;
  let lain = 0;
  for (const row of data) {
    const f = g.formula(row.row, s.col);
    if (!f) continue;
    const b = bentukRumus(f, [row.row, s.tcol], [row.row, s.rcol]);
    if (b === "positif") positif++;
    else if (b) lain++;
  }
  const out = positif >= 2 && lain === 0;
  memo.set(key, out);
  return out;
}

/**
 * A row-wise table: a Capaian row is computed from the Target and Realisasi rows above it (the
 * nearest ones since the indicator's Target row), year by year.
 */
function selBarisan(table: DetectedTable, g: Grid, row: DetectedRow): SelKinerja[] {
  if (row.role !== "capaian") return [];
  const i = table.rows.indexOf(row);
  let trow: number | undefined;
  let rrow: number | undefined;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const x = table.rows[j];
    if (x.role === "realisasi" && rrow === undefined && trow === undefined) rrow = x.row;
    else if (x.role === "target" && trow === undefined) trow = x.row;
    if (x.role === "target" || x.role === "capaian") break;
  }
  if (trow === undefined || rrow === undefined) return [];
  const out: SelKinerja[] = [];
  for (const col of table.columns) {
    if (col.year === undefined) continue;
    const c = persenAt(g, row.row, col.col);
    const t = numAt(g, trow, col.col);
    const r = numAt(g, rrow, col.col);
    if (!c || !t || !r || t.value === 0) continue;
    const nilai: SelKinerja["nilai"] = {};
    for (const k of ["positif", "negatif-refleksi", "negatif-rasio"] as Konvensi[]) {
      const v = hitung(g.value(trow, col.col), g.value(rrow, col.col), k);
      if (v !== undefined) nilai[k] = v;
    }
    out.push({
      col: col.col,
      year: col.year,
      tcol: col.col,
      rcol: col.col,
      trow,
      rrow,
      skala: skalaPersen(g, row.row, col.col),
      c,
      t: t.value,
      r: r.value,
      nilai,
    });
  }
  return out;
}

/**
 * A capaian column whose negative rows are computed with refleksi in some rows and rasio in
 * others: each row is consistent with itself, so no row is wrong; the column is reported once
 * (info), since one document should use one convention.
 */
function campuranKonvensi(table: DetectedTable, g: Grid, capCols: DetectedColumn[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const cc of capCols) {
    const pair = kolomKinerja(table, cc, g);
    if (!pair) continue;
    const rows: Record<"negatif-refleksi" | "negatif-rasio", number[]> = {
      "negatif-refleksi": [],
      "negatif-rasio": [],
    };
    for (const row of barisData(table)) {
      const b = bentukRumus(g.formula(row.row, cc.col), [row.row, pair.tc.col], [row.row, pair.rc.col]);
      if (b === "negatif-refleksi" || b === "negatif-rasio") rows[b].push(row.row);
    }
    const [a, b] = [rows["negatif-refleksi"], rows["negatif-rasio"]];
    if (a.length === 0 || b.length === 0) continue;
    const minority = a.length < b.length ? a : b;
    const col = colToLetters(cc.col);
    out.push({
      row: minority[0],
      col: cc.col,
      severity: "info",
      messageId: "mixedConventions",
      // rows as strings: a row 1000 reads "1000", not "1.000"
      data: { column: col, refleksiRows: a.join(", "), rasioRows: b.join(", ") },
    });
  }
  return out;
}

/**
 * The footer's "Rata-rata capaian": a typed average that is neither the mean of all the capaian
 * above it nor that of the top-level rows (programs) alone. A formula is left to itself. Warning:
 * offices average over different rows.
 */
function rataRata(table: DetectedTable, g: Grid, capCols: DetectedColumn[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const footer = table.rows.find((r) => r.kind === "rata-rata");
  if (!footer) return out;
  const rows = barisData(table).filter((r) => r.row < footer.row && r.kind !== "total");
  for (const cc of capCols) {
    if (g.formula(footer.row, cc.col)) continue;
    const c = persenAt(g, footer.row, cc.col);
    if (!c) continue;
    const mean = (rs: DetectedRow[]): number | undefined => {
      const vs = rs.map((r) => persenAt(g, r.row, cc.col)?.value).filter((v): v is number => v !== undefined);
      return vs.length ? vs.reduce((a, b) => a + b, 0) / vs.length : undefined;
    };
    const all = mean(rows);
    const top = mean(rows.filter((r) => r.parent === undefined || r.kind === "program"));
    const tol = tolerance(c);
    if (all === undefined || [all, top].some((m) => m !== undefined && Math.abs(m - c.value) <= tol))
      continue;
    out.push({
      row: footer.row,
      col: cc.col,
      severity: "warning",
      expected: round(all, 2),
      actual: c.value,
      inputs: rows.map((r) => [r.row, cc.col] as [number, number]),
      recheck: (cells) => {
        const vs = rows.map((r) => cells(r.row, cc.col)).filter((v): v is number => v !== undefined);
        const cv = cells(footer.row, cc.col);
        if (!vs.length || cv === undefined) return true;
        return (
          Math.abs(vs.reduce((a, b) => a + b, 0) / vs.length - cv * skalaPersen(g, footer.row, cc.col)) <= tol
        );
      },
      messageId: "averageDiffers",
      // a count as a string, as it was written: 1000 rows read "1000"
      data: { column: colToLetters(cc.col), written: c.value, count: String(rows.length), average: all },
    });
  }
  return out;
}

export const capaianMismatch: Rule = {
  id: "capaian-mismatch",
  severity: "error",
  description: {
    id: "Capaian / rasio capaian yang tidak sesuai dengan target dan realisasi (atau anggaran dan realisasi anggaran) pada baris yang sama.",
    en: "An achievement ratio that does not follow from the row's target and realisation (or budget and its realisation).",
  },
  example: {
    id: "Target 90, realisasi 84,62, capaian tertulis 106,36 (R / T x 100 memberi 94,02).",
    en: "Target 90, realisation 84.62, achievement written 106.36 (R / T x 100 gives 94.02).",
  },
  howToFix: {
    id: "Hitung capaian dengan rumus sesuai polaritas: R / T x 100 (positif), (2T - R) / T x 100 atau T / R x 100 (negatif); isi kolom polaritas bila indikatornya negatif.",
    en: "Compute the achievement with the formula its polarity needs: R / T x 100 (positive), (2T - R) / T x 100 or T / R x 100 (negative); add a polarity column for lower-is-better indicators.",
  },
  otherSeverities: [
    {
      severity: "warning",
      when: {
        id: "rata-rata capaian di baris footer, atau polaritas hanya tersirat dari catatan di bawah tabel",
        en: "a footer's average achievement, or a polarity only implied by the note under the table",
      },
    },
    {
      severity: "info",
      when: {
        id: "satu kolom yang mencampur konvensi refleksi dan rasio",
        en: "one column mixing the refleksi and rasio conventions",
      },
    },
  ],
  messages: {
    achievement: {
      id: "{{name}}capaian{{year}} tertulis {{written}}, tetapi target {{target}} dan realisasi {{realisation}} memberi {{computed}} (konvensi {{convention}}: {{formula}}; {{reason}}{{capped}}). Hitung ulang capaiannya, atau periksa target dan realisasinya.{{formulaNote}}{{hint}}",
      en: "{{name}}the{{year}} achievement is {{written}}, but target {{target}} and realisation {{realisation}} give {{computed}} (convention {{convention}}: {{formula}}; {{reason}}{{capped}}). Recompute the achievement, or check the target and realisation.{{formulaNote}}{{hint}}",
    },
    absorptionRatio: {
      id: "{{name}}rasio serapan anggaran{{year}} tertulis {{written}}, tetapi realisasi {{realisation}} / anggaran {{ceiling}} x 100 = {{computed}}. Hitung ulang rasionya (sebaiknya dengan rumus), atau periksa kedua jumlah uang itu.",
      en: "{{name}}the{{year}} budget absorption ratio is {{written}}, but realisation {{realisation}} / budget {{ceiling}} x 100 = {{computed}}. Recompute the ratio (preferably with a formula), or check both amounts.",
    },
    revenueRatio: {
      id: "{{name}}persentase realisasi pendapatan{{year}} tertulis {{written}}, tetapi realisasi {{realisation}} / target {{ceiling}} x 100 = {{computed}}. Hitung ulang persentasenya (sebaiknya dengan rumus), atau periksa kedua jumlah uang itu.",
      en: "{{name}}the{{year}} revenue realisation ratio is {{written}}, but realisation {{realisation}} / target {{ceiling}} x 100 = {{computed}}. Recompute the ratio (preferably with a formula), or check both amounts.",
    },
    mixedConventions: {
      id: "Kolom {{column}}: indikator negatif dihitung dengan dua konvensi, refleksi (2T - R) / T x 100 di baris {{refleksiRows}} dan rasio T / R x 100 di baris {{rasioRows}}. Keduanya dipakai, tetapi satu dokumen sebaiknya memakai satu konvensi; pilih satu dan samakan rumusnya.",
      en: "Column {{column}}: negative indicators use two conventions, refleksi (2T - R) / T x 100 in rows {{refleksiRows}} and rasio T / R x 100 in rows {{rasioRows}}. Both are in use, but one document should use one; choose one and align the formulas.",
    },
    staleFormula: {
      id: "{{label}}capaian tertulis {{stated}}, tetapi rumusnya sendiri ({{formula}}) memberi {{want}}: buku kerja disimpan tanpa dihitung ulang. Tekan F9 (hitung ulang), periksa hasilnya, lalu simpan sebelum mengirim.",
      en: "{{label}}the achievement is {{stated}}, but its own formula ({{formula}}) gives {{want}}: the workbook was saved without recalculating. Press F9 (recalculate), check the result, then save before sending.",
    },
    averageDiffers: {
      id: "Rata-rata capaian di kolom {{column}} tertulis {{written}}, tetapi rata-rata {{count}} capaian di atasnya {{average}}. Hitung dengan rumus (=AVERAGE(...)) atau periksa baris yang dirata-ratakan.",
      en: "The average achievement in column {{column}} is {{written}}, but the {{count}} achievements above average {{average}}. Use a formula (=AVERAGE(...)) or check which rows are averaged.",
    },
  },
  fixable: "value",
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    // a stale ratio in a capaian column without a certain target and realisation beside it: the
    // cell's own formula says so (after the main reading, which may name the cell already)
    const basi = rasioTersimpan(table, g, ctx.settings.toleransi, "capaian-tebakan").map(
      (f): RuleFinding => ({ ...f, messageId: "staleFormula", tanpaPeran: true }),
    );
    const capCols = table.columns.filter((c) => c.role === "capaian");
    if (capCols.length === 0 && table.orientation !== "rows") return basi;
    const batas = batasCapaian(table, g);
    // an LRA's "5 BELANJA DAERAH" heading carries the grand total: its absorption is a ratio of its
    // own amounts too (an AVERAGE of the groups' percentages is not, forms-blind53)
    // each capaian column's target and realisation, read once (its formulas may say them)
    const pasangan = new Map(capCols.map((c) => [c, kolomKinerja(table, c, g)]));
    const uang = new Set(capCols.filter((c) => !pasangan.get(c) && kolomAnggaran(table, c, g)));
    const data = new Set(barisData(table));
    const baris = table.rows.filter(
      (r) => data.has(r) || (r.kind === "section" && [...uang].some((c) => persenAt(g, r.row, c.col))),
    );
    for (const row of baris) {
      const nama = namaIndikator(table, g, row);
      const sel: SelKinerja[] = [];
      for (const cc of capCols) {
        if (row.kind === "section" && !uang.has(cc)) continue;
        const c = persenAt(g, row.row, cc.col);
        if (!c) continue;
        const pair = pasangan.get(cc);
        // (against the latest year's realisation only what does not add up over the years)
        if (pair?.terakhir && aditifBaris(table, g, row) !== "tidak") continue;
        if (pair) {
          const { tc, rc } = pair;
          const t =
            numAt(g, row.row, tc.col) ??
            angkaBersatuan(g.value(row.row, tc.col), nama, satuanBaris(table, g, row));
          const r =
            numAt(g, row.row, rc.col) ??
            angkaBersatuan(g.value(row.row, rc.col), nama, satuanBaris(table, g, row));
          if (!t || !r || t.value === 0) continue;
          const tv =
            t.text && typeof g.value(row.row, tc.col) === "string" ? t.value : g.value(row.row, tc.col);
          const rv =
            r.text && typeof g.value(row.row, rc.col) === "string" ? r.value : g.value(row.row, rc.col);
          const nilai: SelKinerja["nilai"] = {};
          for (const k of ["positif", "negatif-refleksi", "negatif-rasio"] as Konvensi[]) {
            const v = hitung(tv, rv, k);
            if (v !== undefined) nilai[k] = v;
          }
          const s: SelKinerja = {
            col: cc.col,
            tcol: tc.col,
            rcol: rc.col,
            trow: row.row,
            rrow: row.row,
            skala: skalaPersen(g, row.row, cc.col),
            c,
            t: t.value,
            r: r.value,
            nilai,
          };
          if (cc.year !== undefined) s.year = cc.year;
          sel.push(s);
          continue;
        }
        const money = kolomAnggaran(table, cc, g);
        if (!money) continue;
        const p = numAt(g, row.row, money.pagu.col);
        const r = numAt(g, row.row, money.real.col);
        if (!p || !r || p.value <= 0 || r.value < 0) continue;
        const h = serapan(r.value, p.value);
        if (!h.ok) continue;
        if (Math.abs(h.value - c.value) <= tolerance(c, ctx.settings.toleransi)) continue;
        const tahun = cc.year !== undefined ? ` ${cc.year}` : "";
        const tolC = tolerance(c, ctx.settings.toleransi);
        const scale = skalaPersen(g, row.row, cc.col);
        out.push({
          inputs: [
            [row.row, money.pagu.col],
            [row.row, money.real.col],
          ],
          recheck: (cells) => {
            const pv = cells(row.row, money.pagu.col);
            const rv = cells(row.row, money.real.col);
            const cv = cells(row.row, cc.col);
            if (pv === undefined || rv === undefined || cv === undefined || pv <= 0) return true;
            return Math.abs((rv / pv) * 100 - cv * scale) <= tolC;
          },
          row: row.row,
          col: cc.col,
          expected: round(h.value, 2),
          actual: c.value,
          fix: { value: round(h.value, Math.max(2, c.decimals)) },
          messageId: barisPendapatan(table, nama, row.label) ? "revenueRatio" : "absorptionRatio",
          data: {
            name: awalan(nama),
            year: tahun,
            written: c.value,
            realisation: r.value,
            ceiling: p.value,
            computed: h.value,
          },
        });
      }
      if (table.orientation === "rows") sel.push(...selBarisan(table, g, row));
      if (sel.length === 0) continue;
      // the notes' ceiling ("capaian yang melebihi 120% ditetapkan 120%") applies to every convention
      if (batas !== undefined)
        for (const s of sel)
          for (const x of Object.keys(s.nilai) as Konvensi[])
            if ((s.nilai[x] as number) > batas) s.nilai[x] = batas;

      // a row-wise block ("Target | Realisasi | Capaian (%)" under one indicator): its name and
      // polarity are on the block's first row (forms-blind26)
      const kepala =
        table.orientation === "rows" && !nama ? table.rows.find((r) => r.row === sel[0].trow) : undefined;
      const namaBlok = kepala ? namaIndikator(table, g, kepala) : nama;
      const pol = polaritasRow(table, g, kepala ?? row, namaBlok, ctx.settings);
      const tol = (s: SelKinerja): number => tolerance(s.c, ctx.settings.toleransi);
      const { k, alasan } = pilihKonvensi(sel, pol, ctx.settings, tol, (x) =>
        kolomRumusPositif(table, g, x, data),
      );
      for (const s of sel) {
        const want = s.nilai[k];
        if (want === undefined || Math.abs(want - s.c.value) <= tol(s)) continue;
        const lain = (Object.keys(s.nilai) as Konvensi[]).find(
          (x) => x !== k && Math.abs((s.nilai[x] as number) - s.c.value) <= tol(s),
        );
        const tahun = s.year !== undefined ? ` ${s.year}` : "";
        const dibatasi =
          batas !== undefined && want === batas
            ? {
                id: `, dibatasi ${angkaId(batas)} % menurut catatan tabel`,
                en: `, capped at ${angkaEn(batas)} % by the table's note`,
              }
            : "";
        const rumus = g.formula(row.row, s.col);
        const bentuk = bentukRumus(rumus, [s.trow, s.tcol], [s.rrow, s.rcol]);
        const dirumus = !rumus
          ? ""
          : bentuk === k
            ? {
                id: ` Rumus di sel ini (=${rumus}) benar, tetapi nilai yang tersimpan belum dihitung ulang: tekan F9 / hitung ulang buku kerja sebelum mengirim.`,
                en: ` The cell's formula (=${rumus}) is right but its saved value is stale: recalculate the workbook (F9) before sending it.`,
              }
            : bentuk
              ? {
                  id: ` Rumus di sel ini (=${rumus}) memakai ${RUMUS[bentuk]}, padahal baris ini memakai konvensi ${k}; ganti rumusnya menjadi ${RUMUS[k]}.`,
                  en: ` The cell's formula (=${rumus}) uses ${RUMUS[bentuk]}, while this row needs the ${k} convention; change it to ${RUMUS[k]}.`,
                }
              : { id: ` Rumus di sel ini: =${rumus}.`, en: ` The cell's formula: =${rumus}.` };
        const hint = lain
          ? {
              id: ` Angka tertulis cocok dengan konvensi ${lain} (${RUMUS[lain]}); bila itu yang dimaksud, nyatakan polaritasnya di kolom polaritas dan pakai satu konvensi untuk seluruh baris.`,
              en: ` The printed value fits the ${lain} convention (${RUMUS[lain]}); if that is intended, state the polarity in a polarity column and use one convention for the whole row.`,
            }
          : "";
        const finding: RuleFinding = {
          inputs: [
            [s.trow, s.tcol],
            [s.rrow, s.rcol],
          ],
          recheck: (cells) => {
            const t = cells(s.trow, s.tcol);
            const r = cells(s.rrow, s.rcol);
            const cv = cells(row.row, s.col);
            if (t === undefined || r === undefined || cv === undefined) return true;
            const w0 = hitung(t, r, k);
            const w = w0 !== undefined && batas !== undefined ? Math.min(w0, batas) : w0;
            return w === undefined || Math.abs(w - cv * s.skala) <= tol(s);
          },
          row: row.row,
          col: s.col,
          expected: round(want, 2),
          actual: s.c.value,
          messageId: "achievement",
          data: {
            name: awalan(namaBlok),
            year: tahun,
            written: s.c.value,
            target: s.t,
            realisation: s.r,
            computed: want,
            convention: k,
            formula: RUMUS[k],
            reason: alasan,
            capped: dibatasi,
            formulaNote: dirumus,
            hint,
          },
        };
        // a note that names the negative indicators may not name them all: when the value fits
        // a negative convention, a warning
        // (and so when the polarity is a guess from a word: "Pengaduan / penjangkauan" read as
        // complaints where the sheet's R / T treats it as the service it is, forms-blind70)
        if ((pol?.sumber === "catatan-tersirat" || pol?.sumber === "leksikon") && lain)
          finding.severity = "warning";
        // The value is certain only when the polarity is stated and positive (one formula).
        if ((pol?.sumber === "kolom" || pol?.sumber === "pengguna") && k === "positif")
          finding.fix = { value: round(want, Math.max(2, s.c.decimals)) };
        out.push(finding);
      }
    }
    // (and a stale formula in a certain capaian column that the conventions above left unnamed,
    // forms-blind348)
    const basiKinerja = rasioTersimpan(table, g, ctx.settings.toleransi, "capaian-kinerja").map(
      (f): RuleFinding => ({ ...f, messageId: "staleFormula" }),
    );
    for (const f of [...basi, ...basiKinerja])
      if (!out.some((o) => o.row === f.row && o.col === f.col)) out.push(f);
    out.push(...campuranKonvensi(table, g, capCols));
    out.push(...rataRata(table, g, capCols));
    return out;
  },
};
