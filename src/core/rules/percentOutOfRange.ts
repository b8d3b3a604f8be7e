// percent-out-of-range: a share that cannot be a share. In a row measured in percent (satuan "%",
// "persen", or an indicator named "Persentase / Presentase / Prosentase / Proporsi ..."), a value
// in a target, realisasi, kondisi awal or kondisi akhir column (K, not Rp) above 100 or below 0,
// when the indicator is a share ("Persentase X yang ...": part of a whole cannot pass 100 %).
// Not checked:
// - rates of change, "Persentase penurunan / kenaikan / pertumbuhan / peningkatan / perubahan",
//   "laju ...": a change can be negative or above 100 (seed Tabel 2.3.1, penurunan PMKS -7,31);
// - capaian columns (an achievement can exceed 100) and indicators that are ratios, indices,
//   achievements or absorptions by name ("Rasio ...", "Indeks ...", "Capaian ...", "Serapan ...").
// Why: a share above 100 is usually a count typed into a percentage row, a value scaled twice
// (0,85 formatted as % and typed as 85 %), or a realisation copied from another row.
// Cells formatted as percentages are read as printed (0,85 with "0%" is 85).
import { INDICATOR_VALUE_ROLES } from "../detect/peran";
import { money } from "../detect/roles";
import { isUang } from "./kolomAngka";
import { bagianKepala, daunKepala, kelompokKepala, labelTanpaKurung, norm } from "../detect/text";
import { awalan, barisData, namaIndikator, persenAt, satuanBaris } from "./tahunan";
import type { Rule, RuleFinding } from "./types";
import { numAt, tolerance } from "./values";
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { ratioReferences, shareOfSumReferences, textOf } from "../grid";
import { hanyaTambah, jumlahNomor, kolomPerNomor, rasioNomorDari } from "../detect/nomorKolom";
import { teksCatatan } from "./catatan";

const PERSEN_NAMA = /^(persentase|prosentase|proporsi|cakupan)\b/;
const PERSEN_SATUAN = /^(%|persen|persentase|\(%\))$/;
const PERUBAHAN =
  /\b(penurunan|kenaikan|pertumbuhan|peningkatan|perubahan|laju|selisih|pengurangan|penambahan|deviasi|inflasi)\b/;
// "Angka Partisipasi Kasar" counts pupils of any age over the age group: it passes 100 legitimately;
// so do the English-named ratios of hospitals and BLUD ("Cost Recovery Rate" 104 %).
// ("Persentase capaian target BPHTB" 101,3: an achievement in percent, forms-blind203)
const BUKAN_BAGIAN =
  /^((persentase|prosentase) (pen)?capaian\b|rasio|indeks|capaian|tingkat capaian|serapan|realisasi|efisiensi|nilai|skor|rata)|partisipasi kasar|\bapk\b|\b(rate|ratio|index|recovery)\b/;

/** A column that by its form copies another of its row: the kondisi akhir, a to-date figure. */
const salinan = (c: DetectedColumn): boolean => c.role === "kondisi-akhir" || !!c.toDate;

/** Is this row a share in percent (a value that must lie in 0..100)? */
export function bagianPersen(satuan: string, indikator: string): boolean {
  const s = norm(satuan);
  const n = norm(indikator)
    .replace(/^\d+[.)]?\s*/, "")
    .replace(/\(%\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!n) return false;
  if (!(PERSEN_SATUAN.test(s) || PERSEN_NAMA.test(n))) return false;
  if (PERUBAHAN.test(n)) return false;
  // "Persentase realisasi PAD terhadap target": an achievement against a plan, not a part of a
  // whole; it passes 100 when the plan is exceeded (forms-blind42)
  if (/\bterhadap (target|rencana|pagu|anggaran|dpa|sasaran)\b/.test(n)) return false;
  if (BUKAN_BAGIAN.test(n)) return false;
  return true;
}

export const percentOutOfRange: Rule = {
  id: "percent-out-of-range",
  severity: "warning",
  description: {
    id: "Nilai persentase (bagian dari keseluruhan) di atas 100 atau di bawah 0 pada kolom target, realisasi atau kondisi.",
    en: "A percentage share above 100 or below 0 in a target, realisation or condition column.",
  },
  example: {
    id: "Persentase penduduk miskin 112 %.",
    en: "A share of poor population of 112 %.",
  },
  howToFix: {
    id: "Periksa angkanya: bagian dari keseluruhan tidak bisa di atas 100 % atau di bawah 0 %.",
    en: "Check the figure: a share of a whole cannot exceed 100 % or fall below 0 %.",
  },
  messages: {
    above100: {
      id: "{{name}}{{column}}{{year}} bernilai {{value}} %, padahal persentase bagian dari keseluruhan tidak dapat melebihi 100 %. Periksa apakah yang tertulis jumlah (bukan persentase), angka yang dikali 100 dua kali, atau angka dari baris lain.",
      en: "{{name}}the{{year}} {{column}} is {{value}} %, but a share of a whole cannot exceed 100 %. Check whether a count was entered instead of a percentage, a value was multiplied by 100 twice, or a figure came from another row.",
    },
    partOfWhole: {
      id: '{{name}}kolom "{{column}}" bernilai {{value}} %, padahal menurut nomor kolom formulir ({{identity}}) kolom ({{part}}) adalah bagian dari kolom ({{whole}}), jadi ({{ratio}}) tidak dapat melebihi 100 %. Periksa angka kolom ({{part}}) dan ({{whole}}) baris ini.',
      en: '{{name}}the column "{{column}}" is {{value}} %, but by the form\'s column numbers ({{identity}}) column ({{part}}) is a part of column ({{whole}}), so ({{ratio}}) cannot exceed 100 %. Check columns ({{part}}) and ({{whole}}) of this row.',
    },
    shareByFormula: {
      id: '{{name}}kolom "{{column}}" bernilai {{value}} %, padahal kolom ini adalah "{{part}}" / "{{whole}}" x 100 dan di setiap baris "{{part}}" tidak melebihi "{{whole}}", jadi tidak dapat melebihi 100 %; angka baris ini memberi {{want}} %. Periksa angkanya, lalu pakai rumus kolomnya.',
      en: '{{name}}the column "{{column}}" is {{value}} %, but the column is "{{part}}" / "{{whole}}" x 100 and on every row "{{part}}" does not exceed "{{whole}}", so it cannot exceed 100 %; this row\'s figures give {{want}} %. Check the figure, then use the column\'s formula.',
    },
    shareColumnAbove100: {
      id: '{{name}}kolom "{{column}}" bernilai {{value}} %, padahal bagian yang sudah {{word}} dari keseluruhan tidak dapat melebihi 100 %. Periksa angka bagiannya (terhitung dua kali? angka baris lain?) dan angka keseluruhannya.',
      en: '{{name}}the column "{{column}}" is {{value}} %, but the share already {{word}} of a whole cannot exceed 100 %. Check the part (counted twice? a figure from another row?) and the whole.',
    },
    servedAboveTarget: {
      id: "{{name}}yang terlayani {{served}} melebihi jumlah sasarannya {{target}} ({{share}} %): yang terlayani adalah bagian dari sasaran, capaiannya tidak dapat melebihi 100 %. Periksa kedua angka (sasaran dari data lama? terlayani dihitung dua kali?).",
      en: "{{name}}{{served}} served exceeds its target population of {{target}} ({{share}} %): those served are part of the target population, so the coverage cannot exceed 100 %. Check both figures (an old target population? someone counted twice?).",
    },
    negative: {
      id: "{{name}}{{column}}{{year}} bernilai {{value}} %, padahal persentase bagian dari keseluruhan tidak dapat negatif. Periksa tandanya; bila indikator ini sebenarnya perubahan (penurunan/kenaikan), sebutkan itu pada nama indikatornya.",
      en: "{{name}}the{{year}} {{column}} is {{value}} %, but a share of a whole cannot be negative. Check the sign; if the indicator is really a change (decrease/increase), say so in its name.",
    },
  },
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    out.push(...terlayaniLebih(table, g));
    out.push(...kolomBagianLebih(table, g, ctx.settings.toleransi, out));
    out.push(...bagianMenurutNomor(table, g, ctx.settings.toleransi, out));
    out.push(...bagianMenurutRumus(table, g, ctx.settings.toleransi, out));
    const cols = table.columns.filter((c) => INDICATOR_VALUE_ROLES.has(c.role) && c.ukuran !== "Rp");
    if (cols.length === 0) return out;
    for (const row of barisData(table)) {
      // numbers first (cheap), the row's wording only when a value is out of 0..100
      // (a list only for a row that has one: most rows have none)
      let candidates: Array<{ c: DetectedColumn; n: ReturnType<typeof persenAt> }> | undefined;
      for (const c of cols) {
        // a number of 0..100 without a number format is in range as it stands: no reading needed
        const cell = g.cell(row.row, c.col);
        const v = cell?.value;
        if (typeof v === "number" && v >= 0 && v <= 100 && !cell!.numFmt) continue;
        const n = persenAt(g, row.row, c.col);
        if (n && (n.value > 100 || n.value < 0)) (candidates ??= []).push({ c, n });
      }
      if (!candidates) continue;
      const nama = namaIndikator(table, g, row);
      if (!bagianPersen(satuanBaris(table, g, row), nama)) continue;
      for (const { c, n: found } of candidates) {
        const n = found!;
        // a kondisi akhir or a to-date column copying the row's flagged target or realisation
        // carries that one mistake on: named once, at the cell it copies (forms-blind85, 90)
        if (salinan(c) && candidates.some((o) => !salinan(o.c) && o.n!.value === n.value)) continue;
        const tol = tolerance(n, ctx.settings.toleransi);
        const above = n.value > 100 + tol;
        const below = n.value < -tol;
        if (!above && !below) continue;
        const bound = above ? 100 : 0;
        const tahun = c.year !== undefined ? ` ${c.year}` : "";

        out.push({
          row: row.row,
          col: c.col,
          expected: bound,
          batas: true,
          actual: n.value,
          messageId: above ? "above100" : "negative",
          // the role's name is the same in both languages ("kondisi awal", "target")
          data: { name: awalan(nama), column: c.role.replace("-", " "), year: tahun, value: n.value },
        });
      }
    }
    return out;
  },
};

// "Persentase Tertata (%)", "% Bersertifikat s.d. 2024 > Bidang": a column holding the share of a
// whole that is done (arranged, certified, served), whatever the rows are (offices, places); not an
// achievement against a plan ("% Tercapai", "% Terealisasi") nor money's (serapan-over-100's)
// (and "% Kondisi Baik" of a drainage recap: the length in good condition, forms-blind183; and
// "Persentase Tepat Waktu" of a service recap: those settled on time, forms-blind194)
const KOLOM_BAGIAN =
  /(?:^|> )(?:%|persentase|prosentase|proporsi) ?((?:ter|ber|di)[a-z]{3,}|kondisi (?:baik|mantap)|tepat waktu)\b/;
// (and a passive "di-": "% Dinilai" of the inactive files received, forms-blind207; not a plan's
// "% Dicapai", "% Direalisasikan")
const BUKAN_KATA_BAGIAN =
  /^(terhadap|tercapai|terealisasi|terealisir|terserap|tersalur|tersalurkan|terbayar|terbayarkan|berdasarkan|bertambah|berkurang|berubah|berbeda|berjalan|dicapai|direalisasikan|direalisasi|dianggarkan|ditargetkan|direncanakan|disalurkan|dibayarkan|diserap)$/;

/** The word naming what is done, when the column's header is such a share; else undefined. */
function kataBagian(c: DetectedColumn): string | undefined {
  if (c.ukuran === "Rp" || (c.role !== "lainnya" && c.role !== "capaian")) return undefined;
  const m = KOLOM_BAGIAN.exec(norm(c.header));
  if (!m || BUKAN_KATA_BAGIAN.test(m[1]) || PERUBAHAN.test(m[1])) return undefined;
  return m[1].startsWith("kondisi ") ? `ber${m[1]}` : m[1] === "tepat waktu" ? `selesai ${m[1]}` : m[1];
}

/**
 * A share column above 100 % in any table: "Arsip Inaktif > Jumlah | Tertata | Persentase Tertata",
 * an office that arranged more files than it holds (forms-blind86, 87). A row already named as
 * served above its target is left to that finding; a total row only when no row under it is named.
 */
function kolomBagianLebih(
  table: DetectedTable,
  g: Grid,
  toleransi: number | undefined,
  sudah: RuleFinding[],
): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const c of table.columns) {
    const word = kataBagian(c);
    if (!word) continue;
    const lebih: RuleFinding[] = [];
    for (const row of barisData(table)) {
      const n = persenAt(g, row.row, c.col);
      if (!n || n.value <= 100 + tolerance(n, toleransi)) continue;
      if (sudah.some((f) => f.row === row.row)) continue;
      if (row.kind === "total" && lebih.some((f) => f.row !== row.row)) continue;
      lebih.push({
        row: row.row,
        col: c.col,
        expected: 100,
        batas: true,
        actual: n.value,
        messageId: "shareColumnAbove100",
        // (the header's own words make it a share, whatever role the column was given)
        tanpaPeran: true,
        data: { name: awalan(namaIndikator(table, g, row)), column: c.header, value: n.value, word },
      });
    }
    out.push(...lebih);
  }
  return out;
}

const KATA_PERKIRAAN = "(estimasi|perkiraan|proyeksi)";
const PERKIRAAN = new RegExp(`\\b${KATA_PERKIRAAN}\\b`);
// a note that calls the target population an estimate ("sasaran = estimasi ODGJ berat ...")
const SASARAN_PERKIRAAN = new RegExp(`\\bsasaran\\b[^.;]{0,40}\\b${KATA_PERKIRAAN}\\b`);

/**
 * An SPM coverage table ("Jumlah Rumah Tangga Sasaran" | "RT Terlayani ..."): those served are a
 * part of the population to serve, so a count served above it is a slip (forms-blind40).
 */
function terlayaniLebih(table: DetectedTable, g: Grid): RuleFinding[] {
  const one = (role: string, re: RegExp): DetectedColumn | undefined => {
    const cs = table.columns.filter((c) => c.role === role && c.ukuran !== "Rp" && re.test(norm(c.header)));
    return cs.length === 1 ? cs[0] : undefined;
  };
  const sasaran = one("target", /\bsasaran\b/);
  const layan = one("realisasi", /\b(terlayani|dilayani)\b/);
  if (!sasaran || !layan || sasaran.year !== layan.year) return [];
  // a target population estimated ("sasaran = estimasi ODGJ berat (prevalensi ...)"): those
  // served may pass the estimate, as an SPM's capaian may pass 100 % (forms-blind201)
  if (PERKIRAAN.test(norm(sasaran.header)) || teksCatatan(table, g).some((t) => SASARAN_PERKIRAAN.test(t)))
    return [];
  const out: RuleFinding[] = [];
  for (const row of barisData(table)) {
    const t = numAt(g, row.row, sasaran.col);
    const r = numAt(g, row.row, layan.col);
    if (!t || !r || t.value <= 0 || r.value <= t.value + 0.5) continue;
    out.push({
      row: row.row,
      col: layan.col,
      expected: t.value,
      batas: true,
      actual: r.value,
      inputs: [[row.row, sasaran.col]],
      recheck: (cells) => {
        const tv = cells(row.row, sasaran.col);
        const rv = cells(row.row, layan.col);
        return tv === undefined || rv === undefined || rv <= tv + 0.5;
      },
      messageId: "servedAboveTarget",
      data: {
        name: awalan(namaIndikator(table, g, row)),
        served: r.value,
        target: t.value,
        share: Math.round((r.value / t.value) * 10000) / 100,
      },
    });
  }
  return out;
}

/**
 * A ratio of the number row whose numerator the same row makes a part of its denominator
 * ("Koperasi Aktif > %" as "(5) = (4)/(3) x 100" beside "Tidak Aktif" as "(6) = (3) - (4)": the
 * active are some of those registered, forms-blind111): above 100 % on a row, the form's own
 * arithmetic says a figure of that row is wrong, whatever the columns are called.
 */
export function bagianMenurutNomor(
  table: DetectedTable,
  g: Grid,
  toleransi: number | undefined,
  sudah: RuleFinding[],
): RuleFinding[] {
  const row = table.numberRow;
  if (row === undefined) return [];
  const teks: string[] = [];
  for (let c = table.range.c1; c <= table.range.c2; c++)
    teks.push(norm(textOf(g.value(row, c))).replace(/\s+/g, " "));
  // part -> whole, and the identity that says so
  const bagian = new Map<string, string>();
  for (const t of teks) {
    const j = jumlahNomor(t);
    // every addend of a sum is some of it, however many ("(6) = (3)+(4)+(5)", forms-blind193);
    // what is taken away is some of what it is taken from ("(6) = (3) - (4)", forms-blind111)
    if (j && hanyaTambah(j)) for (const p of j.parts) bagian.set(`${p}/${j.total}`, t);
    else if (j && j.parts.length === 2 && j.signs[1] < 0) bagian.set(`${j.parts[1]}/${j.parts[0]}`, t);
  }
  const byNumber = kolomPerNomor(g, row, table.range.c1, table.range.c2);
  const out: RuleFinding[] = [];
  for (const t of teks) {
    const m = rasioNomorDari(t);
    const cols = m && byNumber.get(Number(m[1]));
    // (or the part's heading names some of the whole's: "Responden Puas" of "Jumlah Responden",
    // forms-blind144's survey)
    const identity =
      m && (bagian.get(`${m[2]}/${m[3]}`) ?? bagianMenurutNama(table, byNumber, m[2], m[3], t));
    if (!m || !identity || !cols || cols.length !== 1) continue;
    const col = table.columns.find((c) => c.col === cols[0]);
    if (!col || col.ukuran === "Rp") continue;
    // counts only: money left over ("Sisa = Anggaran - Realisasi") goes below zero when the
    // spending or the revenue passes its plan, which a realisation may (forms-blind53, 101)
    const sisi = [m[2], m[3]].flatMap((k) => byNumber.get(Number(k)) ?? []);
    if (sisi.some((k) => uangKolom(table.columns.find((c) => c.col === k)))) continue;
    for (const r of barisData(table)) {
      // (a total row sums stocks and flows of its own kinds: its ratio of totals may pass 100,
      // forms-blind108's complaints settled over those handled in the year)
      if (r.kind === "total") continue;
      const n = persenAt(g, r.row, col.col);
      if (!n || n.value <= 100 + tolerance(n, toleransi)) continue;
      if (sudah.some((f) => f.row === r.row && f.col === col.col)) continue;
      out.push({
        row: r.row,
        col: col.col,
        expected: 100,
        batas: true,
        actual: n.value,
        messageId: "partOfWhole",
        // (the form's own numbers make it a share, whatever role the column was given)
        tanpaPeran: true,
        data: {
          name: awalan(namaIndikator(table, g, r)),
          column: col.header,
          value: n.value,
          identity,
          part: m[2],
          whole: m[3],
          ratio: m[1],
        },
      });
    }
  }
  return out;
}

// ("% Realisasi", "Capaian (%)": measured against a plan, they pass 100 when it is exceeded)
const BUKAN_BAGIAN_KOLOM = /capaian|realisasi|serapan|efisiensi|rasio|indeks|kontribusi|pangsa/;

/** The part and the whole's columns of a row's share formula, X / Y x 100 or X / (Y + Z) x 100. */
function bagianBaris(f: string, row: number): { x: number; y: number[] } | undefined {
  const q = ratioReferences(f);
  if (q) return q.persen && q.num[0] === row && q.den[0] === row ? { x: q.num[1], y: [q.den[1]] } : undefined;
  const s = shareOfSumReferences(f);
  if (!s || s.num[0] !== row || s.den.some(([r]) => r !== row)) return undefined;
  return { x: s.num[1], y: s.den.map(([, k]) => k) };
}

/** The sum of a row's cells, if every one holds a number. */
function jumlahSel(g: Grid, row: number, cols: readonly number[]): number | undefined {
  let total = 0;
  for (const col of cols) {
    const n = numAt(g, row, col);
    if (!n) return undefined;
    total += n.value;
  }
  return total;
}

/**
 * A typed share above 100 in a "%" column whose other rows compute X / Y x 100 (or X / (Y + Z) x
 * 100, receivables collected over the opening balance and those added, forms-blind311) of their
 * own row, where X never exceeds Y on any row, this one included ("% Aktif" of BUMDes formed, "Keterisian
 * (%)" of seats, forms-blind237, 239, 243, 244): the row's own figures say the number cannot be;
 * named here, with what they give, and left alone by hardcoded-value (one finding for one slip).
 */
export function bagianMenurutRumus(
  table: DetectedTable,
  g: Grid,
  toleransi: number | undefined,
  sudah: readonly RuleFinding[] = [],
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const data = barisData(table).filter((r) => r.kind !== "total");
  if (data.length < 3) return out;
  for (const c of table.columns) {
    const h = norm(c.header);
    if (c.ukuran === "Rp" || (c.role === "capaian" && c.certain)) continue;
    if (!/%|persen|proporsi|keterisian/.test(h) || BUKAN_BAGIAN_KOLOM.test(h) || PERUBAHAN.test(h)) continue;
    // every formula of the column is the one X / Y x 100 of its own row, or X / (Y + Z) x 100
    // (receivables collected over the opening balance and those added, forms-blind311)
    let xy: { x: number; y: number[] } | undefined;
    let rumus = 0;
    let sama = true;
    for (const r of data) {
      const f = g.formula(r.row, c.col);
      if (!f) continue;
      rumus++;
      const baru = bagianBaris(f, r.row);
      if (!baru || (xy && (xy.x !== baru.x || xy.y.join() !== baru.y.join()))) sama = false;
      xy ??= baru;
    }
    if (!xy || !sama || rumus < 2) continue;
    const { x, y } = xy;
    // (not over a target the header names: "Treatment Coverage (%)" of cases found over the
    // "Target Penemuan Kasus (Estimasi)" passes 100 when more are found, forms-blind249)
    const penyebut = y.length === 1 ? table.columns.find((k) => k.col === y[0])?.role : undefined;
    if (penyebut === "target" || penyebut === "anggaran") continue;
    // the part never exceeds its whole, on three rows at least
    let pasangan = 0;
    let lebih = false;
    for (const r of data) {
      const a = numAt(g, r.row, x);
      const b = jumlahSel(g, r.row, y);
      if (!a || b === undefined) continue;
      pasangan++;
      if (a.value > b || a.value < 0) lebih = true;
    }
    if (lebih || pasangan < 3) continue;
    const kepala = (col: number): string =>
      daunKepala(table.columns.find((k) => k.col === col)?.header ?? "");
    const part = kepala(x);
    const whole = y.map(kepala).join(" + ");
    for (const r of data) {
      if (g.formula(r.row, c.col)) continue;
      const n = persenAt(g, r.row, c.col);
      const a = numAt(g, r.row, x);
      const b = jumlahSel(g, r.row, y);
      if (!n || !a || !b || n.value <= 100 + tolerance(n, toleransi)) continue;
      if (sudah.some((f) => f.row === r.row && f.col === c.col)) continue;
      out.push({
        row: r.row,
        col: c.col,
        expected: 100,
        batas: true,
        actual: n.value,
        messageId: "shareByFormula",
        // (the sheet's own formulas and figures make it a share, whatever role the column was given)
        tanpaPeran: true,
        data: {
          name: awalan(namaIndikator(table, g, r)),
          column: c.header,
          value: n.value,
          part,
          whole,
          want: Math.round((a.value / b) * 10000) / 100,
        },
      });
    }
  }
  return out;
}

// a leaf that only says what is counted in ("Orang", "Unit", "KK")
const SATUAN_SAJA =
  /^(orang|org|jiwa|unit|buah|kk|rt|ha|ton|km|paket|lokasi|titik|dokumen|desa|kelompok|sekolah)$/;

/**
 * Does column `part`'s heading name some of what column `whole` counts: the whole's noun after
 * "Jumlah" / "Total", and then a word more ("Jumlah Responden" > "Responden Puas (nilai >= 3)",
 * "Jenis Bibit > Jumlah" > "Bibit Hidup")?
 * Then the ratio is a share of the whole, as the form's identity would say. Its text is returned.
 */
function bagianMenurutNama(
  table: DetectedTable,
  byNumber: Map<number, number[]>,
  part: string,
  whole: string,
  identity: string,
): string | undefined {
  const kolom = (k: string): DetectedColumn | undefined => {
    const cols = byNumber.get(Number(k));
    return cols?.length === 1 ? table.columns.find((x) => x.col === cols[0]) : undefined;
  };
  const kepala = (c: DetectedColumn | undefined): string | undefined => {
    if (!c) return undefined;
    // a bare "Jumlah" under "Jenis Bibit (batang)" totals what its heading names (forms-blind147)
    const daun = labelTanpaKurung(c.header);
    const kelompok = totalKelompok(daun, kelompokKepala(c.header));
    // and a bare unit under it counts what its heading names ("Nelayan Peserta Asuransi > Orang |
    // %", forms-blind313)
    const grup = kelompokKepala(c.header);
    if (!kelompok && grup !== undefined && SATUAN_SAJA.test(daun)) return labelTanpaKurung(grup);
    return kelompok ? labelTanpaKurung(kelompok) : daun;
  };
  const cp = kolom(part);
  const cw = kolom(whole);
  // a bare "Jumlah" and a count beside it under one heading ("Anak Usia 5-6 Tahun > Jumlah (jiwa) |
  // Mengikuti PAUD"): the count is some of that heading's total (forms-blind181); not a plan's
  // figure beside it ("> Target")
  // (or "Jumlah KK" under "Kepala Keluarga": the heading's own total by its initials, forms-blind191)
  const kw = cw && totalKelompok(labelTanpaKurung(cw.header), kelompokKepala(cw.header));
  if (
    cp &&
    kw !== undefined &&
    kelompokKepala(cp.header) === kw &&
    !/\b(target|rencana|sasaran|pagu|anggaran)\b/.test(labelTanpaKurung(cp.header))
  )
    return identity;
  const p = kepala(cp);
  const w = kepala(cw)?.replace(/^(jumlah|total|banyaknya|jenis) /, "");
  if (!p || !w || w.split(" ").length > 3) return undefined;
  // "Guru Ngaji / TPQ > Terdata (org) | Penerima (org)": those paid are some of those registered
  // (forms-blind169); "Kamar-malam Tersedia | Kamar-malam Terjual": of one thing, what was taken
  // of what there was (forms-blind216)
  // ("Sanggar Terdaftar 2024 | Sanggar Dibina": the year is the heading's, not the thing's,
  // forms-blind285)
  const [pw, ww] = [p, w].map((x) => x.replace(/\s+(19|20)\d\d$/, "").split(" "));
  if (
    pw.slice(0, -1).join(" ") === ww.slice(0, -1).join(" ") &&
    /^(terdata|terdaftar|terverifikasi|tersedia)$/.test(ww[ww.length - 1]) &&
    /^(penerima|terlayani|dilayani|terjual|terisi|terpakai|digunakan|dimanfaatkan|dibina|terbina|difasilitasi)$/.test(
      pw[pw.length - 1],
    )
  )
    return identity;
  // "Numerator | Denominator | Capaian (%)" of a hospital's SPM recap: the cases that met the
  // standard among the cases counted (forms-blind206)
  if (/^(numerator|pembilang)$/.test(p) && /^(denominator|penyebut)$/.test(w)) return identity;
  return p.startsWith(`${w} `) ? identity : undefined;
}

/**
 * The heading a column totals, when its leaf is "Jumlah" / "Total" alone or followed by that
 * heading's name or initials ("Kepala Keluarga > Jumlah KK"); else undefined.
 */
function totalKelompok(daun: string, kelompok: string | undefined): string | undefined {
  const m = /^(jumlah|total)(?: (.+))?$/.exec(daun);
  if (!m || kelompok === undefined) return undefined;
  if (m[2] === undefined) return kelompok;
  const nama = labelTanpaKurung(kelompok);
  const awal = nama
    .split(/[\s/]+/)
    .map((w) => w[0] ?? "")
    .join("");
  return m[2] === nama || m[2] === awal ? kelompok : undefined;
}

/** A column of money: by its role, its K / Rp reading or its header's words. */
function uangKolom(c: DetectedColumn | undefined): boolean {
  return !!c && (isUang(c) || money(bagianKepala(c.header).map(norm)));
}
