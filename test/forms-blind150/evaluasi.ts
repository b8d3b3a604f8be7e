// The Dinas Perindustrian dan Perdagangan of an invented Jawa Tengah kabupaten (E.81 evaluation of its
// Renja 2024: metrologi and bahan pokok programs) and of an invented Gorontalo kabupaten (T-C.27 of
// its Renstra 2025-2029 in thousands of rupiah: pasar rakyat revitalisation and IKM). Every name and
// number is invented; codes are Kepmendagri-shaped (3.30 perdagangan, 3.31 perindustrian).
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
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
  kq: number[];
  rpq: number[];
};

export function e81Wonoreja(): BookW {
  const b = new BookW(
    "e81-renja-disperindag-kab-wonoreja-2024.xlsx",
    "E.81 evaluation of the Renja Disperindag (2024)",
    "E.81 s.d. Triwulan IV 2024 of a Disperindag in Jawa Tengah: No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) s.d. Renja tahun lalu (n-2) | (7) Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each K | Rp under a three-row header; number row merged over pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; typed values, levels take Triwulan IV; Rata-rata and Predikat rows",
  );
  const S = "E.81 Disperindag";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WONOREJA",
    "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
    "Jl. Pemuda No. 41 Wonoreja, Jawa Tengah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN WONOREJA",
    "RENJA PERANGKAT DAERAH s.d. TRIWULAN IV TAHUN 2024 (Renstra 2022-2026)",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "pa",
      kode: "3.30.04",
      nm: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
      ind: "Persentase ketersediaan barang kebutuhan pokok di pasar rakyat",
      sat: "%",
      level: true,
      k5: 95,
      rp5: 1_450_000_000,
      k6: 88.6,
      rp6: 547_300_000,
      k7: 91,
      rp7: 312_500_000,
      kq: [86.4, 89.2, 90.1, 92.35],
      rpq: [41_200_000, 78_650_000, 86_900_000, 93_150_000],
    },
    {
      id: "ka",
      kode: "3.30.04.2.01",
      nm: "Penyediaan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah laporan pemantauan harga dan stok barang kebutuhan pokok",
      sat: "laporan",
      level: false,
      k5: 60,
      rp5: 1_450_000_000,
      k6: 36,
      rp6: 547_300_000,
      k7: 12,
      rp7: 312_500_000,
      kq: [3, 3, 3, 3],
      rpq: [41_200_000, 78_650_000, 86_900_000, 93_150_000],
    },
    {
      id: "a1",
      kode: "3.30.04.2.01.0002",
      nm: "Pemantauan Harga dan Stok Barang Kebutuhan Pokok dan Barang Penting",
      ind: "Jumlah pasar rakyat yang dipantau harga dan stoknya",
      sat: "pasar",
      level: false,
      k5: 1_080,
      rp5: 1_450_000_000,
      k6: 648,
      rp6: 547_300_000,
      k7: 216,
      rp7: 312_500_000,
      kq: [54, 54, 54, 54],
      rpq: [41_200_000, 78_650_000, 86_900_000, 93_150_000],
    },
    {
      id: "pb",
      kode: "3.30.06",
      nm: "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 3_175_000_000,
      k6: 74.5,
      rp6: 1_694_820_000,
      k7: 80,
      rp7: 758_400_000,
      kq: [58.1, 63.4, 71.8, 78.25],
      rpq: [0, 0, 0, 0],
    },
    {
      id: "kb",
      kode: "3.30.06.2.01",
      nm: "Pelaksanaan Metrologi Legal, Berupa Tera, Tera Ulang, dan Pengawasan",
      ind: "Jumlah UTTP yang ditera dan ditera ulang",
      sat: "unit",
      level: false,
      k5: 52_000,
      rp5: 3_175_000_000,
      k6: 29_846,
      rp6: 1_694_820_000,
      k7: 11_500,
      rp7: 758_400_000,
      kq: [1_864, 3_215, 3_472, 2_908],
      rpq: [0, 0, 0, 0],
    },
    {
      id: "b1",
      kode: "3.30.06.2.01.0001",
      nm: "Pelaksanaan Metrologi Legal, Berupa Tera, Tera Ulang, dan Pengawasan",
      ind: "Jumlah UTTP yang ditera / ditera ulang di pasar dan SPBU",
      sat: "unit",
      level: false,
      k5: 52_000,
      rp5: 2_475_000_000,
      k6: 29_846,
      rp6: 1_312_470_000,
      k7: 11_500,
      rp7: 556_900_000,
      kq: [1_864, 3_215, 3_472, 2_908],
      rpq: [64_250_000, 108_730_000, 117_900_000, 121_500_000],
    },
    {
      id: "b2",
      kode: "3.30.06.2.01.0003",
      nm: "Pengadaan dan Pemeliharaan Standar Ukuran dan Perlengkapan Metrologi Legal",
      ind: "Jumlah standar ukuran yang dikalibrasi",
      sat: "unit",
      level: false,
      k5: 150,
      rp5: 700_000_000,
      k6: 84,
      rp6: 382_350_000,
      k7: 30,
      rp7: 201_500_000,
      kq: [0, 12, 10, 8],
      rpq: [18_400_000, 52_750_000, 61_300_000, 55_880_000],
    },
  ];
  // the kegiatan / program Rp of the metrologi program are the sums of its two sub kegiatan
  const [b1, b2] = [rows[5], rows[6]];
  for (const x of [rows[3], rows[4]]) x.rpq = b1.rpq.map((v, i) => v + b2.rpq[i]);
  const k12 = (x: E) => (x.level ? x.kq[3] : sum(x.kq));
  const rp12 = (x: E) => sum(x.rpq);
  const k13 = (x: E) => (x.level ? k12(x) : x.k6 + k12(x));
  const rp13 = (x: E) => x.rp6 + rp12(x);
  const k14 = (x: E) => round((k13(x) / x.k5) * 100);
  const rp14 = (x: E) => round((rp13(x) / x.rp5) * 100);
  const P = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 15 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const TQ = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...P("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...P(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...P(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) => P(`q${i + 1}`, [TQ, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024)),
    ...P(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...P(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  // planted values
  const B1_RP12 = 421_380_000; // digits 1 and 2 swapped: the quarters give 412,380,000
  const B2_RP14 = round((rp12(b2) / b2.rp7) * 100); // the Renja serapan 12/7 instead of 13/5
  const row = (x: E, i: number): Row => ({
    id: x.id,
    bold: x.kode.length === 7,
    cells: () => {
      const out: Record<string, Cell> = {
        no: x.kode.length === 7 ? String(i) : undefined,
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
        k12: k12(x),
        rp12: x.id === "b1" ? B1_RP12 : rp12(x),
        k13: k13(x),
        rp13: rp13(x),
        k14: k14(x),
        rp14: x.id === "b2" ? B2_RP14 : rp14(x),
        pj:
          x.kode.length === 7
            ? "Dinas Perindag"
            : x.kode.startsWith("3.30.06")
              ? "UPTD Metrologi Legal"
              : "Bidang Perdagangan",
      };
      x.kq.forEach((v, j) => (out[`kq${j + 1}`] = v));
      x.rpq.forEach((v, j) => (out[`rpq${j + 1}`] = v));
      return out;
    },
  });
  const subs = ["a1", "b1", "b2"];
  const avg = round(sum(rows.filter((x) => subs.includes(x.id)).map(k14)) / 3);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "u", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN BIDANG EKONOMI" } },
      { id: "bd", bold: true, cells: { kode: "3.30", nm: "URUSAN PEMERINTAHAN BIDANG PERDAGANGAN" } },
      ...rows.map((x) => row(x, x.id === "pa" ? 1 : 2)),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "a1")},${c.a("k14", "b1")},${c.a("k14", "b2")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sidang tera ulang keliling di 14 pasar rakyat dan SPBU bekerja sama dengan paguyuban pedagang.",
    "Faktor penghambat: dua anak timbangan standar menunggu kalibrasi ke Balai Standardisasi Metrologi Legal.",
    "Tindak lanjut: penjadwalan tera ulang UTTP pasar pada triwulan I dan pemutakhiran data UTTP per pasar.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Wonoreja, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN", "KABUPATEN WONOREJA"],
    nama: "Drs. BAMBANG SETYO PRAWIRO, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710416 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => [1, 2, 3, 4].map((j) => a(`${p}${j}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "b1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 3.30.06.2.01.0001 is a typed 421,380,000; its four quarters add up to 412,380,000 (two digits swapped)",
    truth: q("rpq", "b1"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "b2") },
    rules: ["capaian-mismatch"],
    note: `Tingkat capaian Rp (14) of sub kegiatan 3.30.06.2.01.0003 is ${B2_RP14}, the Renja serapan 12/7 x 100; 13/5 x 100 = 570,680,000 / 700,000,000 gives 81.53`,
    truth: `ROUND(${a("rp13", "b2")}/${a("rp5", "b2")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV level and the s.d. K the latest level
  for (const id of ["pa", "pb"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq4", id), trap: q("kq", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["ka", "a1", "kb", "b1", "b2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("kq", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const x of rows)
    b.ok({
      sheet: S,
      cell: a("k14", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", x.id)}/${a("k5", x.id)}*100,2)`,
    });
  for (const id of ["pa", "ka", "a1", "b2"])
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: q("rpq", id) });
  for (const id of ["pa", "ka", "a1"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4"])
    b.ok({ sheet: S, cell: a(k, "kb"), rules: ["sum-mismatch"], truth: `${a(k, "b1")}+${a(k, "b2")}` });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "kb"),
    });
  return b.finish();
}

// ======================================= T-C.27 Renstra 2025-2029, Disperindag Kabupaten Limboto Raya

type T = {
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

export function tc27Limboto(): BookW {
  const b = new BookW(
    "tc27-renstra-disperindag-kab-limboto-raya.xlsx",
    "T-C.27 Renstra Disperindag 2025-2029",
    "T-C.27 of a Disperindag in Gorontalo, Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; number row merged over pairs; kegiatan Rp SUM formulas, program Rp = its kegiatan, kondisi akhir Rp SUM; rates take the last target, counts the sum",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LIMBOTO RAYA", "DINAS PERINDUSTRIAN DAN PERDAGANGAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perindustrian dan Perdagangan",
    "Kabupaten Limboto Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: T[] = [
    {
      id: "p1",
      kode: "3.30.03",
      nm: "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      awal: 45.5,
      k: [50, 55, 62.5, 68.75, 75],
      flow: false,
    },
    {
      id: "k1",
      kode: "3.30.03.2.01",
      nm: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
      ind: "Jumlah sarana distribusi perdagangan yang dibangun dan dikelola",
      sat: "unit",
      awal: 16,
      k: [2, 2, 3, 2, 2],
      flow: true,
    },
    {
      id: "s11",
      kode: "3.30.03.2.01.0001",
      nm: "Pembangunan Sarana Distribusi Perdagangan",
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "pasar",
      awal: 1,
      k: [1, 1, 2, 1, 1],
      rp: [1_875_000, 1_940_000, 2_150_000, 1_985_000, 2_020_000],
      flow: true,
    },
    {
      id: "s12",
      kode: "3.30.03.2.01.0004",
      nm: "Pengelolaan Sarana Distribusi Perdagangan",
      ind: "Jumlah laporan pengelolaan dan retribusi pasar rakyat",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [287_400, 305_150, 331_600, 348_200, 362_750],
      flow: true,
    },
    {
      id: "p2",
      kode: "3.31.02",
      nm: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
      ind: "Pertumbuhan jumlah IKM",
      sat: "%",
      awal: 2.85,
      k: [3.2, 3.4, 3.6, 3.8, 4],
      flow: false,
    },
    {
      id: "k2",
      kode: "3.31.02.2.01",
      nm: "Penyusunan, Penerapan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
      ind: "Jumlah dokumen evaluasi rencana pembangunan industri kabupaten",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      flow: true,
    },
    {
      id: "s21",
      kode: "3.31.02.2.01.0002",
      nm: "Pembinaan dan Pengembangan Sentra IKM",
      ind: "Jumlah IKM yang dibina dan difasilitasi",
      sat: "IKM",
      awal: 55,
      k: [60, 60, 70, 70, 80],
      rp: [412_500, 436_800, 468_250, 491_900, 524_300],
      flow: true,
    },
    {
      id: "s22",
      kode: "3.31.02.2.01.0003",
      nm: "Fasilitasi Sertifikasi Halal dan Merek bagi IKM",
      ind: "Jumlah produk IKM yang difasilitasi sertifikasi",
      sat: "produk",
      awal: 35,
      k: [40, 45, 50, 55, 60],
      rp: [156_300, 168_750, 181_200, 193_650, 206_100],
      flow: true,
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(5 + y),
        width: 8,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + y),
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "ak", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: "11", width: 9 },
    { key: "ar", head: [AK, "Rp"], role: "kondisi-akhir", year: 2029, num: "11", fmt: RP, width: 13 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "13", width: 14 },
  ];
  const K1_R3 = 2_418_600; // planted: typed; the two sub kegiatan add up to 2,481,600
  const under: Record<string, string[]> = { k1: ["s11", "s12"], k2: ["s21", "s22"], p1: ["k1"], p2: ["k2"] };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.kode.length === 7,
      cells: (c) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          unit: x.kode.startsWith("3.30") ? "Bidang Perdagangan" : "Bidang Perindustrian",
          lok: "Kabupaten Limboto Raya",
        };
        Y.forEach((y, i) => {
          out[`k${y}`] = x.k[i];
          const u = under[x.id];
          if (x.rp) out[`r${y}`] = x.rp[i];
          else if (x.id === "k1" && y === 3) out.r3 = K1_R3;
          else if (u.length === 1) out[`r${y}`] = fx(c.a(`r${y}`, u[0]));
          else out[`r${y}`] = fx(`SUM(${c.a(`r${y}`, u[0])}:${c.a(`r${y}`, u[1])})`);
        });
        // planted: the IKM growth rate's kondisi akhir is the five yearly rates added up
        out.ak = x.flow ? sum(x.k) : x.id === "p2" ? round(sum(x.k)) : x.k[4];
        out.ar = fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
    "Sumber: Rancangan Akhir Renstra Dinas Perindustrian dan Perdagangan 2025-2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Limboto Raya, 14 Juli 2025",
    jabatan: ["Kepala Dinas Perindustrian dan Perdagangan,"],
    nama: "Hj. RISNAWATY MOHAMAD, S.E., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760823 200212 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r3", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 3.30.03.2.01 is a typed 2,418,600 among SUM formulas; its sub kegiatan add up to 2,150,000 + 331,600 = 2,481,600",
    truth: `${a("r3", "s11")}+${a("r3", "s12")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the IKM growth rate (%) is 18.00, the five yearly rates added up; a rate ends at its Tahun ke-5 target, 4.00",
    truth: a("k5", "p2"),
  });
  for (const x of rows) {
    if (x.id === "p2") continue;
    const all = Y.map((y) => a(`k${y}`, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? Y.map((y) => a(`k${y}`, x.id)).join("+") : a("k5", x.id),
      // a rate ends at the last target (not the sum), a count adds its five years (not the last)
      trap: x.flow ? a("k5", x.id) : all,
    });
  }
  for (const id of ["s11", "s12", "s21", "s22", "k2"])
    b.ok({
      sheet: S,
      cell: a("ar", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s21")}+${a(`r${y}`, "s22")}`,
    });
    if (y !== 3)
      b.ok({
        sheet: S,
        cell: a(`r${y}`, "k1"),
        rules: ["sum-mismatch"],
        truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
      });
  }
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  return b.finish();
}
