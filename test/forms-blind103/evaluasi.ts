// An E.81 evaluation of the Renja (Permendagri 86/2017) kept by the Dinas Komunikasi, Informatika,
// Statistik dan Persandian of an invented Banten province office, s.d. Triwulan IV 2024: K | Rp pairs
// over three header rows, the quarters under one group header. Levels (indeks SPBE, persentase) take
// their Triwulan IV value and their latest level; flows (titik, aplikasi, dokumen) add their quarters.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  /** "lvl": a level (quarters are levels); "flow": a count; parents sum their children's Rp */
  kind: "lvl" | "flow";
  kids?: string[];
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: number[];
  rpq?: number[];
};

export function e81Banten(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-diskominfosp-banten-2024.xlsx",
    "E.81 evaluasi Renja (Diskominfo SP)",
    "E.81 of a Diskominfo SP, s.d. Triwulan IV 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) | (6) Realisasi s.d. Renja 2023 | (7) Target Renja 2024 | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) Realisasi Renja 2024 | (13) Realisasi Renstra s.d. 2024 | (14) Tingkat Capaian (%), each K | Rp over three header rows; number row merged over the pairs; Rp program/kegiatan by formula, K levels typed; Unit PD penanggung jawab",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI BANTEN",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "Kawasan Pusat Pemerintahan Provinsi Banten, Jl. Syekh Nawawi Al-Bantani, Serang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI BANTEN",
    "RENJA DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "PERIODE PELAKSANAAN: s.d. TRIWULAN IV TAHUN 2024 (Renstra PD 2022-2026)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "2.16.03",
      nm: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
      ind: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
      sat: "indeks",
      kind: "lvl",
      kids: ["g1"],
      k5: 3.6,
      rp5: 0,
      k6: 2.87,
      rp6: 0,
      k7: 3.2,
      rp7: 0,
      kq: [2.91, 2.98, 3.04, 3.15],
    },
    {
      id: "g1",
      kode: "2.16.03.1.02",
      nm: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Provinsi",
      ind: "Persentase perangkat daerah yang menggunakan layanan SPBE terintegrasi",
      sat: "%",
      kind: "lvl",
      kids: ["s1", "s2"],
      k5: 95,
      rp5: 0,
      k6: 71.05,
      rp6: 0,
      k7: 84.21,
      rp7: 0,
      kq: [73.68, 76.32, 81.58, 86.84],
    },
    {
      id: "s1",
      kode: "2.16.03.1.02.0003",
      nm: "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah dan Akses Internet Desa",
      ind: "Jumlah titik akses internet desa yang dibangun",
      sat: "titik",
      kind: "flow",
      k5: 420,
      rp5: 31_500_000_000,
      k6: 236,
      rp6: 17_218_450_000,
      k7: 90,
      rp7: 6_842_000_000,
      kq: [0, 18, 34, 41],
      rpq: [312_400_000, 1_487_650_000, 2_396_800_000, 2_318_150_000],
    },
    {
      id: "s2",
      kode: "2.16.03.1.02.0007",
      nm: "Integrasi Aplikasi Layanan Publik dan Layanan Administrasi Pemerintahan",
      ind: "Jumlah aplikasi layanan yang terintegrasi ke portal SPBE",
      sat: "aplikasi",
      kind: "flow",
      k5: 60,
      rp5: 8_750_000_000,
      k6: 31,
      rp6: 4_912_300_000,
      k7: 14,
      rp7: 1_925_000_000,
      kq: [2, 3, 4, 5],
      rpq: [186_250_000, 412_700_000, 538_900_000, 671_480_000],
    },
    {
      id: "p2",
      kode: "2.17.02",
      nm: "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
      ind: "Persentase perangkat daerah yang menyampaikan data statistik sektoral tepat waktu",
      sat: "%",
      kind: "lvl",
      kids: ["g2"],
      k5: 100,
      rp5: 0,
      k6: 68.42,
      rp6: 0,
      k7: 86.84,
      rp7: 0,
      kq: [55.26, 65.79, 78.95, 89.47],
    },
    {
      id: "g2",
      kode: "2.17.02.1.01",
      nm: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Provinsi",
      ind: "Persentase data statistik sektoral yang memenuhi prinsip Satu Data Indonesia",
      sat: "%",
      kind: "lvl",
      kids: ["s3"],
      k5: 90,
      rp5: 0,
      k6: 62.5,
      rp6: 0,
      k7: 75,
      rp7: 0,
      kq: [60, 66.5, 71.25, 77.5],
    },
    {
      id: "s3",
      kode: "2.17.02.1.01.0001",
      nm: "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
      ind: "Jumlah dokumen publikasi statistik sektoral yang diterbitkan",
      sat: "dokumen",
      kind: "flow",
      k5: 25,
      rp5: 5_100_000_000,
      k6: 11,
      rp6: 2_264_900_000,
      k7: 5,
      rp7: 1_060_000_000,
      kq: [0, 1, 2, 2],
      rpq: [118_600_000, 247_350_000, 301_900_000, 348_700_000],
    },
  ];
  // parents' Rp constants (5), (6), (7) are sums of the children (typed as the Renja prints them)
  const byId = new Map(L.map((l) => [l.id, l]));
  const leaves = (l: Line): Line[] => (l.kids ? l.kids.flatMap((k) => leaves(byId.get(k)!)) : [l]);
  for (const l of L)
    if (l.kids) {
      const lv = leaves(l);
      l.rp5 = lv.reduce((n, x) => n + x.rp5, 0);
      l.rp6 = lv.reduce((n, x) => n + x.rp6, 0);
      l.rp7 = lv.reduce((n, x) => n + x.rp7, 0);
    }
  const pair = (
    key: string,
    head: string[],
    num: string,
    kr?: Col["role"],
    rr?: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)"],
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
    ...pair("q1", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q2", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q3", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q4", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
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
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14",
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const Q = ["q1", "q2", "q3", "q4"];
  const UNIT: Record<string, string> = {
    "2.16": "Bidang Aplikasi Informatika",
    "2.17": "Bidang Statistik",
  };
  const rows: Row[] = L.map((l, i): Row => ({
    id: l.id,
    bold: !!l.kids,
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        k5: l.k5,
        k6: l.k6,
        k7: l.k7,
        unit: UNIT[l.kode.slice(0, 4)],
      };
      Q.forEach((q, j) => (c[`k${q}`] = l.kq[j]));
      if (l.kind === "lvl") {
        // a level: the year's value is the Triwulan IV level, s.d. 2024 the latest level
        c.k12 = l.kq[3];
        c.k13 = l.kq[3];
      } else {
        c.k12 = fx(Q.map((q) => x.a(`k${q}`)).join("+"));
        c.k13 = fx(`${x.a("k6")}+${x.a("k12")}`);
      }
      const rpKeys = ["5", "6", "7", ...Q, "12", "13"];
      if (l.kids) {
        for (const k of rpKeys) c[`r${k}`] = fx(l.kids.map((id) => x.a(`r${k}`, id)).join("+"));
      } else {
        c.r5 = l.rp5;
        c.r6 = l.rp6;
        c.r7 = l.rp7;
        Q.forEach((q, j) => (c[`r${q}`] = l.rpq![j]));
        // planted: the Rp (12) of the integration sub kegiatan typed, digits swapped
        c.r12 = l.id === "s2" ? 1_890_330_000 : fx(Q.map((q) => x.a(`r${q}`)).join("+"));
        c.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
      }
      // planted: the K (14) of the statistics publication with a stale cached result
      c.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`, l.id === "s3" ? 80 : undefined);
      c.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Catatan:",
    "- Indikator berupa indeks dan persentase merupakan nilai posisi (level): realisasi tahun = capaian Triwulan IV, realisasi s.d. 2024 = capaian terakhir.",
    "- Indikator berupa jumlah (titik, aplikasi, dokumen) dijumlahkan per triwulan.",
    "Faktor pendorong: dukungan jaringan fiber optik Palapa Ring; Faktor penghambat: keterbatasan listrik di desa terpencil.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Serang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA,", "STATISTIK DAN PERSANDIAN PROVINSI BANTEN,"],
    nama: "Ir. HENDRA SURYADIPURA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.16.03.1.02.0007 is a typed 1,890,330,000 among formulas; the four quarters add up to 1,809,330,000",
    truth: Q.map((q) => a(`r${q}`, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the statistics publications (sub kegiatan 2.17.02.1.01.0001) is =ROUND(13/5*100,2) with a stale cached 80.00; (13) = 11 + 5 = 16 dokumen against 25 gives 64.00",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // flows add their quarters, and (13) = (6) + (12)
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: Q.map((q) => a(`k${q}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("r12", id),
      rules: ["sum-mismatch"],
      truth: Q.map((q) => a(`r${q}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("r13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s1")}/${a("r5", "s1")}*100,2)`,
  });
  // levels: (12) K is the Triwulan IV level, (13) K the latest level
  for (const id of ["p1", "g1", "p2", "g2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: Q.map((q) => a(`k${q}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  // the statistics program's Rp adds its one kegiatan
  b.ok({ sheet: S, cell: a("r12", "p2"), rules: ["sum-mismatch"], truth: a("r12", "g2") });
  b.ok({
    sheet: S,
    cell: a("r7", "g1"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  return b.finish();
}
