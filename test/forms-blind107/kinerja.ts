// Performance tables of a Dinas Ketahanan Pangan: the LKjIP 2024 measurement of Nusa Tenggara Timur
// (skor PPH, ketersediaan energi per kapita, desa rawan pangan and PoU lower is better, PSAT memenuhi
// syarat) with realisasi of two earlier years and capaian against the Renstra 2026 target, and the
// PK 2025 of Kepulauan Bangka Belitung beside the IKU targets of its Renstra 2025-2029.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

// ================================================ Dinas Ketahanan Pangan Provinsi NTT, LKjIP 2024

export function lkjipPanganNtt(): BookW {
  const b = new BookW(
    "lkjip-2024-dkp-ntt-pengukuran-kinerja.xlsx",
    "LKjIP pengukuran kinerja (Dinas Ketahanan Pangan)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Ketahanan Pangan Provinsi NTT: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2022 | Realisasi 2023 | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Target Akhir Renstra 2026 | Capaian thd Target Akhir Renstra (%) | Kategori; refleksi formulas for the two lower-is-better rows; Permendagri predikat words; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS KETAHANAN PANGAN"]);
  s.lines([
    "Tabel 3.1 Pengukuran Capaian Indikator Kinerja Utama Dinas Ketahanan Pangan",
    "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya ketersediaan dan keragaman konsumsi pangan masyarakat";
  const S2 = "Menurunnya kerawanan pangan dan meningkatnya keamanan pangan segar";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      r22: 79.8,
      r23: 81.6,
      t: 84.5,
      r: 82.1,
      t26: 92.5,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Ketersediaan energi per kapita",
      sat: "kkal/kapita/hari",
      r22: 2105,
      r23: 2160,
      t: 2150,
      r: 2238,
      t26: 2400,
      f: "#,##0",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah desa rawan pangan",
      sat: "desa",
      r22: 412,
      r23: 356,
      t: 310,
      r: 284,
      t26: 220,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Prevalensi ketidakcukupan konsumsi pangan (PoU)",
      sat: "%",
      r22: 14.9,
      r23: 13.6,
      t: 12.5,
      r: 13.8,
      t26: 10,
      neg: true,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase sampel pangan segar asal tumbuhan yang memenuhi syarat keamanan pangan",
      sat: "%",
      r22: 78.4,
      r23: 80.9,
      t: 90,
      r: 71.3,
      t26: 95,
      f: DEC,
    },
  ];
  const capShown = (x: Ind) =>
    round(x.neg && x.id !== "i4" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "r22", head: ["Realisasi 2022"], role: "realisasi", year: 2022, width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 11 },
    { key: "c26", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", fmt: DEC, width: 12 },
    { key: "kat", head: ["Kategori"], role: "predikat", year: 2024, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: fmt(x.r22, x.f),
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the PoU (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          t26: fmt(x.t26, x.f),
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
          // planted: "Sangat Tinggi" for the PSAT capaian of 79.22 (band > 75 - 90 is Tinggi)
          kat: x.id === "i5" ? "Sangat Tinggi" : predikat(capShown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          c26: fx(`ROUND(AVERAGE(${c.a("c26", "i1")}:${c.a("c26", "i5")}),2)`),
          kat: predikat(round(rows.reduce((n, x) => n + capShown(x), 0) / rows.length)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 4 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "Sumber data PoU dan energi per kapita: Neraca Bahan Makanan dan Susenas (angka sementara).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Kupang, 25 Februari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN", "PROVINSI NUSA TENGGARA TIMUR,"],
    nama: "Ir. YOHANES MARIANUS LEDE, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690812 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the PoU (lower is better by the note) is =ROUND(R/T*100,2) = 110.40; (2 x 12.5 - 13.8) / 12.5 gives 89.60, as the desa rawan pangan row computes",
    truth: refl(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Tinggi' for the PSAT capaian of 79.22 (71.30 against 90); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(R, a("t", x.id)) : rt(R, a("t", x.id)),
        trap: x.neg ? rt(R, a("t", x.id)) : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("c26", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(R, a("t26", x.id)) : rt(R, a("t26", x.id)),
      trap: x.neg ? rt(R, a("t26", x.id)) : undefined,
    });
    if (x.id !== "i4" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("kat", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t26", "i3"), rules: ["target-trend"], truth: "220" });
  return b.finish();
}

// ================================= Dinas Ketahanan Pangan Provinsi Kep. Bangka Belitung, PK 2025

type PkInd = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkPanganBabel(): BookW {
  const b = new BookW(
    "pk-2025-kadis-ketahanan-pangan-babel-dan-iku-renstra.xlsx",
    "PK 2025 and IKU Renstra 2025-2029 targets (Dinas Ketahanan Pangan)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH; sheet 'IKU Renstra 2025-2029': No | Indikator Kinerja Utama | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029 | Penanggung Jawab",
  );
  const S = "PK 2025";
  const R = "IKU Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG", "DINAS KETAHANAN PANGAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Ir. HENDRA KUSUMA WIJAYA, M.Si. - Jabatan : Kepala Dinas Ketahanan Pangan",
    "selanjutnya disebut pihak pertama; Nama : Dr. RUSLAN EFFENDI PURBA, M.M. - Jabatan : Gubernur Kepulauan Bangka Belitung (Penjabat), selanjutnya disebut pihak kedua.",
  ]);
  s.gap();
  const SA = "Meningkatnya ketahanan pangan daerah";
  const SB = "Meningkatnya keamanan pangan segar";
  const rows: PkInd[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      awal: 88.2,
      tg: [89, 90, 91, 92, 93],
      f: DEC,
    },
    {
      id: "r2",
      sas: SA,
      ind: "Ketersediaan energi per kapita",
      sat: "kkal/kap/hari",
      awal: 2210,
      tg: [2250, 2280, 2310, 2340, 2370],
      f: "#,##0",
    },
    {
      id: "r3",
      sas: SA,
      ind: "Jumlah desa rawan pangan",
      sat: "desa",
      awal: 58,
      tg: [52, 46, 40, 35, 30],
      f: "0",
    },
    {
      id: "r4",
      sas: SA,
      ind: "Jumlah cadangan pangan pemerintah provinsi",
      sat: "ton",
      awal: 85,
      tg: [100, 115, 130, 145, 160],
      f: "0",
    },
    {
      id: "r5",
      sas: SB,
      ind: "Persentase sampel pangan segar yang memenuhi syarat keamanan pangan",
      sat: "%",
      awal: 88.5,
      tg: [90, 91, 92, 93, 94],
      f: DEC,
    },
  ];
  // planted: the PK target of the energi per kapita is 2,280, the Renstra 2026 target (2025: 2,250)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: fmt(pkT(x), x.f) },
    })),
  });
  s.gap();
  const progs = [
    {
      id: "p1",
      kode: "2.09.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      rp: 6_918_450_000,
    },
    {
      id: "p2",
      kode: "2.09.02",
      nm: "Program Pengelolaan Sumber Daya Ekonomi untuk Kedaulatan dan Kemandirian Pangan",
      rp: 3_662_500_000,
    },
    {
      id: "p3",
      kode: "2.09.03",
      nm: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
      rp: 1_284_750_000,
    },
    { id: "p4", kode: "2.09.04", nm: "Program Penanganan Kerawanan Pangan", rp: 1_465_000_000 },
    { id: "p5", kode: "2.09.05", nm: "Program Pengawasan Keamanan Pangan", rp: 742_300_000 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 30 },
      { key: "nm", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 11 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        // planted: the JUMLAH stops at the kerawanan pangan program (pengawasan keamanan pangan left out)
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pangkalpinang, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Ketahanan Pangan"],
    nama: "Ir. HENDRA KUSUMA WIJAYA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720415 199803 1 006",
  });

  const r = b.sheet(R);
  letterhead(r, ["DINAS KETAHANAN PANGAN PROVINSI KEPULAUAN BANGKA BELITUNG"]);
  r.lines(["Indikator Kinerja Utama dan Target Renstra Tahun 2025-2029"]);
  r.gap();
  const TG = "Target Tahun";
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 11 },
      ...[2025, 2026, 2027, 2028, 2029].map((y, i): Col => ({
        key: `t${i + 1}`,
        head: [TG, String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 11 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        t1: fmt(x.tg[0], x.f),
        t2: fmt(x.tg[1], x.f),
        t3: fmt(x.tg[2], x.f),
        t4: fmt(x.tg[3], x.f),
        t5: fmt(x.tg[4], x.f),
        ka: fmt(x.tg[4], x.f),
        pj: x.id === "r5" ? "Bidang Keamanan Pangan" : "Bidang Ketersediaan dan Kerawanan Pangan",
      },
    })),
  });
  r.gap();
  r.lines(["Catatan: jumlah desa rawan pangan semakin kecil semakin baik."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: t3.a("t1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the energi per kapita is 2,280, the Renstra 2026 target; the Renstra 2025 target is 2,250",
    truth: `'${R}'!${t3.a("t1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is SUM over the first four programs = 13,330,700,000; with the Program Pengawasan Keamanan Pangan's 742,300,000 it is 14,073,000,000",
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p5")})`,
  });
  for (const x of rows) {
    if (x.id === "r2") continue;
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${t3.a("t1", x.id)}`,
    });
  }
  // traps: kondisi akhir of levels and of the lower-is-better desa rawan pangan is the 2029 target
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: t3.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("t5", x.id),
      trap: `${t3.a("t1", x.id)}+${t3.a("t2", x.id)}+${t3.a("t3", x.id)}+${t3.a("t4", x.id)}+${t3.a("t5", x.id)}`,
    });
  b.ok({ sheet: R, cell: t3.a("t5", "r3"), rules: ["target-trend", "target-outlier"], truth: "30" });
  return b.finish();
}
