// The RSUD of the thirty-seventh unseen set (Kabupaten Wailolong, Maluku; a BLUD): the LKjIP's service
// indicators, the BLUD's monthly revenue and expenditure with cumulative columns, and the director's
// PK with a Rencana Aksi per quarter beside an excerpt of the Renstra. Every person and number is
// invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Svc = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  lower?: boolean;
  t: number;
  r: number;
};

const SAS1 = "Meningkatnya mutu pelayanan kesehatan rujukan";
const SAS2 = "Meningkatnya kepuasan dan keselamatan pasien";

/** LKjIP 2024 of the RSUD: service indicators with polarity, capaian formulas and a kategori. */
export function lkjipRsud(): BookW {
  const b = new BookW(
    "lkjip-layanan-bor-alos-rsud-wailolong.xlsx",
    "LKjIP 2024 pengukuran kinerja (RSUD, BLUD)",
    "sheet 'Tabel 3.4': No | Sasaran (merged) | Indikator Kinerja | Satuan | Arah Indikator | Target 2024 | Realisasi 2024 | % Capaian (formulas; refleksi for lower-is-better) | Kategori; BOR, ALOS, NDR per 1.000, waiting time in minutes, IKM; Rata-rata row; band note and signature below",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAILOLONG", "RUMAH SAKIT UMUM DAERAH NUNUSAKU WAILOLONG"]);
  s.lines(["Tabel 3.4", "Pengukuran Capaian Indikator Kinerja Sasaran RSUD Tahun 2024"], 1, { bold: true });
  s.gap();
  const xs: Svc[] = [
    { id: "bor", sas: SAS1, ind: "Bed Occupancy Rate (BOR)", sat: "%", t: 72, r: 68.76 },
    { id: "alos", sas: SAS1, ind: "Average Length of Stay (ALOS)", sat: "hari", lower: true, t: 5, r: 4.6 },
    {
      id: "ndr",
      sas: SAS1,
      ind: "Net Death Rate (NDR)",
      sat: "per 1.000 pasien keluar",
      lower: true,
      t: 25,
      r: 21.4,
    },
    { id: "rm", sas: SAS1, ind: "Persentase kelengkapan rekam medis 1x24 jam", sat: "%", t: 90, r: 80.1 },
    {
      id: "tunggu",
      sas: SAS2,
      ind: "Rata-rata waktu tunggu pelayanan rawat jalan",
      sat: "menit",
      lower: true,
      t: 60,
      r: 72,
    },
    { id: "ikm", sas: SAS2, ind: "Indeks Kepuasan Masyarakat (IKM)", sat: "indeks", t: 82, r: 84.65 },
    { id: "spm", sas: SAS2, ind: "Persentase capaian SPM rumah sakit", sat: "%", t: 100, r: 92.5 },
  ];
  const capOf = (x: Svc) => round(x.lower ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "arah", head: ["Arah Indikator"], role: "polaritas", width: 14 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.00" },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: "#,##0.00" },
    { key: "c", head: ["% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 13 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      // planted: the waiting time (lower is better) computed with R/T like the rows above it
      const lowerFormula = x.lower && x.id !== "tunggu";
      const cap = lowerFormula
        ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
        : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
      const shown = x.id === "tunggu" ? round((x.r / x.t) * 100) : capOf(x);
      // planted: 89.00 given the top band
      const kat = x.id === "rm" ? "Sangat Baik" : predikatBaik(shown);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        arah: x.lower ? "Turun (negatif)" : "Naik (positif)",
        t: x.t,
        r: x.r,
        c: cap,
        kat,
      };
    },
  }));
  const shownAll = xs.map((x) => (x.id === "tunggu" ? round((x.r / x.t) * 100) : capOf(x)));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja Sasaran",
      c: fx(`ROUND(AVERAGE(${c.a("c", "bor")}:${c.a("c", "spm")}),2)`),
      kat: predikatBaik(round(shownAll.reduce((p, v) => p + v, 0) / shownAll.length)),
    }),
  });
  const t = s.table({ cols, headerRows: 1, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator arah turun dihitung dengan rumus refleksi: (2 x Target - Realisasi) / Target x 100%.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Wailolong, 20 Februari 2025",
    jabatan: ["Direktur RSUD Nunusaku Wailolong"],
    nama: "dr. ROSALINA M. TEHUPEIORY, Sp.PD",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790822 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "tunggu") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "waiting time is lower-is-better (72 minutes against a target of 60) but its capaian is =ROUND(R/T*100,2) = 120.00; the refleksi (2 x 60 - 72) / 60 gives 80.00",
    truth: `ROUND((2*${a("t", "tunggu")}-${a("r", "tunggu")})/${a("t", "tunggu")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "rm") },
    rules: ["predikat-mismatch"],
    note: "rekam medis capaian 80.10 / 90 = 89.00 is in > 75 to 90 (Baik), typed Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "rm")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "ndr"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "ndr")}-${a("r", "ndr")})/${a("t", "ndr")}*100,2)`,
    trap: `ROUND(${a("r", "ndr")}/${a("t", "ndr")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "alos"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "alos")}-${a("r", "alos")})/${a("t", "alos")}*100,2)`,
    trap: `ROUND(${a("r", "alos")}/${a("t", "alos")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "ikm"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "ikm")}/${a("t", "ikm")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("kat", "ndr"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "ndr")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "bor"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "bor")})`,
  });
  return b.finish();
}

/** Realisasi pendapatan dan belanja BLUD per bulan 2024 with cumulative columns. */
export function bludBulanan(): BookW {
  const b = new BookW(
    "realisasi-blud-perbulan-kumulatif-rsud-wailolong.xlsx",
    "realisasi pendapatan dan belanja BLUD per bulan (RSUD)",
    "sheet 'LRA BLUD 2024': No | Bulan | 'Pendapatan BLUD (Rp)' > Target Bulanan | Realisasi Bulan Ini | Realisasi s.d. Bulan Ini | % thd Target Setahun | 'Belanja BLUD (Rp)' > Anggaran Kas | Realisasi Bulan Ini | Realisasi s.d. Bulan Ini | % thd Pagu Setahun; number row 1 .. 10 with '5 = 5 (bln lalu) + 4'; full rupiah; JUMLAH row (cumulative = December, not a sum); revenue realised above its yearly target",
  );
  const S = "LRA BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, ["RSUD NUNUSAKU WAILOLONG", "BADAN LAYANAN UMUM DAERAH"]);
  s.lines(
    ["LAPORAN REALISASI PENDAPATAN DAN BELANJA BLUD PER BULAN", "TAHUN ANGGARAN 2024", "(dalam rupiah)"],
    1,
    { bold: true },
  );
  s.gap();
  const BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const tp = [6_850_000_000, 6_850_000_000, 7_100_000_000, 7_100_000_000, 7_250_000_000, 7_250_000_000];
  const tgt = [...tp, ...tp.slice().reverse()];
  const rp = [
    6_412_836_500, 6_128_450_250, 7_384_912_700, 6_905_227_400, 7_611_340_800, 7_058_615_900, 7_742_108_350,
    7_315_884_600, 7_486_290_150, 7_903_415_700, 7_248_906_300, 7_820_663_450,
  ];
  const ak = [
    5_120_000_000, 6_480_000_000, 6_915_000_000, 7_050_000_000, 7_210_000_000, 7_345_000_000, 7_120_000_000,
    7_260_000_000, 7_185_000_000, 7_340_000_000, 7_465_000_000, 8_460_000_000,
  ];
  const rb = [
    3_814_226_700, 5_902_415_300, 6_455_780_150, 6_618_093_400, 6_902_557_800, 6_874_310_650, 6_731_448_900,
    6_955_102_250, 6_810_663_500, 7_046_219_850, 7_102_884_100, 8_183_906_720,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "bln", head: ["Bulan"], num: 2, width: 12 },
    {
      key: "pt",
      head: ["Pendapatan BLUD (Rp)", "Target Bulanan"],
      role: "anggaran",
      year: 2024,
      num: 3,
      fmt: RP,
      width: 17,
    },
    {
      key: "pr",
      head: ["Pendapatan BLUD (Rp)", "Realisasi Bulan Ini"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 17,
    },
    {
      key: "pk",
      head: ["Pendapatan BLUD (Rp)", "Realisasi s.d. Bulan Ini"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "5 = 5 (bln lalu) + 4",
      fmt: RP,
      width: 18,
    },
    {
      key: "pp",
      head: ["Pendapatan BLUD (Rp)", "% thd Target Setahun"],
      role: "capaian",
      year: 2024,
      num: "6",
      fmt: DEC,
      width: 10,
    },
    {
      key: "bt",
      head: ["Belanja BLUD (Rp)", "Anggaran Kas"],
      role: "anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 17,
    },
    {
      key: "br",
      head: ["Belanja BLUD (Rp)", "Realisasi Bulan Ini"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
      width: 17,
    },
    {
      key: "bk",
      head: ["Belanja BLUD (Rp)", "Realisasi s.d. Bulan Ini"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 9 (bln lalu) + 8",
      fmt: RP,
      width: 18,
    },
    {
      key: "bp",
      head: ["Belanja BLUD (Rp)", "% thd Pagu Setahun"],
      role: "capaian",
      year: 2024,
      num: "10",
      fmt: DEC,
      width: 10,
    },
  ];
  const ids = BULAN.map((_, i) => `m${i}`);
  const PLANT_PCT = 8; // September
  const rows: Row[] = BULAN.map((bln, i) => ({
    id: ids[i],
    cells: (c) => {
      const tot = (k: string) => `$${c.c(k)}$${c.row("jml")}`;
      const cum = (k: string, src: string) =>
        i === 0 ? fx(`${c.a(src)}`) : fx(`${c.a(k, ids[i - 1])}+${c.a(src)}`);
      const o: Record<string, Cell> = {
        no: i + 1,
        bln,
        pt: tgt[i],
        pr: rp[i],
        pk: cum("pk", "pr"),
        pp: fx(`ROUND(${c.a("pk")}/${tot("pt")}*100,2)`),
        bt: ak[i],
        br: rb[i],
        bk: cum("bk", "br"),
        // planted: September's % from the month alone, not from the cumulative
        bp:
          i === PLANT_PCT
            ? fx(`ROUND(${c.a("br")}/${tot("bt")}*100,2)`)
            : fx(`ROUND(${c.a("bk")}/${tot("bt")}*100,2)`),
      };
      return o;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => ({
      no: "JUMLAH",
      pt: fx(`SUM(${c.a("pt", "m0")}:${c.a("pt", "m11")})`),
      pr: fx(`SUM(${c.a("pr", "m0")}:${c.a("pr", "m11")})`),
      pk: fx(`${c.a("pk", "m11")}`),
      pp: fx(`ROUND(${c.a("pk")}/${c.a("pt")}*100,2)`),
      bt: fx(`SUM(${c.a("bt", "m0")}:${c.a("bt", "m11")})`),
      // planted: the SUM stops at November
      br: fx(`SUM(${c.a("br", "m0")}:${c.a("br", "m10")})`),
      bk: fx(`${c.a("bk", "m11")}`),
      bp: fx(`ROUND(${c.a("bk")}/${c.a("bt")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Catatan: kolom 5 dan 9 adalah saldo kumulatif; baris JUMLAH kolom 5 dan 9 = posisi Desember."]);
  s.gap();
  signature(s, 8, {
    tempat: "Wailolong, 10 Januari 2025",
    jabatan: ["Pejabat Keuangan BLUD"],
    nama: "MARTHINUS J. LEIWAKABESSY, S.E., M.M.",
    nip: "19810304 200904 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("br", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH belanja bulan ini = SUM(Januari:November) = 71,213,702,600; with Desember (8,183,906,720) the twelve months give 79,397,609,320 (= the cumulative in column 9)",
    truth: `SUM(${a("br", "m0")}:${a("br", "m11")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("bp", `m${PLANT_PCT}`) },
    rules: ["inconsistent-formula", "capaian-mismatch"],
    note: "September's % thd pagu takes the month's realisasi (6,810,663,500 / 84,950,000,000 = 8.02) where every other month takes the cumulative (s.d. September / 84,950,000,000 = 67.17)",
    truth: `ROUND(${a("bk", `m${PLANT_PCT}`)}/${a("bt", "jml")}*100,2)`,
  });
  // trap: the JUMLAH of a cumulative column is December's position, not a sum of the column
  b.ok({
    sheet: S,
    cell: a("pk", "jml"),
    rules: ["sum-mismatch"],
    truth: a("pr", "jml"),
    trap: `SUM(${a("pk", "m0")}:${a("pk", "m11")})`,
  });
  b.ok({
    sheet: S,
    cell: a("bk", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("br", "m0")}:${a("br", "m11")})`,
    trap: `SUM(${a("bk", "m0")}:${a("bk", "m11")})`,
  });
  // trap: revenue realised above its yearly target (87,018,652,100 / 84,800,000,000 = 102.62 %) is no over-absorption
  b.ok({
    sheet: S,
    cell: a("pp", "jml"),
    rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("pr", "jml")}/${a("pt", "jml")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("pk", "m6"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pr", "m0")}:${a("pr", "m6")})`,
    trap: a("pr", "m6"),
  });
  b.ok({
    sheet: S,
    cell: a("pt", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pt", "m0")}:${a("pt", "m11")})`,
  });
  return b.finish();
}
