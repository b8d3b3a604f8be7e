// Food-security tables: the pengukuran kinerja of the LKjIP 2024 of the Dinas Ketahanan Pangan of
// Kabupaten Haruyan Hulu (Kalimantan Selatan), with comparison columns against the Renstra's 2026
// targets and two lower-is-better indicators (PoU, desa rawan pangan) taking the refleksi, and the
// Skor PPH (Pola Pangan Harapan) 2024 of the Dinas Ketahanan Pangan of Kabupaten Lembor Timur (Nusa
// Tenggara Timur), where a group's score is capped at its maximum. Every person and number is invented.
import {
  BookW,
  DEC,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  low?: boolean;
};

/** LKjIP 2024 DKP Kabupaten Haruyan Hulu, with Target Renstra 2026 columns. */
export function lkjipPanganHaruyan(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-vs-renstra-2026-dkp-kab-haruyan-hulu.xlsx",
    "LKjIP pengukuran kinerja with 'Target Renstra 2026' comparison columns",
    "No | Sasaran Strategis | Indikator Kinerja | Satuan | 'Realisasi 2023' | 'Kinerja Tahun 2024' > Target | Realisasi | '% Capaian' | Predikat | 'Dibandingkan Target Akhir Renstra 2026' > 'Target Renstra 2026' | '% Capaian thd Target 2026' | Status; two header rows; lower-is-better rows take (2T - R) / T x 100",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024",
    "DINAS KETAHANAN PANGAN KABUPATEN HARUYAN HULU",
  ]);
  s.lines(
    ["Tabel 3.2 Capaian Indikator Kinerja Tahun 2024 dan Perbandingan dengan Target Akhir Renstra 2021-2026"],
    1,
    {
      bold: true,
    },
  );
  const S1 = "Meningkatnya ketersediaan dan kualitas konsumsi pangan masyarakat";
  const S2 = "Menurunnya kerawanan pangan dan gizi";
  const xs: Ind[] = [
    {
      sas: S1,
      ind: "Skor Pola Pangan Harapan (PPH) konsumsi",
      sat: "skor",
      r23: 84.6,
      t: 88,
      r: 86.9,
      t26: 92.5,
    },
    {
      sas: S1,
      ind: "Ketersediaan energi per kapita",
      sat: "kkal/kap/hari",
      r23: 2480,
      t: 2400,
      r: 2532,
      t26: 2400,
    },
    {
      sas: S1,
      ind: "Ketersediaan protein per kapita",
      sat: "gram/kap/hari",
      r23: 68.2,
      t: 64,
      r: 66.4,
      t26: 65,
    },
    {
      sas: S2,
      ind: "Prevalensi ketidakcukupan konsumsi pangan (PoU)",
      sat: "%",
      r23: 9.8,
      t: 8.5,
      r: 8.9,
      t26: 7,
      low: true,
    },
    {
      sas: S2,
      ind: "Persentase desa rentan rawan pangan",
      sat: "%",
      r23: 12.4,
      t: 10,
      r: 11.2,
      t26: 8,
      low: true,
    },
    {
      sas: S2,
      ind: "Jumlah cadangan pangan pemerintah daerah",
      sat: "ton beras",
      r23: 18,
      t: 25,
      r: 21.4,
      t26: 35,
    },
  ];
  const Y = "Kinerja Tahun 2024";
  const R = "Dibandingkan Target Akhir Renstra 2026";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: "#,##0.0#", width: 10 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, fmt: "#,##0.0#", width: 9 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, fmt: "#,##0.0#", width: 9 },
    { key: "cp", head: [Y, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "pred", head: [Y, "Predikat"], role: "predikat", width: 12 },
    { key: "t26", head: [R, "Target Renstra 2026"], role: "target", year: 2026, fmt: "#,##0.0#", width: 10 },
    { key: "c26", head: [R, "% Capaian thd Target 2026"], role: "capaian", year: 2026, fmt: DEC, width: 10 },
    { key: "st", head: [R, "Status"], role: "keterangan", width: 16 },
  ];
  const cap = (x: Ind, t: number) => round(x.low ? ((2 * t - x.r) / t) * 100 : (x.r / t) * 100, 2);
  const rows: Row[] = xs.map((x, i) => ({
    id: `i${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const f = (T: string) =>
        x.low ? `ROUND((2*${T}-${c.a("r")})/${T}*100,2)` : `ROUND(${c.a("r")}/${T}*100,2)`;
      // planted: the desa rawan pangan row divides R by T like a higher-is-better indicator (112,00)
      const cp = i === 4 ? `ROUND(${c.a("r")}/${c.a("t")}*100,2)` : f(c.a("t"));
      const shown = i === 4 ? round((x.r / x.t) * 100, 2) : cap(x, x.t);
      // planted: the cadangan pangan row (85,60) given the top band
      const pred = i === 5 ? "Sangat Tinggi" : predikat(shown);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        cp: fx(cp),
        pred,
        t26: x.t26,
        c26: fx(f(c.a("t26"))),
        st: cap(x, x.t26) >= 90 ? "on track" : "perlu percepatan",
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: PoU dan desa rentan rawan pangan semakin kecil semakin baik; capaian = (2 x target - realisasi) : target x 100.",
    "Predikat (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Pagat Hilir, 26 Februari 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan", "Kabupaten Haruyan Hulu,"],
    nama: "Hj. SITI NORHALIZAH, S.P., M.P.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19741105 199903 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, T = "t") => `ROUND((2*${a(T, id)}-${a("r", id)})/${a(T, id)}*100,2)`;
  const plain = (id: string, T = "t") => `ROUND(${a("r", id)}/${a(T, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cp", "i5") },
    rules: ["capaian-mismatch"],
    note: "desa rentan rawan pangan (lower is better) capaian = 11.2 / 10 x 100 = 112.00; the refleksi of the note gives (2 x 10 - 11.2) / 10 x 100 = 88.00",
    truth: refl("i5"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i6") },
    rules: ["predikat-mismatch"],
    note: "cadangan pangan capaian 21.4 / 25 x 100 = 85.60 labelled 'Sangat Tinggi'; the band > 75 - 90 is 'Tinggi'",
    truth: `PREDIKAT(${a("cp", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i4"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl("i4"),
    trap: plain("i4"),
  });
  b.ok({
    sheet: S,
    cell: a("c26", "i4"),
    rules: ["capaian-mismatch"],
    truth: refl("i4", "t26"),
    trap: plain("i4", "t26"),
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: plain("i2"),
  });
  b.ok({
    sheet: S,
    cell: a("c26", "i1"),
    rules: ["capaian-mismatch"],
    truth: plain("i1", "t26"),
    trap: plain("i1"),
  });
  b.ok({
    sheet: S,
    cell: a("pred", "i1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cp", "i1")})`,
  });
  return b.finish();
}

type Grp = { g: string; e: number; bobot: number; max: number };

/** Skor PPH 2024 DKP Kabupaten Lembor Timur, group scores capped at their maximum. */
export function skorPphLembor(): BookW {
  const b = new BookW(
    "skor-pph-konsumsi-2024-dkp-kab-lembor-timur.xlsx",
    "Skor Pola Pangan Harapan (PPH) per kelompok pangan with capped scores",
    "No | Kelompok Pangan | 'Energi (kkal/kap/hari)' | '% AKE (2.100 kkal)' | Bobot | 'Skor Riil (% AKE x Bobot)' | 'Skor Maksimal' | 'Skor PPH'; number row (1)..(8); a group's Skor PPH is its Skor Riil or, above it, its Skor Maksimal (typed); JUMLAH row",
  );
  const S = "PPH 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBOR TIMUR",
    "DINAS KETAHANAN PANGAN",
    "Bidang Konsumsi dan Keamanan Pangan",
  ]);
  s.lines(["SITUASI KONSUMSI PANGAN PENDUDUK DAN SKOR PPH KABUPATEN LEMBOR TIMUR TAHUN 2024"], 1, {
    bold: true,
  });
  s.lines(["(hasil Survei Konsumsi Pangan, 420 rumah tangga sampel)"], 1);
  s.gap();
  const xs: Grp[] = [
    { g: "Padi-padian", e: 1302, bobot: 0.5, max: 25 },
    { g: "Umbi-umbian", e: 168, bobot: 0.5, max: 2.5 },
    { g: "Pangan hewani", e: 189, bobot: 2, max: 24 },
    { g: "Minyak dan lemak", e: 176, bobot: 0.5, max: 5 },
    { g: "Buah/biji berminyak", e: 21, bobot: 0.5, max: 1 },
    { g: "Kacang-kacangan", e: 52, bobot: 2, max: 10 },
    { g: "Gula", e: 71, bobot: 0.5, max: 2.5 },
    { g: "Sayur dan buah", e: 98, bobot: 5, max: 30 },
    { g: "Lain-lain", e: 35, bobot: 0, max: 0 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "g", head: ["Kelompok Pangan"], role: "indikator", num: "(2)", width: 22 },
    {
      key: "e",
      head: ["Energi (kkal/kap/hari)"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: "#,##0",
      width: 11,
    },
    {
      key: "ake",
      head: ["% AKE (2.100 kkal)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: "0.0",
      width: 9,
    },
    { key: "bobot", head: ["Bobot"], role: "lainnya", num: "(5)", fmt: "0.0", width: 7 },
    {
      key: "riil",
      head: ["Skor Riil (% AKE x Bobot)"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (4) x (5)",
      fmt: "0.00",
      width: 10,
    },
    { key: "max", head: ["Skor Maksimal"], role: "lainnya", num: "(7)", fmt: "0.0", width: 9 },
    { key: "pph", head: ["Skor PPH"], role: "realisasi", year: 2024, num: "(8)", fmt: "0.0", width: 9 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: `g${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const ake = round((x.e / 2100) * 100, 1);
      const riil = round(ake * x.bobot, 2);
      return {
        no: i + 1,
        g: x.g,
        e: x.e,
        // planted: Gula typed 4.3; 71 / 2,100 x 100 = 3.4 (digits swapped)
        ake: i === 6 ? 4.3 : fx(`ROUND(${c.a("e")}/2100*100,1)`),
        bobot: x.bobot,
        // Lain-lain weighs 0: the office typed its zeros
        riil: x.bobot === 0 ? 0 : fx(`ROUND(${c.a("ake")}*${c.a("bobot")},2)`),
        max: x.max,
        // capped groups get their maximum typed, the others the riil rounded
        pph: riil > x.max || x.bobot === 0 ? x.max : fx(`ROUND(${c.a("riil")},1)`),
      };
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "g"],
    cells: (c) => ({
      no: "JUMLAH",
      e: fx(`SUM(${c.a("e", "g1")}:${c.a("e", "g9")})`),
      ake: fx(`SUM(${c.a("ake", "g1")}:${c.a("ake", "g9")})`),
      max: fx(`SUM(${c.a("max", "g1")}:${c.a("max", "g9")})`),
      // planted: a stale 78.6 from the draft before the sayur dan buah figures were revised
      pph: fx(`SUM(${c.a("pph", "g1")}:${c.a("pph", "g9")})`, 78.6),
    }),
  });
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: Skor PPH kelompok = Skor Riil, paling tinggi Skor Maksimal (padi-padian dan umbi-umbian melebihi skor maksimal).",
    "Target Skor PPH 2024 (RPJMD): 80,0.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Lembor, 18 Desember 2024",
    jabatan: ["Kepala Dinas Ketahanan Pangan", "Kabupaten Lembor Timur,"],
    nama: "MARIA G. SENDA JEHAMAT, S.TP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790427 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ake", "g7") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Gula % AKE typed 4.3 among formulas; 71 / 2,100 x 100 = 3.4 (digits swapped), so its Skor Riil 2.15 should be 1.70",
    truth: `ROUND(${a("e", "g7")}/2100*100,1)`,
    tol: 0.006,
  });
  b.plant({
    at: { sheet: S, cell: a("pph", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Skor PPH =SUM(H..) with a stale 78.6 from the draft; the groups add to 80.9",
    truth: `SUM(${a("pph", "g1")}:${a("pph", "g9")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pph", "g1"),
    rules: ["sum-mismatch", "hardcoded-value", "inconsistent-formula"],
    truth: a("max", "g1"),
    trap: a("riil", "g1"),
  });
  b.ok({
    sheet: S,
    cell: a("ake", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `SUM(${a("ake", "g1")}:${a("ake", "g9")})`,
  });
  b.ok({
    sheet: S,
    cell: a("riil", "g8"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("ake", "g8")}*${a("bobot", "g8")},2)`,
    trap: a("max", "g8"),
  });
  return b.finish();
}
