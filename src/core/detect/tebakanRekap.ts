// A recap of what happened in one year (disasters per kabupaten, visitors per attraction, catches
// per commodity, forms-blind43 .. 48): its figures are measured, and planners and evaluators read
// them as that year's realisations. The header names no role, so the reading is only offered in the
// report (`tebakan`, a guess) and never acted on: every rule keeps treating the column as one of no
// role, whose sums rekapHitungan checks by the table's own arithmetic.
import type { Grid } from "../grid";
import { bacaReferensi } from "../formulas/argumenPanggilan";
import { colToLetters, ratioReferences, refleksiReferences } from "../grid";
import { judulTanpaAnggaran, kelompokKepala, labelAkhir, norm } from "./text";
import { pertumbuhanRataRata, tahunPertumbuhan } from "./periode";
import type { DetectedColumn, DetectedRow, Role } from "./types";

/**
 * A share, an average, a score, an index or a rate per unit ("Produktivitas (ton/unit)") is no
 * count, whatever its cells hold.
 */
export const BUKAN_HITUNGAN =
  /%|persen|\b(re)?rata\b|indeks|index|nilai|skor|rasio|capaian|bobot|tahun|harga|tarif|produktivitas|peringkat|ranking|rangking|\(\s*[a-z.]+\s*\/\s*[a-z.]+\s*\)/;

// a table that plans, budgets or measures against a plan has its roles from its header
// (a table of realised money, "Tahap I > KPM | Nilai (Rp)", may still have its counts guessed,
// forms-blind54: only counts then, never an amount beside the money)
const PERAN_RENCANA = new Set<Role>(["target", "anggaran", "capaian", "kondisi-awal", "kondisi-akhir"]);
// (a word: "Keluarga Berencana" plans nothing)
const KATA_RENCANA = "target|rencana|sasaran|pagu|anggaran|alokasi|usulan|proyeksi|prakiraan|kebutuhan";
const RENCANA = new RegExp(`\\b(${KATA_RENCANA})\\b`);
// the part of a title from "dan usulan ..." on: a second subject that plans
const DAN_RENCANA = new RegExp(`\\bdan (${KATA_RENCANA})\\b.*$`);

// a realisation the caption calls money ("(Rp)" alone does not: prices are in rupiah too,
// "Rata-rata Harga Eceran Bahan Pokok ... (Rp)", forms-blind346)
const UANG_JUDUL = /\brealisasi (keuangan|anggaran|belanja)\b/;

/** The columns of a one-year recap with their guessed reading: the realisation of their year. */
export function tebakRekap(
  grid: Grid,
  columns: DetectedColumn[],
  rows: readonly DetectedRow[],
  tahun: number | undefined,
  title: string,
): DetectedColumn[] {
  // (a title of two subjects, "REKAPITULASI CAGAR BUDAYA DAN USULAN PENETAPAN", plans only in
  // the part that says so: the columns of proposals name it themselves, forms-blind62)
  // (cut from "dan usulan": a letterhead's "BADAN ... RISET DAN INOVASI" above is no such part)
  // ("DATA ALOKASI DANA DESA DAN BADAN USAHA MILIK DESA": the fund's name, ADD, plans nothing,
  // forms-blind154)
  const pokok = judulTanpaAnggaran(title)
    .replace(/\balokasi dana (desa|kelurahan)\b/gi, "add")
    .replace(DAN_RENCANA, "");
  const data = rows.filter((r) => r.kind === "indikator");
  if (data.length < 2) return columns;
  const rasio = kolomRasio(grid, columns, data);
  if (columns.some((c) => PERAN_RENCANA.has(c.role)) || RENCANA.test(pokok)) {
    // (its own row formulas still say what a column of no role is: "Persentase > Lembar (%)" =
    // F / D beside "Ketetapan (SPPT) > Lembar | Rupiah", the sheets assessed, forms-blind89)
    if (rasio.size === 0 || tahun === undefined) return columns;
    return columns.map((c) => {
      const peran = c.role === "lainnya" && !c.certain ? rasio.get(c.col) : undefined;
      return peran ? { ...c, tebakan: { role: peran, year: c.year ?? tahun } } : c;
    });
  }
  const adaRealisasi = columns.some((c) => c.role === "realisasi" || c.role === "realisasi-anggaran");
  // "Realisasi keuangan per triwulan (Rp)" over "Sektor | TW I .. TW IV | Jumlah": the caption
  // says the figures are money paid, which their headings leave out (forms-blind329)
  const uang = UANG_JUDUL.test(norm(title));
  // rows that are years ("Tahun | Nilai SAKIP | Predikat" over 2021 .. 2024, forms-blind108): each
  // figure is its row's year, none the table's
  const perTahun = barisTahun(grid, columns, data);
  const ditebak = columns.map((c): DetectedColumn => {
    const year = perTahun ? undefined : (c.year ?? tahun);
    if (c.role !== "lainnya" || (year === undefined && !perTahun) || c === perTahun) return c;
    // "Memiliki Akta (jiwa) / Jumlah Anak (jiwa) x 100 = Cakupan (%)": what was reached, over
    // whom it was meant for, as a capaian (forms-blind42)
    const peran = rasio.get(c.col);
    if (peran) return { ...c, tebakan: { role: peran, year } };
    // ("Rapat Alat Kelengkapan Dewan > Badan Anggaran": the DPRD's budget committee, whose
    // meetings are counted, plans nothing, forms-blind69)
    const header = norm(c.header).replace(/\bbadan anggaran\b/g, "banggar");
    // ("Tahun 2023 > Wisnus": the year is the column's, not a year counted, forms-blind43)
    // ("Nilai Indeks RB Tahun > 2021" likewise, forms-blind61)
    const tanpaTahun = header.replace(/\b((tahun|th|ta)\.? (> )?)?(19|20)\d\d\b/g, "");
    // a score or an index measured ("Nilai Komponen Evaluasi (Bobot) > Perencanaan Kinerja (30)",
    // "Nilai Akhir" of an inspectorate's SAKIP recap, forms-blind38 and 61) is the year's
    // measured value too, as a count is; never added (rekapHitungan keeps BUKAN_HITUNGAN)
    // (so is a price observed, "Harga Rata-rata (Rp/kg) > 2024" of a monthly or a market's price
    // table: forms-blind60, 96 and 167; not a yield, "Produktivitas (ku/ha)", which sets read
    // both ways)
    const teks = tanpaTahun
      .replace(/\(bobot\)|\b(nilai|indeks|index|skor)\b/g, "")
      .replace(/\bharga( rata-? ?rata)?( \([^)]*\))?/g, "");
    // ("Skor Maksimal" beside the "Skor PPH" measured: the norm it is held to, forms-blind68)
    // ("HET / HAP" beside the prices observed: the ceiling and reference price, forms-blind346)
    if (
      RENCANA.test(header) ||
      BUKAN_HITUNGAN.test(teks) ||
      /\b(maks|maksimal|maksimum|ideal|standar|het|hap|harga acuan|harga eceran tertinggi)\b/.test(header)
    )
      return c;
    // ("Jml Hari" of a month: the calendar's, nothing done, forms-blind68)
    if (/^(no\.?|nomor|kode|(jml\.?|jumlah) hari( kalender| kerja)?)$/.test(labelAkhir(c.header))) return c;
    let angka = 0;
    let lain = 0;
    for (const r of data) {
      const v = grid.value(r.row, c.col);
      if (typeof v === "number") angka++;
      else if (typeof v === "string" && v.trim() && !/^[-–—]$/.test(v.trim())) lain++;
    }
    if (angka < 2 || lain > 0) return c;
    if (adaRealisasi && !hitungan(grid, c, data)) return c;
    return { ...c, tebakan: { role: uang ? "realisasi-anggaran" : "realisasi", year } };
  });
  // a growth beside two years' guessed values ("Harga > 2023 | 2024 | Perubahan yoy (%)") is the
  // newer year's, as beside two years' realisations (./periode)
  // (or, against the period before within the year, "Pertumbuhan Omzet thd Triwulan Sebelumnya
  // (%)" of a 2024 recap, the table's year, forms-blind298)
  const baru =
    tahunPertumbuhan(ditebak.filter((c) => c.tebakan?.role === "realisasi").map((c) => c.tebakan?.year)) ??
    (tahun !== undefined &&
    !perTahun &&
    columns.some(
      (c) =>
        c.role === "pertumbuhan" && /\b(triwulan|tw|bulan|semester) (sebelumnya|lalu)\b/.test(norm(c.header)),
    )
      ? tahun
      : undefined);
  if (baru === undefined) return ditebak;
  return ditebak.map((c) =>
    c.role === "pertumbuhan" && c.year === undefined && !pertumbuhanRataRata(norm(c.header))
      ? { ...c, year: baru }
      : c,
  );
}

/** The column "Tahun" whose rows are years, one each, when there is one. */
function barisTahun(
  grid: Grid,
  columns: DetectedColumn[],
  data: readonly DetectedRow[],
): DetectedColumn | undefined {
  return columns.find((c) => {
    if (c.year !== undefined || !/^(tahun|th\.?)$/.test(labelAkhir(c.header))) return false;
    const years = data.map((r) => grid.value(r.row, c.col));
    return (
      years.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100) &&
      new Set(years).size === years.length
    );
  });
}

/**
 * The two columns of a row formula X / Y x 100 over cells of row `r`, if it is one; a refleksi
 * (2Y - X) / Y x 100 relates the same two ("Batas Maksimal Luas Terbakar | Luas Terbakar | Capaian
 * = ROUND((2*C19-D19)/C19*100,2)", forms-blind75).
 */
export function rasioBaris(formula: string, r: number): [number, number] | undefined {
  const q = ratioReferences(formula) ?? refleksiReferences(formula);
  return q?.persen && q.num[0] === r && q.den[0] === r ? [q.num[1], q.den[1]] : undefined;
}

/**
 * The pair of columns a column's formulas most often divide (X / Y x 100 over its own row), with
 * how many rows do and how many rows hold a formula at all: each reader decides how many odd
 * formulas it tolerates.
 */
export function rasioTerbanyak(
  grid: Grid,
  col: number,
  rows: readonly number[],
): { num: number; den: number; n: number; rumus: number } | undefined {
  const hitung = new Map<string, { num: number; den: number; n: number }>();
  let rumus = 0;
  for (const r of rows) {
    const f = grid.formula(r, col);
    if (!f) continue;
    rumus++;
    const xy = rasioBaris(f, r);
    if (!xy) continue;
    const k = `${xy[0]}:${xy[1]}`;
    const h = hitung.get(k);
    if (h) h.n++;
    else hitung.set(k, { num: xy[0], den: xy[1], n: 1 });
  }
  const [best] = [...hitung.values()].sort((a, b) => b.n - a.n);
  return best ? { ...best, rumus } : undefined;
}

// whom a coverage is meant for: "Sasaran", "Jumlah Sasaran", "Target" (forms-blind282)
const SASARAN = /^(jumlah )?(sasaran|target)\b/;

/**
 * A column whose every data row computes X / Y x 100 from two columns of its own row, Y typed: X
 * is the measured figure, Y what it is measured against, the column their capaian.
 */
function kolomRasio(
  grid: Grid,
  columns: readonly DetectedColumn[],
  data: readonly DetectedRow[],
): Map<number, Role> {
  const out = new Map<number, Role>();
  const ada = new Set(columns.map((c) => c.col));
  kolom: for (const c of columns) {
    if (c.role !== "lainnya") continue;
    let pair: [number, number] | undefined;
    let rumus = 0;
    for (const r of data) {
      const f = grid.formula(r.row, c.col);
      if (!f) continue;
      const xy = rasioBaris(f, r.row);
      const x = xy && ada.has(xy[0]) ? xy[0] : undefined;
      const y = xy && ada.has(xy[1]) ? xy[1] : undefined;
      if (x === undefined || y === undefined || (pair && (pair[0] !== x || pair[1] !== y))) continue kolom;
      pair = [x, y];
      rumus++;
    }
    // (over a computed whole, "Lulus Uji / (Lulus + Tidak Lulus)", it is a share: forms-blind43)
    // (or over a typed whole beside its computed rest, "Terdaftar | Aktif | Tidak Aktif = C - D",
    // forms-blind32)
    const sisa = (x: number, y: number): boolean =>
      columns.some((z) => {
        const f = grid.formula(data[0].row, z.col) ?? "";
        return (
          f.replace(/\$/g, "").toUpperCase() ===
          `${colToLetters(y)}${data[0].row}-${colToLetters(x)}${data[0].row}`
        );
      });
    // ("% Cakupan" names coverage of a population still to be served, "Wajib KTP | Sudah Rekam |
    // Belum Rekam = D - E": the SPM's capaian over its target, forms-blind59)
    // (so does a whole named for those who must be served, "Wajib KTP-el (jiwa) | Sudah Rekam |
    // Belum Rekam = 3 - 4 | % Perekaman", forms-blind149)
    const wajib = (y: number): boolean =>
      /\bwajib\b/.test(norm(columns.find((z) => z.col === y)?.header ?? ""));
    const cakupan = /\bcakupan\b/.test(norm(c.header));
    // (a whole carried over from another cell, "Jml Desa = C11" beside the table it copies, is typed
    // there: forms-blind154's BUMDes with legal status over the desa)
    const dihitung = (r: number, y: number): boolean => {
      const f = grid.formula(r, y);
      return !!f && bacaReferensi(f.replace(/^=/, "").trim())?.kind !== "sel";
    };
    // (but a coverage over its Sasaran added from its groups, "Sasaran > Bayi | Balita | Jumlah"
    // against "Mendapat Kapsul Vitamin A > ... | Jumlah", is what was reached over whom it was
    // meant for, forms-blind282)
    const sasaran = (y: number): boolean =>
      SASARAN.test(norm(columns.find((z) => z.col === y)?.header ?? ""));
    const keseluruhan = (x: number, y: number): boolean =>
      (!(cakupan && sasaran(y)) && data.some((r) => dihitung(r.row, y))) ||
      (!cakupan && !wajib(y) && sisa(x, y));
    if (!pair || rumus * 2 < data.length || keseluruhan(pair[0], pair[1])) continue;
    // an index of two indices ("NTPR (It/Ib x 100)", the farmers' terms of trade, forms-blind71)
    // is a measure of its own, not what was reached over what was meant
    if (/\b(indeks|index|ntp[a-z]*|nilai tukar)\b/.test(norm(c.header))) continue;
    // (a second ratio over a figure the first already reads is another measure of it; one over
    // columns of its own is another indicator's capaian, "% Perekaman" of KTP-el and "Cakupan KIA
    // (%)" side by side, forms-blind149, and so is one over the same whole, children's birth
    // certificates and KIA over the children, forms-blind118)
    if (out.has(pair[0]) || (out.has(pair[1]) && out.get(pair[1]) !== "target")) continue;
    out.set(c.col, "capaian").set(pair[0], "realisasi").set(pair[1], "target");
  }
  // the parts under a target's group heading ("Sasaran > Bayi 6-11 bulan | Balita 12-59 bulan"
  // beside "Sasaran > Jumlah") are targets too
  for (const [col, peran] of [...out])
    if (peran === "target") {
      const grup = kelompokKepala(columns.find((z) => z.col === col)!.header);
      if (!grup || !SASARAN.test(norm(grup))) continue;
      for (const z of columns)
        if (z.role === "lainnya" && !out.has(z.col) && kelompokKepala(z.header) === grup)
          out.set(z.col, "target");
    }
  return out;
}

/** Whole numbers of at least 0 in every filled data row: a count, not an amount or a rate. */
function hitungan(grid: Grid, c: DetectedColumn, data: readonly DetectedRow[]): boolean {
  return (
    c.ukuran !== "Rp" &&
    data.every((r) => {
      const v = grid.value(r.row, c.col);
      return typeof v !== "number" || (Number.isInteger(v) && v >= 0);
    })
  );
}
