// Money tables of the Dinas Pendidikan of two provinces on pendidikan khusus: an E.81 evaluation of
// the Renja 2024 of the Dinas Pendidikan dan Kebudayaan of Nusa Tenggara Barat (K | Rp pairs, in
// thousands of rupiah) and a T-C.27 of the Renstra 2025-2029 of the Dinas Pendidikan of Sulawesi
// Tengah (ordinal years, in thousands of rupiah). Every name and number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81SlbNtb(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-pendidikan-khusus-dikbud-ntb.xlsx",
    "E.81 evaluasi hasil Renja (pendidikan khusus)",
    "E.81 of the Dikbud NTB for 2024, kegiatan Pengelolaan Pendidikan Khusus: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) s.d. 2023 | (7) Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp, in thousands; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Pendidikan No. 19 Mataram",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI NTB",
    "Renja Tahun 2024 (s.d. Triwulan IV), Renstra 2024-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.01.02.2.04.0002",
      nm: "Pembangunan Ruang Kelas Baru Sekolah Luar Biasa",
      ind: "Jumlah ruang kelas baru SLB yang dibangun",
      sat: "ruang",
      level: false,
      k5: 40,
      rp5: 18_400_000,
      k6: 14,
      rp6: 6_230_000,
      k7: 12,
      rp7: 5_640_000,
      kq: [0, 4, 5, 3],
      rpq: [0, 1_820_500, 2_240_750, 1_356_300],
    },
    {
      id: "s2",
      kode: "1.01.02.2.04.0015",
      nm: "Pengadaan Perlengkapan Sekolah dan Sarana Aksesibilitas SLB",
      ind: "Persentase SLB negeri dengan sarana pembelajaran khusus memadai",
      sat: "%",
      level: true,
      k5: 85,
      rp5: 9_750_000,
      k6: 61.5,
      rp6: 2_985_400,
      k7: 70,
      rp7: 3_120_000,
      kq: ["-", "-", 64.29, 71.43],
      rpq: [412_300, 786_950, 1_034_800, 842_650],
    },
    {
      id: "s3",
      kode: "1.01.02.2.04.0019",
      nm: "Peningkatan Kompetensi Guru Pembimbing Khusus dan Guru SLB",
      ind: "Jumlah guru pembimbing khusus yang mengikuti diklat",
      sat: "orang",
      level: false,
      k5: 600,
      rp5: 4_500_000,
      k6: 210,
      rp6: 1_512_800,
      k7: 150,
      rp7: 1_180_000,
      kq: [25, 40, 50, 35],
      rpq: [96_400, 318_250, 402_900, 327_150],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 14 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran", 2026),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const tail = (c: Ctx, out: Record<string, Cell>, level: boolean) => {
    out.k12 = level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
    out.k13 = level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
    out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
    out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
    out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
  };
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
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
        pj: "Bidang PK dan PLK",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      // planted: s3's Rp (12) is a SUM over the range, which takes the K of Triwulan II-IV too
      out.rp12 =
        x.id === "s3" ? fx(`SUM(${c.a("rpq1")}:${c.a("rpq4")})`) : fx(qr.map((k) => c.a(k)).join("+"));
      tail(c, out, x.level);
      return out;
    },
  });
  const rpSum = ["rp5", "rp6", ...qr, "rp12"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1.1",
        kode: "1.01.02.2.04",
        nm: "Pengelolaan Pendidikan Khusus",
        ind: "Persentase SLB negeri yang memenuhi standar sarana dan prasarana",
        sat: "%",
        k5: 75,
        k6: 58,
        k7: 64,
        kq1: "-",
        kq2: "-",
        kq3: "-",
        kq4: 66.67,
        // planted: typed, digits swapped (the three sub kegiatan give 9,940,000)
        rp7: 9_490_000,
        pj: "Bidang PK dan PLK",
      };
      for (const k of rpSum) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      tail(c, out, true);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1",
        kode: "1.01.02",
        nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
        ind: "Angka Partisipasi Sekolah (APS) anak berkebutuhan khusus usia 7-18 tahun",
        sat: "%",
        k5: 52,
        k6: 44.8,
        k7: 47,
        kq1: "-",
        kq2: "-",
        kq3: "-",
        kq4: 45.6,
        pj: "Dinas Dikbud",
      };
      for (const k of [...rpSum, "rp7"]) out[k] = fx(c.a(k, "keg"));
      tail(c, out, true);
      return out;
    },
  };
  const kAvg = round(
    subs.reduce((n, x) => n + round(((x.level ? (x.kq[3] as number) : x.k6 + sum4(x.kq)) / x.k5) * 100), 0) /
      3,
  );
  const rpShown = (x: Sub) => x.rp6 + x.rpq.reduce((a, v) => a + v, 0) + (x.id === "s3" ? 125 : 0);
  const rpAvg = round(subs.reduce((n, x) => n + round((rpShown(x) / x.rp5) * 100), 0) / 3);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(kAvg), rp14: predikat(rpAvg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK fisik SLB dan kerja sama dengan Balai Layanan Disabilitas.",
    "Faktor penghambat: pembangunan RKB Triwulan I tertunda karena lahan SLB Negeri 2 belum bersertifikat.",
    "Tindak lanjut: percepatan sertifikasi lahan dan penjadwalan diklat GPK sejak Triwulan I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Mataram, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "PROVINSI NUSA TENGGARA BARAT"],
    nama: "Drs. H. Lalu Muhammad Sakti, M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19690412 199403 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp 2024 (12) of sub kegiatan 1.01.02.2.04.0019 is SUM over the K | Rp range of the four quarters, so it adds the K of Triwulan II-IV (40 + 50 + 35 orang) to the rupiah: 1,144,825 instead of 1,144,700",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp7", "keg") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Anggaran Renja 2024 of kegiatan 1.01.02.2.04 is a typed 9,490,000 among SUM formulas; its three sub kegiatan give 9,940,000 (digits swapped)",
    truth: `${a("rp7", "s1")}+${a("rp7", "s2")}+${a("rp7", "s3")}`,
  });
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("kq3", "s2")}+${a("kq4", id)}`,
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
    cell: a("k13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("rp5", "s1")}+${a("rp5", "s2")}+${a("rp5", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

function sum4(xs: Array<number | "-">): number {
  return xs.reduce((n: number, v) => n + (typeof v === "number" ? v : 0), 0);
}

// ================================== T-C.27 Dinas Pendidikan Provinsi Sulawesi Tengah, Renstra 2025-2029

type Tc = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow: boolean;
};

export function tc27SlbSulteng(): BookW {
  const b = new BookW(
    "tc27-pendanaan-pendidikan-khusus-disdik-sulteng.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (pendidikan khusus)",
    "T-C.27 of the Disdik Sulawesi Tengah, Renstra 2025-2029, in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit | Lokasi; number row with '17 = 7+9+11+13+15'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI TENGAH", "DINAS PENDIDIKAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Pendidikan Provinsi Sulawesi Tengah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Tc[] = [
    {
      id: "a",
      kode: "1.01.02.2.04.0002",
      nm: "Pembangunan Ruang Kelas Baru SLB",
      ind: "Jumlah ruang kelas baru SLB yang dibangun",
      sat: "ruang",
      awal: 9,
      k: [12, 10, 10, 8, 8],
      rp: [3_360_000, 2_950_000, 3_020_000, 2_480_000, 2_560_000],
      flow: true,
    },
    {
      id: "b",
      kode: "1.01.02.2.04.0015",
      nm: "Pengadaan Perlengkapan dan Sarana Aksesibilitas SLB",
      ind: "Persentase SLB dengan alat peraga dan sarana aksesibilitas memadai",
      sat: "%",
      awal: 52,
      // planted: 65 typed as 6.5 in the third year
      k: [55, 60, 6.5, 70, 75],
      rp: [1_850_000, 1_920_000, 2_040_000, 2_110_000, 2_260_000],
      flow: false,
    },
    {
      id: "c",
      kode: "1.01.02.2.04.0019",
      nm: "Peningkatan Kompetensi Guru Pembimbing Khusus",
      ind: "Jumlah guru pembimbing khusus yang mengikuti diklat",
      sat: "orang",
      awal: 95,
      k: [120, 120, 150, 150, 160],
      rp: [640_000, 655_000, 720_000, 735_000, 780_000],
      flow: true,
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "kk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 9,
    },
    {
      key: "rk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const rpSum = (c: Ctx) => fx(Y.map((y) => c.a(`r${y}`)).join("+"));
  const kOf = (x: Tc, c: Ctx): Record<string, Cell> => {
    const out: Record<string, Cell> = {
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      awal: x.awal,
      pj: "Bidang PK-PLK",
      lok: "13 kab/kota",
    };
    Y.forEach((y) => (out[`k${y}`] = x.k[y - 1]));
    out.kk = x.flow ? fx(Y.map((y) => c.a(`k${y}`)).join("+")) : x.k[4];
    return out;
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (c) => {
          const out = kOf(
            {
              id: "prog",
              kode: "1.01.02",
              nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
              ind: "Persentase anak berkebutuhan khusus usia sekolah yang terlayani pendidikan",
              sat: "%",
              awal: 41.2,
              k: [43, 45, 47.5, 50, 52.5],
              flow: false,
            },
            c,
          );
          Y.forEach((y) => (out[`r${y}`] = fx(c.a(`r${y}`, "keg"))));
          out.rk = rpSum(c);
          out.pj = "Dinas Pendidikan";
          return out;
        },
      },
      {
        id: "keg",
        cells: (c) => {
          const out = kOf(
            {
              id: "keg",
              kode: "1.01.02.2.04",
              nm: "Pengelolaan Pendidikan Khusus",
              ind: "Jumlah SLB negeri yang memenuhi standar sarana dan prasarana",
              sat: "sekolah",
              awal: 14,
              k: [16, 18, 20, 22, 24],
              flow: false,
            },
            c,
          );
          Y.forEach((y) => (out[`r${y}`] = fx(`SUM(${c.a(`r${y}`, "a")}:${c.a(`r${y}`, "c")})`)));
          out.rk = rpSum(c);
          return out;
        },
      },
      ...subs.map((x): Row => ({
        id: x.id,
        cells: (c) => {
          const out = kOf(x, c);
          Y.forEach((y) => (out[`r${y}`] = x.rp![y - 1]));
          // planted: c's kondisi akhir Rp is typed, the fifth year left out
          out.rk = x.id === "c" ? 2_750_000 : rpSum(c);
          return out;
        },
      })),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: target kinerja sub kegiatan jumlah (ruang, orang) bersifat kumulatif; target persentase adalah capaian pada tahun berkenaan.",
  ]);
  signature(s, 14, {
    tempat: "Palu, 20 Maret 2025",
    jabatan: ["Kepala Dinas Pendidikan", "Provinsi Sulawesi Tengah,"],
    nama: "Dr. Yusuf Lamarauna, S.Pd., M.Si.",
    nip: "19720815 199802 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumK = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const sumR = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k3", "b") },
    rules: ["target-outlier", "target-trend"],
    note: "Target Tahun ke-3 (2027) of the SLB with sarana memadai is 6.5 % between 60 and 70: 65 typed without its last digit",
    truth: `ROUND((${a("k2", "b")}+${a("k4", "b")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rk", "c") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 1.01.02.2.04.0019 is a typed 2,750,000 (years 1-4 only); the five years give 3,530,000",
    truth: sumR("c"),
  });
  b.ok({
    sheet: S,
    cell: a("kk", "a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: sumK("a"),
    trap: a("k5", "a"),
  });
  b.ok({
    sheet: S,
    cell: a("kk", "keg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "keg"),
    trap: sumK("keg"),
  });
  b.ok({
    sheet: S,
    cell: a("kk", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: sumK("prog"),
  });
  b.ok({ sheet: S, cell: a("rk", "a"), rules: ["kondisi-akhir-mismatch"], truth: sumR("a") });
  b.ok({
    sheet: S,
    cell: a("r1", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r1", "a")}+${a("r1", "b")}+${a("r1", "c")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r1", "prog"),
    rules: ["sum-mismatch"],
    truth: a("r1", "keg"),
    trap: `SUM(${a("r1", "keg")}:${a("r1", "c")})`,
  });
  return b.finish();
}
