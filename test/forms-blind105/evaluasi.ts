// Evaluation tables of two RSUD run as BLUD: the E.81 evaluasi hasil Renja 2024 of the RSUD of an
// East Java kota (K | Rp pairs under "Kinerja" / "Keuangan", three header rows, BOR and the indeks
// kepuasan are levels, visits and inpatients are flows), and the monthly recap of the pelayanan
// indicators (BOR, ALOS, BTO, NDR, GDR) kept by the rekam medis unit of a Kalimantan Tengah provincial
// RSUD, with a yearly row that is the ratio of the totals. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ================================================= RSUD Kota Kaliwaru (Jawa Timur), E.81 Renja 2024

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5: number;
  rp6: number;
  rp7: number;
  rpq: number[];
  bold?: boolean;
};

const addRp = (xs: E[], key: "rp5" | "rp6" | "rp7"): number => xs.reduce((n, x) => n + x[key], 0);
const addQ = (xs: E[]): number[] => [0, 1, 2, 3].map((j) => xs.reduce((n, x) => n + x.rpq[j], 0));

export function e81Rsud(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-rsud-kota-kaliwaru-2024.xlsx",
    "E.81 evaluasi hasil Renja (RSUD BLUD)",
    "E.81 s.d. Triwulan IV 2024 of the RSUD of an East Java kota (Renstra 2021-2026): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja 2023 | (7) Target Renja 2024 | (8)-(11) Realisasi Triwulan I-IV | (12) | (13) | (14) each Kinerja | Keuangan (Rp) under three header rows; typed values as exported from SIPD; BOR and indeks kepuasan are levels; rata-rata and predikat footer",
  );
  const S = "E.81 RSUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA KALIWARU",
    "RUMAH SAKIT UMUM DAERAH dr. R. SOETJIPTO KOTA KALIWARU",
    "Jl. Raya Panglima Sudirman No. 118 Kaliwaru - Telp. (0343) 421 770",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA KALIWARU",
    "RENJA RSUD dr. R. SOETJIPTO KOTA KALIWARU PERIODE PELAKSANAAN: s.d. TRIWULAN IV TAHUN 2024",
    "Indikator dan target kinerja Renstra RSUD Tahun 2021-2026",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "1.02.01.2.10.0001",
    nm: "Pelayanan dan Penunjang Pelayanan BLUD",
    ind: "Jumlah pasien rawat inap yang dilayani",
    sat: "pasien",
    level: false,
    k5: 96_000,
    k6: 46_350,
    k7: 16_500,
    kq: [3_910, 4_120, 4_285, 4_402],
    rp5: 612_400_000_000,
    rp6: 301_775_420_000,
    rp7: 108_250_000_000,
    rpq: [22_418_650_000, 26_903_115_000, 27_550_870_000, 29_874_214_000],
  };
  const s2: E = {
    id: "s2",
    kode: "1.02.02.2.01.0014",
    nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
    ind: "Jumlah alat kesehatan yang diadakan",
    sat: "unit",
    level: false,
    k5: 420,
    k6: 214,
    k7: 68,
    kq: [0, 12, 31, 25],
    rp5: 38_500_000_000,
    rp6: 19_840_300_000,
    rp7: 6_275_000_000,
    rpq: [0, 1_187_640_000, 2_846_115_000, 2_071_930_000],
  };
  const s3: E = {
    id: "s3",
    kode: "1.02.02.2.01.0026",
    nm: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
    ind: "Jumlah alat kesehatan yang terpelihara sesuai standar",
    sat: "unit",
    level: false,
    k5: 5_400,
    k6: 2_610,
    k7: 980,
    kq: [212, 245, 268, 241],
    rp5: 9_750_000_000,
    rp6: 4_712_450_000,
    rp7: 1_640_000_000,
    rpq: [318_420_000, 402_775_000, 436_910_000, 455_180_000],
  };
  const k1: E = {
    id: "k1",
    kode: "1.02.01.2.10",
    nm: "Peningkatan Pelayanan BLUD",
    ind: "Jumlah kunjungan pasien rawat jalan",
    sat: "kunjungan",
    level: false,
    k5: 1_080_000,
    k6: 528_400,
    k7: 182_000,
    kq: [43_120, 45_870, 46_230, 48_015],
    rp5: s1.rp5,
    rp6: s1.rp6,
    rp7: s1.rp7,
    rpq: s1.rpq,
  };
  const p1: E = {
    id: "p1",
    kode: "1.02.01",
    nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    ind: "Bed Occupancy Ratio (BOR)",
    sat: "%",
    level: true,
    k5: 80,
    k6: 74.2,
    k7: 76,
    kq: [71.3, 73.8, 75.1, 77.4],
    rp5: k1.rp5,
    rp6: k1.rp6,
    rp7: k1.rp7,
    rpq: k1.rpq,
    bold: true,
  };
  const k2: E = {
    id: "k2",
    kode: "1.02.02.2.01",
    nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
    ind: "Persentase alat kesehatan RSUD yang memenuhi standar kalibrasi",
    sat: "%",
    level: true,
    k5: 95,
    k6: 86.5,
    k7: 90,
    kq: [87.2, 88.4, 89.9, 91.3],
    rp5: addRp([s2, s3], "rp5"),
    rp6: addRp([s2, s3], "rp6"),
    rp7: addRp([s2, s3], "rp7"),
    rpq: addQ([s2, s3]),
  };
  const p2: E = {
    id: "p2",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Indeks kepuasan pasien RSUD",
    sat: "indeks",
    level: true,
    k5: 85,
    k6: 82.1,
    k7: 83,
    kq: [81.4, 82, 82.9, 83.6],
    rp5: k2.rp5,
    rp6: k2.rp6,
    rp7: k2.rp7,
    rpq: k2.rpq,
    bold: true,
  };
  const rows = [p1, k1, s1, p2, k2, s2, s3];
  const calc = (x: E) => {
    const k12 = x.level ? x.kq[3] : x.kq.reduce((n, v) => n + v, 0);
    const rp12 = x.rpq.reduce((n, v) => n + v, 0);
    const k13 = x.level ? k12 : x.k6 + k12;
    const rp13 = x.rp6 + rp12;
    return { k12, rp12, k13, rp13, k14: round((k13 / x.k5) * 100), rp14: round((rp13 / x.rp5) * 100) };
  };
  const Kin = "Kinerja";
  const Keu = "Keuangan (Rp)";
  const pair = (
    key: string,
    top: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...top, Kin], role: kr, year, num, width: 10 },
    { key: `rp${key}`, head: [...top, Keu], role: rr, year, num, fmt: RP, width: 17 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const RQ = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2023)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, [RQ, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2024)"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", Kin],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 10,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", Keu],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 10,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const values = (x: E): Record<string, Cell> => {
    const c = calc(x);
    const out: Record<string, Cell> = {
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      k5: x.k5,
      rp5: x.rp5,
      k6: x.k6,
      rp6: x.rp6,
      k7: x.k7,
      rp7: x.rp7,
      k12: c.k12,
      rp12: c.rp12,
      k13: c.k13,
      rp13: c.rp13,
      k14: c.k14,
      rp14: c.rp14,
      pj: x.id.startsWith("p")
        ? "Direktur"
        : x.id === "s1" || x.id === "k1"
          ? "Bidang Pelayanan Medik"
          : "Bidang Penunjang",
    };
    x.kq.forEach((v, j) => (out[`kq${j + 1}`] = v));
    x.rpq.forEach((v, j) => (out[`rpq${j + 1}`] = v));
    return out;
  };
  // planted: Keuangan (12) of sub kegiatan 0014 with two digits swapped (6,150,685,000 instead of 6,105,685,000)
  const s2rp12 = calc(s2).rp12;
  const s2rp12Wrong = 6_150_685_000;
  if (s2rp12 !== 6_105_685_000) throw new Error(`s2 rp12 ${s2rp12}`);
  // planted: capaian (14) K of sub kegiatan 0026 holds the Renja capaian 12 / 7
  const s3k14Wrong = round((calc(s3).k12 / s3.k7) * 100);
  const subs = [s1, s2, s3];
  const shown14 = subs.map((x) => (x.id === "s3" ? s3k14Wrong : calc(x).k14));
  const avg = round(shown14.reduce((n, v) => n + v, 0) / shown14.length);
  let n = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "u", bold: true, cells: { kode: "1.02", nm: "URUSAN PEMERINTAHAN BIDANG KESEHATAN" } },
      ...rows.map((x): Row => {
        const v = values(x);
        if (x.id === "s2") v.rp12 = s2rp12Wrong;
        if (x.id === "s3") v.k14 = s3k14Wrong;
        if (x.id.startsWith("p")) v.no = String(++n);
        return { id: x.id, bold: x.bold, cells: v };
      }),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Rata-rata capaian kinerja (%)", k14: avg },
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: penambahan 24 tempat tidur kelas III dan pendaftaran online rawat jalan.",
    "Faktor penghambat: keterlambatan pengiriman alat kesehatan e-katalog pada triwulan I.",
    "Tindak lanjut: percepatan proses pengadaan alat kesehatan sejak bulan Januari 2025.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Kaliwaru, 15 Januari 2025",
    jabatan: ["Direktur RSUD dr. R. Soetjipto", "Kota Kaliwaru,"],
    nama: "dr. HENDRA WISNUBROTO, Sp.PD., M.M.R.S.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730611 200212 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch"],
    note: "Keuangan (12) of sub kegiatan 1.02.02.2.01.0014 is 6,150,685,000; the four quarters (8)-(11) add up to 6,105,685,000 (and (13) = (6) + (12) was written with 6,105,685,000)",
    truth: ["rpq1", "rpq2", "rpq3", "rpq4"].map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Kinerja (14) of sub kegiatan 1.02.02.2.01.0026 is 98.57, the Renja capaian (12) / (7); (13) / (5) = 3,576 / 5,400 gives 66.22",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // levels: (12) is the Triwulan IV level, (13) the latest level
  for (const id of ["p1", "p2", "k2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: ["kq1", "kq2", "kq3", "kq4"].map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k13", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "k1")}+${a("k12", "k1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch"],
    truth: ["rpq1", "rpq2", "rpq3", "rpq4"].map((k) => a(k, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k14", "p1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("k13", "p1")}/${a("k5", "p1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rp7", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp7", "s2")}+${a("rp7", "s3")}`,
  });
  return b.finish();
}

// ===================================== RSUD Jaya Tingang Provinsi Kalimantan Tengah, rekap bulanan 2024

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
const HARI = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function rekapBulananRsud(): BookW {
  const b = new BookW(
    "rekap-bor-alos-bto-bulanan-rsud-jaya-tingang-2024.xlsx",
    "Rekap bulanan indikator pelayanan rawat inap (RSUD BLUD)",
    "monthly recap 2024 of a Kalimantan Tengah provincial RSUD: No | Bulan | Jumlah TT | Jumlah Hari | 'Pasien Keluar' > Hidup | Mati < 48 Jam | Mati >= 48 Jam | Jumlah | Lama Dirawat | Hari Perawatan | 'Indikator Pelayanan' > BOR | ALOS | BTO | NDR | GDR; number row with formulas '(11)=(10)/((3)x(4))x100'; monthly formulas; a Jumlah/Tahun row where TT is the stock and the indicators are ratios of the totals; a note with the Kemenkes ideal values",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TENGAH",
    "RUMAH SAKIT UMUM DAERAH JAYA TINGANG",
    "Instalasi Rekam Medis dan Informasi Kesehatan",
  ]);
  s.lines(["REKAPITULASI INDIKATOR PELAYANAN RAWAT INAP", "BULAN JANUARI s.d. DESEMBER TAHUN 2024"]);
  s.gap();
  const TT = 245;
  const hidup = [1510, 1422, 1566, 1498, 1603, 1540, 1621, 1655, 1587, 1612, 1570, 1534];
  const m48a = [18, 15, 20, 17, 19, 16, 21, 18, 17, 19, 18, 20];
  const m48b = [29, 26, 31, 27, 30, 28, 33, 29, 27, 30, 28, 31];
  const lama = [6790, 6410, 7105, 6822, 7264, 6950, 7388, 7512, 7190, 7303, 7088, 6940];
  const hp = [6485, 6120, 6804, 6566, 6972, 6690, 7101, 7236, 6903, 7014, 6815, 6650];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "bl", head: ["Bulan"], num: "(2)", width: 12 },
    { key: "tt", head: ["Jumlah Tempat Tidur"], num: "(3)", width: 10 },
    { key: "hr", head: ["Jumlah Hari"], num: "(4)", width: 8 },
    { key: "h", head: ["Pasien Keluar", "Hidup"], num: "(5)", width: 9 },
    { key: "ma", head: ["Pasien Keluar", "Mati < 48 Jam"], num: "(6)", width: 9 },
    { key: "mb", head: ["Pasien Keluar", "Mati >= 48 Jam"], num: "(7)", width: 9 },
    { key: "pk", head: ["Pasien Keluar", "Jumlah (H + M)"], num: "(8)=(5)+(6)+(7)", width: 10 },
    { key: "ld", head: ["Lama Dirawat (hari)"], num: "(9)", width: 10 },
    { key: "hp", head: ["Hari Perawatan"], num: "(10)", width: 10 },
    {
      key: "bor",
      head: ["Indikator Pelayanan", "BOR (%)"],
      role: "realisasi",
      num: "(11)=(10)/((3)x(4))x100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "alos",
      head: ["Indikator Pelayanan", "ALOS (hari)"],
      role: "realisasi",
      num: "(12)=(9)/(8)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "bto",
      head: ["Indikator Pelayanan", "BTO (kali)"],
      role: "realisasi",
      num: "(13)=(8)/(3)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "ndr",
      head: ["Indikator Pelayanan", "NDR (‰)"],
      role: "realisasi",
      num: "(14)=(7)/(8)x1000",
      fmt: DEC,
      width: 9,
    },
    {
      key: "gdr",
      head: ["Indikator Pelayanan", "GDR (‰)"],
      role: "realisasi",
      num: "(15)=((6)+(7))/(8)x1000",
      fmt: DEC,
      width: 9,
    },
  ];
  const ind = (c: { a: (k: string) => string }) => ({
    bor: fx(`ROUND(${c.a("hp")}/(${c.a("tt")}*${c.a("hr")})*100,2)`),
    alos: fx(`ROUND(${c.a("ld")}/${c.a("pk")},2)`),
    bto: fx(`ROUND(${c.a("pk")}/${c.a("tt")},2)`),
    ndr: fx(`ROUND(${c.a("mb")}/${c.a("pk")}*1000,2)`),
    gdr: fx(`ROUND((${c.a("ma")}+${c.a("mb")})/${c.a("pk")}*1000,2)`),
  });
  // planted: August BOR keeps the cached result of July (the formula was copied, the result not refreshed)
  const julBor = round((hp[6] / (TT * 31)) * 100);
  const months: Row[] = BULAN.map((nm, i) => ({
    id: `m${i + 1}`,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        bl: nm,
        tt: TT,
        hr: HARI[i],
        h: hidup[i],
        ma: m48a[i],
        mb: m48b[i],
        pk: fx(`${c.a("h")}+${c.a("ma")}+${c.a("mb")}`),
        ld: lama[i],
        hp: hp[i],
        ...ind(c),
      };
      if (i === 7) out.bor = fx(`ROUND(${c.a("hp")}/(${c.a("tt")}*${c.a("hr")})*100,2)`, julBor);
      return out;
    },
  }));
  const sumCol = (c: { a: (k: string, id?: string) => string }, k: string, last = "m12") =>
    fx(`SUM(${c.a(k, "m1")}:${c.a(k, last)})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...months,
      {
        id: "j",
        bold: true,
        span: ["no", "bl"],
        cells: (c) => ({
          no: "Jumlah / Tahun 2024",
          // the beds are a stock: the year has 245 beds, not twelve times 245
          tt: TT,
          hr: sumCol(c, "hr"),
          h: sumCol(c, "h"),
          ma: sumCol(c, "ma"),
          mb: sumCol(c, "mb"),
          pk: sumCol(c, "pk"),
          // planted: the lama dirawat total stops at November
          ld: sumCol(c, "ld", "m11"),
          hp: sumCol(c, "hp"),
          ...ind(c),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: nilai ideal (Kemenkes) BOR 60-85 %, ALOS 6-9 hari, BTO 40-50 kali setahun, NDR < 25 ‰, GDR < 45 ‰.",
    "Indikator tahunan dihitung dari jumlah setahun, bukan rata-rata indikator bulanan.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Palangka Raya, 8 Januari 2025",
    jabatan: ["Kepala Instalasi Rekam Medis", "dan Informasi Kesehatan,"],
    nama: "YOHANA LIMBAN, A.Md.RMIK., S.K.M.",
    nip: "19840917 200904 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ld", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah lama dirawat is =SUM over Januari-November (${lama.slice(0, 11).reduce((x, y) => x + y, 0)}); with Desember's ${lama[11]} it is ${lama.reduce((x, y) => x + y, 0)} (the yearly ALOS follows it)`,
    truth: `SUM(${a("ld", "m1")}:${a("ld", "m12")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("bor", "m8") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: `BOR Agustus is =ROUND((10)/((3)x(4))*100,2) with the stale cached result of Juli, ${julBor}; 7,236 / (245 x 31) gives ${round((hp[7] / (TT * 31)) * 100)}`,
    truth: `ROUND(${a("hp", "m8")}/(${a("tt", "m8")}*${a("hr", "m8")})*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("tt", "j"),
    rules: ["sum-mismatch"],
    truth: a("tt", "m12"),
    trap: `SUM(${a("tt", "m1")}:${a("tt", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("bor", "j"),
    rules: ["sum-mismatch", "ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("hp", "j")}/(${a("tt", "j")}*${a("hr", "j")})*100,2)`,
    trap: `SUM(${a("bor", "m1")}:${a("bor", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ndr", "j"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("mb", "j")}/${a("pk", "j")}*1000,2)`,
    trap: `SUM(${a("ndr", "m1")}:${a("ndr", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("gdr", "j"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND((${a("ma", "j")}+${a("mb", "j")})/${a("pk", "j")}*1000,2)`,
    trap: `SUM(${a("gdr", "m1")}:${a("gdr", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("hp", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("hp", "m1")}:${a("hp", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("bor", "m7"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("hp", "m7")}/(${a("tt", "m7")}*${a("hr", "m7")})*100,2)`,
  });
  return b.finish();
}
