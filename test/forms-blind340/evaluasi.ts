// E.81, T-C.27 and LKjIP of the 340th set: Dinas Perpustakaan dan Kearsipan of Kabupaten Lembah Sirih
// (Sumatera Barat) and Kota Tanjung Lontar (Kalimantan Selatan). Invented places, people and numbers.
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

const LEMBAH = [
  "PEMERINTAH KABUPATEN LEMBAH SIRIH",
  "DINAS PERPUSTAKAAN DAN KEARSIPAN",
  "Jl. Bundo Kanduang No. 14, Nagari Sirih Gadang",
];
const LONTAR = [
  "PEMERINTAH KOTA TANJUNG LONTAR",
  "DINAS PERPUSTAKAAN DAN KEARSIPAN",
  "Jl. Pangeran Antasari No. 77, Tanjung Lontar",
];

// --------------------------------------------------------------------------------------------- E.81

type E81 = {
  id: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  level?: boolean;
  akhir: [number, Cell];
  sd: [number, Cell];
  t: [number, Cell];
  q: Array<[number, Cell]>;
  /** typed (12) K instead of the quarters' sum */
  k12?: number;
  /** kegiatan ids whose Rp the program sums */
  kids?: string[];
};

const addRp = (x: Ctx, kids: string[], key: string) => fx(kids.map((k) => x.a(key, k)).join("+"));

export function e81Perpustakaan(): BookW {
  const book = new BookW(
    "e81-dispusip-lembah-sirih-tw4-2024-340.xlsx",
    "E.81",
    "E.81 Renja 2024 Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sirih",
  );
  const s = book.sheet("Evaluasi Renja 2024");
  letterhead(s, LEMBAH);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN",
      "Renja Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sirih Tahun 2024 (s.d. Triwulan IV)",
      "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD: Meningkatnya budaya literasi dan tertib arsip",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const R5 = "Target Renstra PD pada Akhir Periode Renstra (2026)";
  const R6 = "Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun 2023";
  const R7 = "Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi";
  const RQ = "Realisasi Kinerja pada Triwulan";
  const R12 = "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024";
  const R13 = "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024";
  const R14 = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)";
  const pair = (
    key: string,
    group: string[],
    n: string,
    roleK: Col["role"],
    roleRp: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [...group, "K"], role: roleK, year, num: n, fmt: "#,##0.##" },
    { key: `${key}r`, head: [...group, "Rp"], role: roleRp, year, num: n, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 16 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    ...pair("c5", [R5], "5", "target", "anggaran"),
    ...pair("c6", [R6], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("c7", [R7], "7", "target", "anggaran", 2024),
    ...pair("q1", [RQ, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q2", [RQ, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q3", [RQ, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q4", [RQ, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("c12", [R12], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("c13", [R13], "13 = 6 + 12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("c14", [R14], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  const items: E81[] = [
    {
      id: "p1",
      kode: "2.23.02",
      uraian: "Program Pembinaan Perpustakaan",
      ind: "Nilai tingkat gemar membaca masyarakat",
      sat: "nilai",
      level: true,
      akhir: [72.5, null],
      sd: [63.8, null],
      t: [66, null],
      q: [
        [64.1, null],
        [64.9, null],
        [65.6, null],
        [66.4, null],
      ],
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "2.23.02.2.01",
      uraian: "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah kunjungan pemustaka ke perpustakaan daerah",
      sat: "orang",
      akhir: [410000, 12600000000],
      sd: [221300, 7120000000],
      t: [88000, 2850000000],
      q: [
        [19450, 512400000],
        [22870, 688150000],
        [21310, 701900000],
        [24960, 873620000],
      ],
      k12: 90590,
    },
    {
      id: "k2",
      kode: "2.23.02.2.02",
      uraian: "Pembudayaan Gemar Membaca",
      ind: "Jumlah perpustakaan desa/nagari yang dibina",
      sat: "unit",
      akhir: [150, 8850000000],
      sd: [84, 4980000000],
      t: [30, 1420000000],
      q: [
        [6, 210350000],
        [9, 389700000],
        [8, 402150000],
        [5, 356800000],
      ],
    },
    {
      id: "p2",
      kode: "2.24.02",
      uraian: "Program Pengelolaan Arsip",
      ind: "Persentase arsip dinamis perangkat daerah yang dikelola sesuai standar",
      sat: "%",
      level: true,
      akhir: [85, null],
      sd: [61.4, null],
      t: [70, null],
      q: [
        [63, null],
        [65.2, null],
        [67.8, null],
        [69.1, null],
      ],
      kids: ["k3"],
    },
    {
      id: "k3",
      kode: "2.24.02.2.01",
      uraian: "Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah berkas arsip dinamis yang ditata",
      sat: "berkas",
      akhir: [60000, 6200000000],
      sd: [31250, 3410000000],
      t: [12000, 1160000000],
      q: [
        [2140, 180200000],
        [3380, 296450000],
        [3515, 318700000],
        [2765, 301050000],
      ],
    },
  ];
  const rows: Row[] = items.map((it) => ({
    id: it.id,
    bold: !!it.kids,
    cells: (x) => {
      const rp = (key: string, v: Cell): Cell => (it.kids ? addRp(x, it.kids, key) : v);
      const c: Record<string, Cell> = {
        kode: it.kode,
        ur: it.uraian,
        ind: it.ind,
        sat: it.sat,
        c5k: it.akhir[0],
        c5r: rp("c5r", it.akhir[1]),
        c6k: it.sd[0],
        c6r: rp("c6r", it.sd[1]),
        c7k: it.t[0],
        c7r: rp("c7r", it.t[1]),
        pj: it.kids
          ? "Kepala Dinas"
          : it.kode.startsWith("2.23")
            ? "Bidang Layanan Perpustakaan"
            : "Bidang Kearsipan",
      };
      it.q.forEach(([k, r], i) => {
        c[`q${i + 1}k`] = k;
        c[`q${i + 1}r`] = rp(`q${i + 1}r`, r);
      });
      const qk = [1, 2, 3, 4].map((i) => x.a(`q${i}k`));
      const qr = [1, 2, 3, 4].map((i) => x.a(`q${i}r`));
      c.c12k = it.level ? fx(`${qk[3]}`) : (it.k12 ?? fx(qk.join("+")));
      c.c12r = fx(qr.join("+"));
      c.c13k = it.level ? fx(x.a("c12k")) : fx(`${x.a("c6k")}+${x.a("c12k")}`);
      c.c13r = fx(`${x.a("c6r")}+${x.a("c12r")}`);
      c.c14k = fx(`ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`);
      c.c14r = fx(`ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`);
      return c;
    },
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["kode", "sat"],
    cells: (x) => ({
      kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
      c14k: fx(`ROUND(AVERAGE(${x.a("c14k", "p1")}:${x.a("c14k", "k3")}),2)`),
      c14r: fx(`ROUND(AVERAGE(${x.a("c14r", "p1")}:${x.a("c14r", "k3")}),2)`),
    }),
  });
  rows.push({
    id: "pred",
    bold: true,
    span: ["kode", "sat"],
    cells: { kode: "Predikat kinerja", c14k: "Sangat Tinggi", c14r: "Sedang" },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines(
    [
      "Faktor pendorong: dukungan Dana Alokasi Khusus non fisik perpustakaan dan gerakan literasi nagari.",
      "Faktor penghambat: keterbatasan pustakawan fungsional dan ruang arsip inaktif (record center).",
      "Tindak lanjut: pengusulan formasi pustakawan dan arsiparis tahun 2025.",
    ],
    1,
  );
  s.gap();
  signature(s, 30, {
    tempat: "Sirih Gadang, 20 Januari 2025",
    jabatan: ["Kepala Dinas Perpustakaan dan Kearsipan", "Kabupaten Lembah Sirih"],
    nama: "Dra. RAHMI SUSANTI, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19690814 199403 2 006",
  });

  const S = s.name;
  const q = (id: string) => [1, 2, 3, 4].map((i) => t.a(`q${i}k`, id)).join("+");
  book.plant({
    at: { sheet: S, cell: t.a("c12k", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(12) K of 2.23.02.2.01 typed 90,590 kunjungan; the four quarters add to 88,590",
    truth: q("k1"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("c14k", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat Sangat Tinggi for an average capaian kinerja of about 79 (Tinggi, > 75-90)",
    truth: `PREDIKAT(${t.a("c14k", "avg")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c12k", "p1"),
    rules: ["sum-mismatch"],
    truth: t.a("q4k", "p1"),
    trap: q("p1"),
  });
  book.ok({
    sheet: S,
    cell: t.a("c13k", "p2"),
    rules: ["sum-mismatch"],
    truth: t.a("q4k", "p2"),
    trap: `${t.a("c6k", "p2")}+${t.a("c12k", "p2")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c12r", "k2"),
    rules: ["sum-mismatch"],
    truth: [1, 2, 3, 4].map((i) => t.a(`q${i}r`, "k2")).join("+"),
  });
  book.ok({
    sheet: S,
    cell: t.a("c14r", "k3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("c13r", "k3")}/${t.a("c5r", "k3")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c14r", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("c14r", "avg")})`,
  });
  return book.finish();
}

// -------------------------------------------------------------------------------------------- T-C.27

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  /** how the kondisi akhir K follows the years */
  akhirK: "last" | "sum";
  akhirRp?: number;
  kids?: string[];
};

export function tc27Perpustakaan(): BookW {
  const book = new BookW(
    "tc27-renstra-dispusip-tanjung-lontar-2025-2029-340.xlsx",
    "T-C.27",
    "T-C.27 Renstra 2025-2029 Dinas Perpustakaan dan Kearsipan Kota Tanjung Lontar",
  );
  const s = book.sheet("T-C.27");
  letterhead(s, LONTAR);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan dan Pendanaan Dinas Perpustakaan dan Kearsipan Kota Tanjung Lontar Tahun 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 15 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"], role: "kondisi-awal", num: 5 },
  ];
  years.forEach((y, i) => {
    cols.push({
      key: `k${i + 1}`,
      head: [G, `Tahun ke-${i + 1} (${y})`, "Target"],
      role: "target",
      year: y,
      num: 6 + 2 * i,
      fmt: "#,##0.##",
    });
    cols.push({
      key: `r${i + 1}`,
      head: [G, `Tahun ke-${i + 1} (${y})`, "Rp"],
      role: "anggaran",
      year: y,
      num: 7 + 2 * i,
      fmt: RP,
    });
  });
  cols.push(
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      fmt: "#,##0.##",
    },
    { key: "ar", head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"], num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
  );
  const items: Tc[] = [
    {
      id: "pa",
      kode: "2.23.02",
      ur: "Program Pembinaan Perpustakaan",
      ind: "Indeks pembangunan literasi masyarakat",
      sat: "nilai",
      awal: 58.4,
      k: [60.5, 62.8, 65, 67.3, 69.5],
      akhirK: "last",
      kids: ["a1", "a2"],
    },
    {
      id: "a1",
      kode: "2.23.02.2.01",
      ur: "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah koleksi bahan pustaka perpustakaan daerah",
      sat: "eksemplar",
      awal: 48250,
      k: [52000, 56500, 61000, 65800, 70500],
      rp: [2380500, 2512000, 2640750, 2788300, 2915600],
      akhirK: "last",
    },
    {
      id: "a2",
      kode: "2.23.02.2.02",
      ur: "Pembudayaan Gemar Membaca",
      ind: "Jumlah perpustakaan kelurahan yang dibina",
      sat: "unit",
      awal: 18,
      k: [24, 26, 28, 30, 32],
      rp: [1145000, 1210400, 1298750, 1356200, 1420900],
      akhirK: "sum",
      akhirRp: 6341250,
    },
    {
      id: "pb",
      kode: "2.24.02",
      ur: "Program Pengelolaan Arsip",
      ind: "Persentase arsip statis yang diselamatkan",
      sat: "%",
      awal: 42,
      k: [48, 54, 60, 66, 72],
      akhirK: "last",
      kids: ["b1", "b2"],
    },
    {
      id: "b1",
      kode: "2.24.03.2.01",
      ur: "Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah berkas arsip dinamis yang ditata",
      sat: "berkas",
      awal: 7400,
      k: [8000, 8200, 8400, 8600, 8800],
      rp: [985300, 1042600, 1101450, 1158000, 1226700],
      akhirK: "sum",
    },
    {
      id: "b2",
      kode: "2.24.02.2.02",
      ur: "Pengelolaan Arsip Statis",
      ind: "Jumlah arsip statis yang diakuisisi",
      sat: "berkas",
      awal: 1050,
      k: [1200, 1350, 1500, 1650, 1800],
      rp: [612400, 655900, 701300, 748250, 790100],
      akhirK: "sum",
    },
  ];
  const rows: Row[] = items.map((it) => ({
    id: it.id,
    bold: !!it.kids,
    cells: (x) => {
      const c: Record<string, Cell> = { kode: it.kode, ur: it.ur, ind: it.ind, sat: it.sat, awal: it.awal };
      it.k.forEach((v, i) => {
        c[`k${i + 1}`] = v;
        c[`r${i + 1}`] = it.kids
          ? fx(`SUM(${x.a(`r${i + 1}`, it.kids[0])}:${x.a(`r${i + 1}`, it.kids[it.kids.length - 1])})`)
          : it.rp![i];
      });
      c.ak = it.akhirK === "last" ? it.k[4] : it.k.reduce((a, b) => a + b, 0);
      c.ar = it.akhirRp ?? fx([1, 2, 3, 4, 5].map((i) => x.a(`r${i}`)).join("+"));
      c.pj = it.kode.startsWith("2.23") ? "Bidang Pengembangan Perpustakaan" : "Bidang Pengelolaan Arsip";
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "repeat", rows });
  s.gap();
  signature(s, 16, {
    tempat: "Tanjung Lontar, 12 Maret 2025",
    jabatan: ["Kepala Dinas Perpustakaan dan Kearsipan"],
    nama: "H. MUHAMMAD RIDHANI, S.Sos, M.AP",
    nip: "19740502 199803 1 004",
  });
  const S = s.name;
  const fiveRp = (id: string) => [1, 2, 3, 4, 5].map((i) => t.a(`r${i}`, id)).join("+");
  const fiveK = (id: string) => [1, 2, 3, 4, 5].map((i) => t.a(`k${i}`, id)).join("+");
  book.plant({
    at: { sheet: S, cell: t.a("ar", "a2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of Pembudayaan Gemar Membaca typed 6,341,250; the five years give 6,431,250",
    truth: fiveRp("a2"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("kode", "b1") },
    rules: ["code-hierarchy"],
    note: "kegiatan 2.24.03.2.01 under program 2.24.02 (Pengelolaan Arsip Dinamis is 2.24.02.2.01)",
    truth: t.a("kode", "pb"),
    actual: `PARENT(${t.a("kode", "b1")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("ak", "a1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k5", "a1"),
    trap: fiveK("a1"),
  });
  book.ok({
    sheet: S,
    cell: t.a("ak", "pb"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k5", "pb"),
    trap: fiveK("pb"),
  });
  book.ok({ sheet: S, cell: t.a("ak", "b2"), rules: ["kondisi-akhir-mismatch"], truth: fiveK("b2") });
  book.ok({
    sheet: S,
    cell: t.a("r3", "pa"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r3", "a1")}+${t.a("r3", "a2")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("ar", "pb"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: fiveRp("pb"),
  });
  return book.finish();
}

// --------------------------------------------------------------------------------------------- LKjIP

type Lk = {
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  pred: string;
  akhir: number;
  stale?: number;
};

export function lkjipPerpustakaan(): BookW {
  const book = new BookW(
    "lkjip-2024-dispusip-lembah-sirih-340.xlsx",
    "LKjIP",
    "LKjIP 2024 Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sirih, Tabel 3.1",
  );
  const s = book.sheet("Tabel 3.1");
  s.lines(
    ["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Dinas Perpustakaan dan Kearsipan Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const S1 = "Meningkatnya budaya gemar membaca masyarakat";
  const S2 = "Meningkatnya kualitas pengelolaan kearsipan daerah";
  const items: Lk[] = [
    {
      sas: S1,
      ind: "Nilai Tingkat Gemar Membaca (TGM)",
      sat: "nilai",
      r23: 63.8,
      t: 66,
      r: 66.4,
      pred: "Sangat Baik",
      akhir: 72.5,
    },
    {
      sas: S1,
      ind: "Persentase perpustakaan desa/nagari yang memenuhi standar nasional",
      sat: "%",
      r23: 18.5,
      t: 24,
      r: 21.6,
      pred: "Baik",
      akhir: 40,
    },
    {
      sas: S1,
      ind: "Rasio koleksi perpustakaan per penduduk",
      sat: "eksemplar/jiwa",
      r23: 0.21,
      t: 0.25,
      r: 0.23,
      pred: "Sangat Baik",
      akhir: 0.3,
    },
    {
      sas: S2,
      ind: "Persentase arsip dinamis yang dikelola sesuai standar",
      sat: "%",
      r23: 61.4,
      t: 70,
      r: 69.1,
      pred: "Sangat Baik",
      akhir: 85,
      stale: 89.71,
    },
    {
      sas: S2,
      ind: "Rata-rata waktu layanan penelusuran arsip (semakin kecil semakin baik)",
      sat: "menit",
      r23: 45,
      t: 40,
      r: 34,
      neg: true,
      pred: "Sangat Baik",
      akhir: 30,
    },
    {
      sas: S2,
      ind: "Persentase arsip statis yang rusak (semakin kecil semakin baik)",
      sat: "%",
      r23: 12.5,
      t: 10,
      r: 11.2,
      neg: true,
      pred: "Sangat Baik",
      akhir: 6,
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: "#,##0.00" },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: "#,##0.00" },
      {
        key: "r",
        head: ["Tahun 2024", "Realisasi"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: "#,##0.00",
      },
      { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(8)", fmt: DEC },
      { key: "p", head: ["Predikat"], role: "predikat", num: "(9)" },
      { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(10)", fmt: "#,##0.00" },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: items.map((it, i) => ({
      id: `i${i + 1}`,
      cells: (x) => ({
        no: i + 1,
        sas: it.sas,
        ind: it.ind,
        sat: it.sat,
        r23: it.r23,
        t: it.t,
        r: it.r,
        c: it.neg
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`, it.stale)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`, it.stale),
        p: it.pred,
        ak: it.akhir,
      }),
    })),
  });
  s.gap();
  s.lines(
    [
      "Catatan: capaian indikator yang semakin kecil semakin baik dihitung (2 x target - realisasi) / target x 100.",
      "Skala predikat: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
    ],
    1,
  );
  const S = s.name;
  const rt = (id: string) => `ROUND(${t.a("r", id)}/${t.a("t", id)}*100,2)`;
  const refl = (id: string) => `ROUND((2*${t.a("t", id)}-${t.a("r", id)})/${t.a("t", id)}*100,2)`;
  book.plant({
    at: { sheet: S, cell: t.a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "stale cached capaian 89.71; 69.1 / 70 gives 98.71",
    truth: rt("i4"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "arsip statis rusak (lower is better) at 88.00 called Sangat Baik; > 75-90 is Baik",
    truth: `PREDIKAT_BAIK(${t.a("c", "i6")})`,
  });
  book.ok({ sheet: S, cell: t.a("c", "i5"), rules: ["capaian-mismatch"], truth: refl("i5"), trap: rt("i5") });
  book.ok({ sheet: S, cell: t.a("c", "i6"), rules: ["capaian-mismatch"], truth: refl("i6"), trap: rt("i6") });
  book.ok({ sheet: S, cell: t.a("c", "i3"), rules: ["capaian-mismatch"], truth: rt("i3") });
  book.ok({
    sheet: S,
    cell: t.a("p", "i2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i2")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("p", "i5"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i5")})`,
  });
  return book.finish();
}
