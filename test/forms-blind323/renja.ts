// E.81 and T-C.27 of two invented DP3A offices (perlindungan perempuan dan anak, KLA):
// Kabupaten Lembah Sariak (Sumatera Barat) and Kota Bukit Merapu (Kalimantan Timur).
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
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  no: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

const addE = (xs: E[], k: "r5" | "r6" | "r7") => sum(xs.map((x) => x[k]));
const addQ = (xs: E[]) => [0, 1, 2, 3].map((i) => sum(xs.map((x) => x.rq[i])));

/** E.81 DP3A Kabupaten Lembah Sariak, TA 2024 (n-1), Renstra 2022-2026; ordinal (n-2)/(n-1) headers. */
export function e81Dp3a(): BookW {
  const b = new BookW(
    "evaluasi-renja-dp3a-lembah-sariak-323.xlsx",
    "E.81 Evaluasi Renja (DP3A)",
    "E.81 s.d. Triwulan IV 2024 with ordinal (n-2)/(n-1) headers, quarters grouped under one merged header with I..IV over K/Rp, number row merged over pairs, typed 12 and 13, ROUND formulas in 14, rata-rata and predikat footer",
  );
  const S = "E81 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIAK",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Khatib Sulaiman No. 14, Lubuk Sariak",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Lembah Sariak",
    "Renja DP3A Tahun 2024 (n-1) - Renstra Perangkat Daerah Periode 2022-2026",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const a1: E = {
    id: "a1",
    no: "",
    kode: "2.08.03.2.02.0001",
    ur: "Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota",
    ind: "Jumlah pengaduan kasus kekerasan terhadap perempuan yang ditindaklanjuti",
    sat: "kasus",
    level: false,
    k5: 300,
    k6: 171,
    k7: 64,
    q: [14, 17, 16, 19],
    r5: 1_850_000_000,
    r6: 1_046_300_000,
    r7: 395_000_000,
    rq: [61_250_000, 112_400_000, 98_760_000, 104_890_000],
  };
  const a2: E = {
    id: "a2",
    no: "",
    kode: "2.08.03.2.02.0003",
    ur: "Penyediaan Layanan Pengelolaan Kasus bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota",
    ind: "Jumlah kasus yang mendapat pendampingan hukum dan psikologis",
    sat: "kasus",
    level: false,
    k5: 200,
    k6: 109,
    k7: 42,
    q: [9, 11, 10, 12],
    r5: 1_420_000_000,
    r6: 803_150_000,
    r7: 310_500_000,
    rq: [48_900_000, 79_350_000, 83_120_000, 91_480_000],
  };
  const kA: E = {
    id: "kA",
    no: "1.1",
    kode: "2.08.03.2.02",
    ur: "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi Kewenangan Kabupaten/Kota",
    ind: "Jumlah perempuan korban kekerasan yang mendapatkan layanan rujukan lanjutan",
    sat: "orang",
    level: false,
    k5: 450,
    k6: 238,
    k7: 95,
    q: [21, 26, 24, 27],
    r5: addE([a1, a2], "r5"),
    r6: addE([a1, a2], "r6"),
    r7: addE([a1, a2], "r7"),
    rq: addQ([a1, a2]),
  };
  const pA: E = {
    ...kA,
    id: "pA",
    no: "1",
    kode: "2.08.03",
    ur: "PROGRAM PERLINDUNGAN PEREMPUAN",
    ind: "Persentase perempuan korban kekerasan yang mendapatkan layanan komprehensif",
    sat: "%",
    level: true,
    k5: 95,
    k6: 82.5,
    k7: 88,
    q: [84.0, 85.6, 87.1, 89.3],
  };
  const b1: E = {
    id: "b1",
    no: "",
    kode: "2.08.07.2.01.0001",
    ur: "Pencegahan Kekerasan terhadap Anak melalui Penguatan PATBM di Nagari",
    ind: "Jumlah laporan hasil pembinaan PATBM",
    sat: "laporan",
    level: false,
    k5: 60,
    k6: 31,
    k7: 12,
    q: [3, 3, 3, 3],
    r5: 980_000_000,
    r6: 512_700_000,
    r7: 228_000_000,
    rq: [31_400_000, 58_750_000, 66_300_000, 62_150_000],
  };
  const kB: E = {
    ...b1,
    id: "kB",
    no: "2.1",
    kode: "2.08.07.2.01",
    ur: "Pencegahan Kekerasan terhadap Anak yang Melibatkan Para Pihak Lingkup Daerah Kabupaten/Kota",
    ind: "Jumlah kegiatan sosialisasi pencegahan kekerasan terhadap anak",
    sat: "kegiatan",
    k5: 120,
    k6: 61,
    k7: 24,
    q: [4, 7, 8, 6],
  };
  const pB: E = {
    ...kB,
    id: "pB",
    no: "2",
    kode: "2.08.07",
    ur: "PROGRAM PERLINDUNGAN KHUSUS ANAK",
    ind: "Persentase anak korban kekerasan yang mendapatkan layanan",
    sat: "%",
    level: true,
    k5: 100,
    k6: 86,
    k7: 92,
    q: [87.5, 89.0, 90.2, 93.4],
  };
  const pAx: E = { ...pA, r5: kA.r5, r6: kA.r6, r7: kA.r7, rq: kA.rq };
  const rows = [pAx, kA, a1, a2, pB, kB, b1];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  // planted: a1's column 12 Rp typed with two digits swapped (373,700,000; the quarters give 377,300,000)
  const R12A1 = 373_700_000;
  const pair = (
    n: string,
    g: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
    sub?: string,
  ): Col[] => [
    { key: `k${n}`, head: sub ? [g, sub, "K"] : [g, "K"], role, year, num: n, fmt: DEC, width: 8 },
    { key: `r${n}`, head: sub ? [g, sub, "Rp"] : [g, "Rp"], role: rrole, year, num: n, fmt: RP, width: 15 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", TW, "realisasi", "realisasi-anggaran", 2024, "I"),
    ...pair("9", TW, "realisasi", "realisasi-anggaran", 2024, "II"),
    ...pair("10", TW, "realisasi", "realisasi-anggaran", 2024, "III"),
    ...pair("11", TW, "realisasi", "realisasi-anggaran", 2024, "IV"),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  cols[4].num = undefined;
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id.startsWith("p"),
    cells: (x) => ({
      no: e.no || null,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: e.id === "a1" ? R12A1 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      pj:
        e.id.endsWith("A") || e.id.startsWith("a")
          ? "Bidang Perlindungan Perempuan"
          : "Bidang Perlindungan Khusus Anak",
    }),
  }));
  const k14 = rows.map((e) => round((k13(e) / e.k5) * 100));
  const r14 = rows.map((e) => round(((e.r6 + r12(e)) / e.r5) * 100));
  const avgK = round(sum(k14) / k14.length);
  const avgR = round(sum(r14) / r14.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "pA")}:${x.a("k14", "b1")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "pA")}:${x.a("r14", "b1")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: {
          no: "Predikat Kinerja",
          k14: avgK > 90 ? "Tinggi" : avgK > 75 ? "Sangat Tinggi" : "Tinggi",
          r14: predikat(avgR),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: komitmen Forum Nagari Layak Anak dan pendampingan UPTD PPA.",
    "Faktor penghambat: korban enggan melapor; visum et repertum belum gratis di semua puskesmas.",
    "Tindak lanjut: perluasan layanan pengaduan melalui hotline SAPA 129 tingkat kabupaten.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Lubuk Sariak, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK"],
    nama: "Hj. NURHAYATI DT. SINARO, S.Sos., M.Si",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740812 199903 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "a1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of 2.08.03.2.02.0001 typed 373,700,000; the four quarters add up to 377,300,000",
    truth: q("r", "a1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat 'Sangat Tinggi' for an average K capaian of ${avgK}; > 75 to 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["pA", "pB"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["kA", "a2", "kB", "b1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["pA", "kA", "a2", "pB", "kB", "b1"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["pA", "kA", "a1", "a2", "pB", "kB", "b1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "kA"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "a1")}+${a("r7", "a2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r5", "kA"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "a1")}+${a("r5", "a2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  sas?: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  unit: string;
  /** ids of the rows whose Rp this one sums */
  of?: string[];
};

/** T-C.27 DP3A Kota Bukit Merapu, Renstra 2025-2029 (ribuan rupiah), "Tahun ke-" headers, SUM formulas. */
export function tc27Dp3a(): BookW {
  const b = new BookW(
    "renstra-tc27-dp3a-bukit-merapu-323.xlsx",
    "T-C.27 Rencana program dan pendanaan (DP3A)",
    "T-C.27 Renstra 2025-2029 in thousands; Sasaran merged over its rows, no No column; 'Tahun ke-1..5' > Target | Rp (years only in the title); unmerged group headers; number row (1)..(20); program/kegiatan Rp = SUM formulas; kondisi akhir Rp = SUM of years; a second indicator row without a code; JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIT MERAPU", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra DP3A Kota Bukit Merapu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const S1 = "Meningkatnya pemenuhan hak anak";
  const S2 = "Menurunnya kekerasan terhadap anak";
  const P: P[] = [
    {
      id: "p1",
      sas: S1,
      kode: "2.08.06",
      ur: "PROGRAM PEMENUHAN HAK ANAK (PHA)",
      ind: "Nilai evaluasi Kota Layak Anak (KLA)",
      sat: "nilai",
      flow: false,
      awal: 618,
      k: [645, 670, 700, 730, 760],
      unit: "Bidang PHA",
      of: ["k1", "k2"],
    },
    {
      id: "k1",
      sas: S1,
      kode: "2.08.06.2.01",
      ur: "Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha Kewenangan Kabupaten/Kota",
      ind: "Persentase kelurahan yang menginisiasi Kelurahan Layak Anak",
      sat: "%",
      flow: false,
      awal: 35,
      k: [45, 55, 65, 80, 90],
      unit: "Bidang PHA",
      of: ["s11", "s12"],
    },
    {
      id: "s11",
      sas: S1,
      kode: "2.08.06.2.01.0001",
      ur: "Koordinasi dan Sinkronisasi Kebijakan, Program dan Kegiatan Pemenuhan Hak Anak",
      ind: "Jumlah dokumen hasil koordinasi Gugus Tugas KLA",
      sat: "dokumen",
      flow: true,
      awal: 3,
      k: [4, 4, 4, 4, 4],
      rp: [185_400, 196_500, 208_300, 220_800, 234_000],
      unit: "Bidang PHA",
    },
    {
      id: "s12",
      sas: S1,
      kode: "2.08.06.2.01.0005",
      ur: "Penguatan Forum Anak Kota dan Kecamatan",
      ind: "Jumlah laporan kegiatan Forum Anak yang difasilitasi",
      sat: "laporan",
      flow: true,
      awal: 6,
      k: [6, 6, 8, 8, 8],
      rp: [142_750, 150_000, 171_200, 180_900, 192_300],
      unit: "Bidang PHA",
    },
    {
      id: "k2",
      sas: S1,
      kode: "2.08.06.2.02",
      ur: "Penguatan Jejaring antar Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak",
      ind: "Persentase lembaga penyedia layanan anak yang terstandar",
      sat: "%",
      flow: false,
      awal: 32,
      k: [40, 50, 60, 70, 80],
      unit: "Bidang PHA",
      of: ["s21"],
    },
    {
      id: "s21",
      sas: S1,
      kode: "2.08.06.2.02.0001",
      ur: "Fasilitasi Jejaring Layanan Peningkatan Kualitas Hidup Anak",
      ind: "Jumlah laporan hasil fasilitasi jejaring layanan anak",
      sat: "laporan",
      flow: true,
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [96_300, 101_100, 106_200, 111_500, 117_100],
      unit: "Bidang PHA",
    },
    {
      id: "p2",
      sas: S2,
      kode: "2.08.07",
      ur: "PROGRAM PERLINDUNGAN KHUSUS ANAK",
      ind: "Persentase anak korban kekerasan yang ditangani UPTD PPA",
      sat: "%",
      flow: false,
      awal: 88,
      k: [90, 92, 94, 96, 98],
      unit: "UPTD PPA",
      of: ["k3", "k4"],
    },
    {
      id: "k3",
      sas: S2,
      kode: "2.08.07.2.01",
      ur: "Pencegahan Kekerasan terhadap Anak yang Melibatkan Para Pihak Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah kegiatan pencegahan kekerasan terhadap anak",
      sat: "kegiatan",
      flow: true,
      awal: 9,
      k: [10, 12, 12, 14, 14],
      unit: "Bidang PKA",
      of: ["s31"],
    },
    {
      id: "s31",
      sas: S2,
      kode: "2.08.07.2.01.0001",
      ur: "Sosialisasi Pencegahan Kekerasan terhadap Anak di Satuan Pendidikan",
      ind: "Jumlah peserta sosialisasi pencegahan kekerasan",
      sat: "orang",
      flow: true,
      awal: 540,
      k: [600, 700, 750, 800, 850],
      rp: [210_600, 236_900, 248_400, 265_100, 281_700],
      unit: "Bidang PKA",
    },
    {
      id: "s31b",
      sas: S2,
      ind: "Jumlah sekolah sasaran sosialisasi",
      sat: "sekolah",
      flow: true,
      awal: 18,
      k: [20, 25, 25, 30, 30],
      unit: "Bidang PKA",
    },
    {
      id: "k4",
      sas: S2,
      kode: "2.08.07.2.02",
      ur: "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus",
      ind: "Jumlah AMPK yang mendapat layanan",
      sat: "orang",
      flow: true,
      awal: 131,
      k: [140, 150, 160, 170, 180],
      unit: "UPTD PPA",
      of: ["s41", "s42"],
    },
    {
      id: "s41",
      sas: S2,
      kode: "2.08.07.2.02.0003",
      ur: "Penyediaan Layanan Pengelolaan Kasus bagi AMPK",
      ind: "Jumlah kasus AMPK yang dikelola",
      sat: "kasus",
      flow: true,
      awal: 112,
      k: [120, 130, 140, 150, 160],
      rp: [318_200, 334_100, 350_800, 368_300, 386_700],
      unit: "UPTD PPA",
    },
    {
      id: "s42",
      sas: S2,
      kode: "2.08.07.2.02.0005",
      ur: "Penyediaan Layanan Akses Penampungan Sementara bagi AMPK",
      ind: "Jumlah anak yang mendapat layanan rumah aman",
      sat: "orang",
      flow: true,
      awal: 17,
      k: [20, 20, 20, 20, 20],
      rp: [88_400, 92_800, 97_400, 102_300, 107_400],
      unit: "UPTD PPA",
    },
  ];
  const byId = new Map(P.map((p) => [p.id, p]));
  const rpOf = (p: P): number[] =>
    p.rp ?? (p.of ? [0, 1, 2, 3, 4].map((i) => sum(p.of!.map((id) => rpOf(byId.get(id)!)[i]))) : []);
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 17 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(3)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(6)",
      fmt: "#,##0.##",
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${7 + 2 * i})`,
        fmt: "#,##0.##",
        width: 9,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${8 + 2 * i})`,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "kaK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(17)",
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "kaR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "(18)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(19)",
      width: 14,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 14 },
  ];
  const kaK = (p: P) => (p.flow ? sum(p.k) : p.k[4]);
  const body: Row[] = P.map((p) => ({
    id: p.id,
    bold: !!p.of,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
        sas: p.sas,
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        // planted: k1's kondisi akhir is its Tahun ke-4 target (80); Tahun ke-5 is 90
        kaK: p.id === "k1" ? p.k[3] : kaK(p),
        unit: p.unit,
        lok: p.id.startsWith("s4") || p.id === "k4" ? "UPTD PPA Kota Bukit Merapu" : "6 kecamatan",
      };
      Y.forEach((y, i) => {
        c[`t${y}`] = p.k[i];
        if (p.of) c[`r${y}`] = fx(`SUM(${p.of.map((id) => x.a(`r${y}`, id)).join(",")})`);
        else if (p.rp) c[`r${y}`] = p.rp[i];
      });
      if (p.rp || p.of) c.kaR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
      return c;
    },
  }));
  const tot = [0, 1, 2, 3, 4].map((i) => rpOf(byId.get("p1")!)[i] + rpOf(byId.get("p2")!)[i]);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "jml",
        bold: true,
        span: ["sas", "sat"],
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | number | string> = { sas: "JUMLAH" };
          Y.forEach((y) => {
            c[`r${y}`] = fx(`${x.a(`r${y}`, "p1")}+${x.a(`r${y}`, "p2")}`);
          });
          // planted: Tahun ke-3 typed without the rumah aman sub kegiatan
          c.r3 = tot[2] - rpOf(byId.get("s42")!)[2];
          c.kaR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: target Kondisi Akhir untuk indikator persentase dan nilai adalah target Tahun ke-5.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Bukit Merapu, 3 Maret 2025",
    jabatan: ["Kepala Dinas"],
    nama: "dr. RATNA KUSUMA WARDHANI, M.Kes",
    nip: "19790221 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string, p: "t" | "r") => Y.map((y) => a(`${p}${y}`, id)).join(",");
  b.plant({
    at: { sheet: S, cell: a("kaK", "k1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of a percentage is 80, the Tahun ke-4 target; the Tahun ke-5 target is 90",
    truth: a("t5", "k1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `JUMLAH Tahun ke-3 typed ${tot[2] - 97_400}, leaving out the rumah aman sub kegiatan (97,400); the programs add up to ${tot[2]}`,
    truth: `${a("r3", "p1")}+${a("r3", "p2")}`,
  });
  for (const id of ["p1", "p2", "k2"])
    b.ok({
      sheet: S,
      cell: a("kaK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: `SUM(${yrs(id, "t")})`,
    });
  for (const id of ["s11", "s12", "s31", "s31b", "k3", "k4", "s41"])
    b.ok({
      sheet: S,
      cell: a("kaK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${yrs(id, "t")})`,
      trap: id === "s42" ? undefined : a("t5", id),
    });
  for (const id of ["s11", "s12", "k1", "s21", "p2", "s41", "s42"])
    b.ok({
      sheet: S,
      cell: a("kaR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: `SUM(${yrs(id, "r")})`,
    });
  for (const y of [1, 2, 4, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "p1")}+${a(`r${y}`, "p2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k4"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s41")}+${a(`r${y}`, "s42")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r3", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r3", "k1")}+${a("r3", "k2")}`,
  });
  return b.finish();
}
