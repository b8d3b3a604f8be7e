// Evaluation and funding tables of a Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A): the
// E.81 Renja evaluation 2024 of the DP3A of Kota Selaparang (Nusa Tenggara Barat) with typed values and
// "Kinerja | Keuangan" pairs, the T-C.27 of the DP3A of Provinsi Sumatera Utara for its Renstra
// 2025-2029 "(dalam ribuan rupiah)", and the Sumatera Utara recap of violence cases per kabupaten/kota
// with a second table beside it. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ================================================= DP3A Kota Selaparang (NTB), E.81 Renja 2024

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
};

export function e81Selaparang(): BookW {
  const b = new BookW(
    "e81-renja-dp3a-kota-selaparang-2024.xlsx",
    "E.81 Renja evaluation (DP3A, perlindungan khusus anak)",
    "E.81 of the DP3A of Kota Selaparang (NTB) s.d. Triwulan IV 2024, Renstra 2021-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each 'Kinerja | Keuangan (Rp)'; ordinal headers, years only in the title; typed values; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows; faktor pendorong / penghambat below",
  );
  const S = "E.81 DP3A";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SELAPARANG",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Pejanggik No. 27 Selaparang, Nusa Tenggara Barat 83121",
  ]);
  s.lines([
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kota Selaparang",
    "Renja DP3A Kota Selaparang s.d. Triwulan IV Tahun 2024 (Renstra PD 2021-2026)",
  ]);
  s.gap();
  const lines: E[] = [
    {
      id: "prog",
      kode: "2.08.07",
      nm: "PROGRAM PERLINDUNGAN KHUSUS ANAK",
      ind: "Persentase anak korban kekerasan yang mendapat layanan komprehensif",
      sat: "%",
      level: true,
      k5: 100,
      k6: 92.5,
      k7: 95,
      kq: [88.24, 90.91, 93.33, 96.15],
      rp5: 0,
      rp6: 0,
      rp7: 0,
      rpq: [],
    },
    {
      id: "keg",
      kode: "2.08.07.2.02",
      nm: "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus yang Memerlukan Koordinasi Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah anak yang memerlukan perlindungan khusus yang mendapat layanan",
      sat: "anak",
      level: false,
      k5: 600,
      k6: 318,
      k7: 110,
      kq: [24, 31, 27, 22],
      rp5: 0,
      rp6: 0,
      rp7: 0,
      rpq: [],
    },
    {
      id: "s1",
      kode: "2.08.07.2.02.0001",
      nm: "Penyediaan Layanan Pengaduan Masyarakat bagi Anak yang Memerlukan Perlindungan Khusus",
      ind: "Jumlah pengaduan kasus anak yang ditindaklanjuti",
      sat: "kasus",
      level: false,
      k5: 450,
      k6: 236,
      k7: 85,
      kq: [19, 23, 21, 18],
      rp5: 1_150_000_000,
      rp6: 612_400_000,
      rp7: 245_000_000,
      rpq: [48_750_000, 61_320_000, 59_880_000, 66_150_000],
    },
    {
      id: "s2",
      kode: "2.08.07.2.02.0002",
      nm: "Penyediaan Layanan Pengelolaan Kasus bagi Anak yang Memerlukan Perlindungan Khusus",
      ind: "Persentase kasus kekerasan terhadap anak yang tertangani",
      sat: "%",
      level: true,
      k5: 100,
      k6: 90,
      k7: 95,
      kq: [85.71, 91.3, 94.12, 97.06],
      rp5: 2_050_000_000,
      rp6: 1_104_600_000,
      rp7: 418_500_000,
      rpq: [82_400_000, 109_750_000, 98_360_000, 117_890_000],
    },
    {
      id: "s3",
      kode: "2.08.07.2.02.0003",
      nm: "Penyediaan Layanan Pendampingan Hukum bagi Anak yang Memerlukan Perlindungan Khusus",
      ind: "Jumlah anak korban yang mendapat pendampingan hukum",
      sat: "anak",
      level: false,
      k5: 120,
      k6: 58,
      k7: 24,
      kq: [5, 7, 6, 4],
      rp5: 640_000_000,
      rp6: 318_900_000,
      rp7: 132_000_000,
      rpq: [21_300_000, 34_800_000, 38_450_000, 29_750_000],
    },
  ];
  const subs = lines.slice(2);
  // the kegiatan and the program carry the sum of the sub kegiatan money
  for (const id of ["keg", "prog"]) {
    const x = lines.find((l) => l.id === id)!;
    x.rp5 = sum(subs.map((y) => y.rp5));
    x.rp6 = sum(subs.map((y) => y.rp6));
    x.rp7 = sum(subs.map((y) => y.rp7));
    x.rpq = [0, 1, 2, 3].map((q) => sum(subs.map((y) => y.rpq[q])));
  }
  const k12 = (x: E) => (x.level ? x.kq[3] : sum(x.kq));
  const k13 = (x: E) => (x.level ? x.kq[3] : x.k6 + k12(x));
  const rp12 = (x: E) => sum(x.rpq);
  const rp13 = (x: E) => x.rp6 + rp12(x);
  const k14 = (x: E) => round((k13(x) / x.k5) * 100);
  const rp14 = (x: E) => round((rp13(x) / x.rp5) * 100);
  // planted: s1's Keuangan (12) typed with two digits swapped; s3's Kinerja (14) is the Renja capaian 12 / 7
  const s1 = subs[0];
  const s3 = subs[2];
  const rp12s1 = 263_100_000;
  if (rp12(s1) !== 236_100_000) throw new Error("e81 s1");
  const k14s3 = round((k12(s3) / s3.k7) * 100);
  if (k14s3 !== 91.67 || k14(s3) !== 66.67) throw new Error("e81 s3");
  const KIN = "Kinerja";
  const KEU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [head, KIN], role: kRole, year, num, width: 10 } as Col,
    { key: `rp${key}`, head: [head, KEU], role: rpRole, year, num, fmt: RP, width: 16 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  cols.filter((c) => c.key === "rp14").forEach((c) => (c.fmt = DEC));
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const bodyRow = (x: E, i: number): Row => {
    const out: Record<string, Cell> = {
      no: x.id === "prog" || x.id === "keg" ? null : `${i - 1}`,
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
      rp12: x.id === "s1" ? rp12s1 : rp12(x),
      k13: k13(x),
      rp13: rp13(x),
      k14: x.id === "s3" ? k14s3 : k14(x),
      rp14: rp14(x),
      pj: x.id === "prog" ? "DP3A" : "Bidang Perlindungan Anak",
    };
    qk.forEach((k, j) => (out[k] = x.kq[j]));
    qr.forEach((k, j) => (out[k] = x.rpq[j]));
    return { id: x.id, bold: x.id === "prog", cells: out };
  };
  const avgK = round(sum([k14(s1), k14(subs[1]), k14s3]) / 3);
  const avgRp = round(sum(subs.map(rp14)) / 3);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "2", nm: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      {
        id: "bid",
        bold: true,
        cells: {
          kode: "2.08",
          nm: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
        },
      },
      ...lines.map(bodyRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kerja sama UPTD PPA dengan Polresta dan unit layanan terpadu di setiap kecamatan.",
    "Faktor penghambat: terbatasnya tenaga psikolog klinis dan pendamping hukum bersertifikat.",
    "Tindak lanjut: pengusulan formasi psikolog klinis dan kerja sama dengan LBH perguruan tinggi pada Renja 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Selaparang, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK KOTA SELAPARANG,"],
    nama: "Hj. BAIQ NURUL HIDAYATI, S.Psi., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760412 200003 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: "Keuangan (12) of sub kegiatan 2.08.07.2.02.0001 is a typed 263,100,000; Triwulan I-IV add up to 236,100,000 (digits swapped)",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Kinerja (14) of sub kegiatan 2.08.07.2.02.0003 holds the Renja capaian 12 / 7 x 100 = 22 / 24 = 91.67; 13 / 5 x 100 = 80 / 120 gives 66.67",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // levels: the year's Kinerja is the Triwulan IV level, the s.d. Kinerja the latest level
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  }
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

// ========================================= DP3A Provinsi Sumatera Utara, T-C.27 Renstra 2025-2029

type T = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow: boolean;
  rp?: number[];
  f: string;
};

export function tc27Sumut(): BookW {
  const b = new BookW(
    "tc27-renstra-dp3a-provsu-2025-2029.xlsx",
    "T-C.27 Renstra DP3A (pengarusutamaan gender)",
    "T-C.27 of the DP3A of Provinsi Sumatera Utara, Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program, Kegiatan dan Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja PD | Lokasi; number row 1..18; kegiatan Rp = SUM of its sub kegiatan, program Rp = the two kegiatan, kondisi akhir Rp = SUM of the years; typed kondisi akhir K",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA UTARA",
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA",
  ]);
  s.lines([
    "Tabel 6.1 (T-C.27)",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif DP3AKB Provinsi Sumatera Utara Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: T[] = [
    {
      id: "p",
      lvl: "p",
      kode: "2.08.02",
      nm: "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      awal: 71.42,
      tg: [71.85, 72.3, 72.75, 73.2, 73.65],
      flow: false,
      f: DEC,
    },
    {
      id: "k1",
      lvl: "k",
      kode: "2.08.02.1.01",
      nm: "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Provinsi",
      ind: "Persentase perangkat daerah yang menerapkan PPRG",
      sat: "%",
      awal: 54.5,
      tg: [60, 66, 72, 78, 85],
      flow: false,
      f: DEC,
    },
    {
      id: "s11",
      lvl: "s",
      kode: "2.08.02.1.01.0001",
      nm: "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG",
      ind: "Jumlah dokumen kebijakan PUG yang dikoordinasikan",
      sat: "dokumen",
      awal: 2,
      tg: [3, 3, 4, 4, 4],
      flow: true,
      rp: [412_500, 438_750, 465_200, 489_300, 512_800],
      f: INT,
    },
    {
      id: "s12",
      lvl: "s",
      kode: "2.08.02.1.01.0002",
      nm: "Advokasi Kebijakan dan Pendampingan Pelaksanaan PUG termasuk PPRG",
      ind: "Jumlah perangkat daerah yang didampingi penyusunan ARG",
      sat: "PD",
      awal: 12,
      tg: [10, 10, 12, 12, 12],
      flow: true,
      rp: [586_400, 612_900, 648_250, 671_800, 704_150],
      f: INT,
    },
    {
      id: "s14",
      lvl: "s",
      kode: "2.08.02.1.01.0004",
      nm: "Koordinasi Perencanaan, Monitoring dan Evaluasi Pelaksanaan PUG",
      ind: "Jumlah laporan monitoring dan evaluasi PUG kabupaten/kota",
      sat: "laporan",
      awal: 1,
      tg: [2, 2, 2, 2, 2],
      flow: true,
      rp: [298_600, 315_400, 331_750, 347_900, 364_200],
      f: INT,
    },
    {
      id: "k2",
      lvl: "k",
      kode: "2.08.02.1.02",
      nm: "Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi pada Organisasi Kemasyarakatan Kewenangan Provinsi",
      ind: "Persentase organisasi perempuan yang aktif melaksanakan program pemberdayaan",
      sat: "%",
      awal: 61.2,
      tg: [64, 67, 70, 73, 76],
      flow: false,
      f: DEC,
    },
    {
      id: "s21",
      lvl: "s",
      kode: "2.08.02.1.02.0001",
      nm: "Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial dan Ekonomi",
      ind: "Jumlah organisasi kemasyarakatan perempuan yang difasilitasi",
      sat: "lembaga",
      awal: 35,
      tg: [40, 40, 45, 45, 50],
      flow: true,
      rp: [724_300, 758_600, 801_450, 836_900, 879_250],
      f: INT,
    },
    {
      // planted: coded under kegiatan 2.08.02.1.01 while it stands under 2.08.02.1.02
      id: "s23",
      lvl: "s",
      kode: "2.08.02.1.01.0003",
      nm: "Pemberdayaan Perempuan Bidang Ekonomi pada Organisasi Kemasyarakatan Kewenangan Provinsi",
      ind: "Jumlah perempuan pelaku usaha ultra mikro yang dilatih",
      sat: "orang",
      awal: 240,
      tg: [300, 300, 350, 350, 400],
      flow: true,
      rp: [963_750, 1_012_400, 1_068_900, 1_114_350, 1_172_600],
      f: INT,
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
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
        key: `t${y}`,
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
    { key: "ak", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: 16, width: 10 },
    { key: "akr", head: [AK, "Rp"], role: "kondisi-akhir", year: 2029, num: 17, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const subsOf: Record<string, string[]> = { k1: ["s11", "s12", "s14"], k2: ["s21", "s23"], p: ["k1", "k2"] };
  // planted: the IDG's kondisi akhir K is the Tahun ke-4 target
  const akOf = (x: T) => (x.id === "p" ? x.tg[3] : x.flow ? sum(x.tg) : x.tg[4]);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.lvl !== "s",
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          ak: fmt(akOf(x), x.f),
          akr: fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`),
          unit: x.lvl === "s" ? "Bidang PUG dan Pemberdayaan Perempuan" : "DP3AKB",
          lok: "Provinsi Sumatera Utara",
        };
        Y.forEach((y) => {
          out[`t${y}`] = fmt(x.tg[y - 1], x.f);
          if (x.rp) out[`r${y}`] = x.rp[y - 1];
          else if (x.id === "p") out[`r${y}`] = fx(`${c.a(`r${y}`, "k1")}+${c.a(`r${y}`, "k2")}`);
          else {
            const ids = subsOf[x.id];
            out[`r${y}`] = fx(`SUM(${c.a(`r${y}`, ids[0])}:${c.a(`r${y}`, ids[ids.length - 1])})`);
          }
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target indikator berbentuk persentase/indeks = target tahun ke-5; indikator berbentuk jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Medan, 12 Mei 2025",
    jabatan: [
      "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak",
      "dan Keluarga Berencana Provinsi Sumatera Utara,",
    ],
    nama: "Dra. ROSMAIDA BR. SIREGAR, M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690814 199403 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the IDG (an index, a level) is 73.20, the Tahun ke-4 target; the Tahun ke-5 target is 73.65 (the sum would be 362.75)",
    truth: a("t5", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s23") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pemberdayaan Perempuan Bidang Ekonomi is coded 2.08.02.1.01.0003 (kegiatan 2.08.02.1.01) while it stands under kegiatan 2.08.02.1.02; its code is 2.08.02.1.02.0003",
    truth: `${a("kode", "k2")}&".0003"`,
  });
  for (const x of rows) {
    if (x.id !== "p")
      b.ok({
        sheet: S,
        cell: a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? Y.map((y) => a(`t${y}`, x.id)).join("+") : a("t5", x.id),
        // a rate's kondisi akhir is the last target, a count of documents or people the sum
        trap: x.flow ? a("t5", x.id) : Y.map((y) => a(`t${y}`, x.id)).join("+"),
      });
    b.ok({
      sheet: S,
      cell: a("akr", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, x.id)).join("+"),
    });
  }
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: ["s11", "s12", "s14"].map((id) => a(`r${y}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
      // the program adds its two kegiatan, not every row beneath it
      trap: `SUM(${a(`r${y}`, "k1")}:${a(`r${y}`, "s23")})`,
    });
  }
  for (const id of ["s11", "s12", "s14"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "k2"),
  });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "p"),
    });
  return b.finish();
}

// ====================== DP3A Provinsi Sumatera Utara, rekap kasus kekerasan per kabupaten/kota 2024

type K = { id: string; nm: string; lp: number; la: number; tp: number; ta: number };

export function rekapKasusSumut(): BookW {
  const b = new BookW(
    "rekap-kasus-kekerasan-pa-kabkota-sumut-2024.xlsx",
    "sector recap: kasus kekerasan tertangani per kabupaten/kota (DP3A)",
    "Rekap 2024 of the DP3A of Provinsi Sumatera Utara (SIMFONI-PPA): Tabel 1 No | Kabupaten/Kota | 'Kasus Dilaporkan' > Perempuan | Anak | Jumlah | 'Kasus Tertangani' > Perempuan | Anak | Jumlah | Persentase Tertangani (%); number row '(5)=(3)+(4)', '(8)=(6)+(7)', '(9)=(8)/(5)x100'; JUMLAH row with SUM formulas; Tabel 2 beside it after an empty column: No | Jenis Layanan | Perempuan | Anak | Jumlah with a Jumlah row",
  );
  const S = "Rekap Kasus 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA",
    "PROVINSI SUMATERA UTARA",
  ]);
  s.lines(["Rekapitulasi Kasus Kekerasan terhadap Perempuan dan Anak menurut Kabupaten/Kota Tahun 2024"]);
  s.gap();
  const kk: K[] = [
    { id: "a", nm: "Kota Medan Baru Raya", lp: 214, la: 356, tp: 209, ta: 348 },
    { id: "b", nm: "Kabupaten Dolok Sipirok", lp: 48, la: 71, tp: 46, ta: 68 },
    { id: "c", nm: "Kabupaten Tapian Nauli", lp: 63, la: 95, tp: 60, ta: 91 },
    { id: "d", nm: "Kota Binanga Tua", lp: 37, la: 58, tp: 37, ta: 55 },
    { id: "e", nm: "Kabupaten Serdang Hilir", lp: 92, la: 147, tp: 86, ta: 139 },
    { id: "f", nm: "Kabupaten Labuhan Batang", lp: 64, la: 88, tp: 57, ta: 81 },
    { id: "g", nm: "Kabupaten Samosir Utara", lp: 19, la: 33, tp: 19, ta: 32 },
    { id: "h", nm: "Kota Pematang Sidamanik", lp: 41, la: 62, tp: 39, ta: 60 },
  ];
  // planted: the JUMLAH of the anak tertangani is typed 1,274; the eight rows add up to 874
  const taTyped = 1_274;
  if (sum(kk.map((x) => x.ta)) !== 874) throw new Error("rekap ta");
  const D = "Kasus Dilaporkan";
  const H = "Kasus Tertangani";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", num: "(2)", width: 26 },
      { key: "lp", head: [D, "Perempuan"], num: "(3)", fmt: INT, width: 10 },
      { key: "la", head: [D, "Anak"], num: "(4)", fmt: INT, width: 10 },
      { key: "lj", head: [D, "Jumlah"], num: "(5)=(3)+(4)", fmt: INT, width: 10 },
      { key: "tp", head: [H, "Perempuan"], role: "realisasi", year: 2024, num: "(6)", fmt: INT, width: 10 },
      { key: "ta", head: [H, "Anak"], role: "realisasi", year: 2024, num: "(7)", fmt: INT, width: 10 },
      {
        key: "tj",
        head: [H, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(8)=(6)+(7)",
        fmt: INT,
        width: 10,
      },
      {
        key: "pc",
        head: ["Persentase Tertangani (%)"],
        role: "capaian",
        year: 2024,
        num: "(9)=(8)/(5)x100",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kk.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: x.nm,
          lp: x.lp,
          la: x.la,
          lj: fx(`${c.a("lp")}+${c.a("la")}`),
          tp: x.tp,
          ta: x.ta,
          tj: fx(`${c.a("tp")}+${c.a("ta")}`),
          // planted: Kabupaten Serdang Hilir divides by the perempuan dilaporkan only
          pc: fx(`ROUND(${c.a("tj")}/${c.a(x.id === "e" ? "lp" : "lj")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "JUMLAH",
          lp: fx(`SUM(${c.a("lp", "a")}:${c.a("lp", "h")})`),
          la: fx(`SUM(${c.a("la", "a")}:${c.a("la", "h")})`),
          lj: fx(`SUM(${c.a("lj", "a")}:${c.a("lj", "h")})`),
          tp: fx(`SUM(${c.a("tp", "a")}:${c.a("tp", "h")})`),
          ta: taTyped,
          tj: fx(`SUM(${c.a("tj", "a")}:${c.a("tj", "h")})`),
          pc: fx(`ROUND(${c.a("tj")}/${c.a("lj")}*100,2)`),
        }),
      },
    ],
  });
  // Tabel 2 beside Tabel 1, one empty column between
  const lay: Array<[string, string, number, number]> = [
    ["l1", "Pengaduan dan penjangkauan", 168, 196],
    ["l2", "Layanan kesehatan", 126, 173],
    ["l3", "Pendampingan psikologis", 122, 214],
    ["l4", "Bantuan dan pendampingan hukum", 77, 139],
    ["l5", "Rumah aman / penampungan sementara", 31, 68],
    ["l6", "Reintegrasi sosial dan pemulangan", 29, 84],
  ];
  if (sum(lay.map((x) => x[2])) !== sum(kk.map((x) => x.tp))) throw new Error("rekap tabel 2");
  if (sum(lay.map((x) => x[3])) !== 874) throw new Error("rekap tabel 2 anak");
  const top2 = t.top;
  const left2 = t.right + 2;
  s.put(top2 - 1, left2, "Tabel 2. Kasus Tertangani menurut Layanan Utama", { bold: true });
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], width: 5 },
        { key: "jl", head: ["Jenis Layanan Utama"], role: "indikator", width: 30 },
        {
          key: "p",
          head: ["Jumlah Korban", "Perempuan"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
          width: 10,
        },
        { key: "an", head: ["Jumlah Korban", "Anak"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
        { key: "j", head: ["Jumlah Korban", "Jumlah"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
      ],
      headerRows: 2,
      rows: [
        ...lay.map(([id, jl, p, an], i): Row => ({
          id,
          cells: (c: Ctx) => ({ no: i + 1, jl, p, an, j: fx(`${c.a("p")}+${c.a("an")}`) }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "jl"],
          cells: (c: Ctx) => ({
            no: "Jumlah",
            p: fx(`SUM(${c.a("p", "l1")}:${c.a("p", "l6")})`),
            an: fx(`SUM(${c.a("an", "l1")}:${c.a("an", "l6")})`),
            j: fx(`SUM(${c.a("j", "l1")}:${c.a("j", "l6")})`),
          }),
        },
      ],
    },
    left2,
    top2,
  );
  s.gap();
  s.lines([
    "Sumber: SIMFONI-PPA dan laporan UPTD PPA kabupaten/kota, diolah.",
    "*) Satu korban dihitung satu kali menurut layanan utama yang diterima.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Medan, 20 Februari 2025",
    jabatan: ["Kepala Bidang Perlindungan Hak Perempuan dan Anak,"],
    nama: "JULIANA SIMANJUNTAK, S.H., M.H.",
    pangkat: "Pembina (IV/a)",
    nip: "19780925 200312 2 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "e") },
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    note: "Persentase tertangani of Kabupaten Serdang Hilir is =ROUND(8/3*100,2) = 244.57 (tertangani 225 over the 92 perempuan dilaporkan); (8)/(5) = 225 / 239 gives 94.14",
    truth: `ROUND(${a("tj", "e")}/${a("lj", "e")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ta", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH anak tertangani is a typed 1,274 among SUM formulas; the eight kabupaten/kota add up to 874 (as Tabel 2's Anak column does)",
    truth: `SUM(${a("ta", "a")}:${a("ta", "h")})`,
  });
  for (const x of kk) {
    if (x.id !== "e")
      b.ok({
        sheet: S,
        cell: a("pc", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range", "inconsistent-formula"],
        truth: `ROUND(${a("tj", x.id)}/${a("lj", x.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("tj", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("tp", x.id)}+${a("ta", x.id)}`,
    });
  }
  for (const k of ["lp", "la", "tp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a")}:${a(k, "h")})` });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tj", "tot")}/${a("lj", "tot")}*100,2)`,
    // the total's percentage is the ratio of the totals, not the mean of the rows' percentages
    trap: `ROUND(AVERAGE(${a("pc", "a")}:${a("pc", "h")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("p", "tot"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("tp", "tot"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("p", "tot")}+${t2.a("an", "tot")}`,
  });
  return b.finish();
}
