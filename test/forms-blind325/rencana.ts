// Set 325: the Renja evaluation (E.81) of the Inspektorat Kabupaten Lembah Sialang (Sumatera Barat) and
// the Renstra funding table (T-C.27) of the Inspektorat Kota Teluk Barambai (Kalimantan Selatan).
// Every place, person and number is invented.
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

type Leaf = {
  id: string;
  kode: string;
  ur: string;
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
  rq: number[];
};

/** E.81 s.d. Triwulan IV 2024, ordinal (n-2)/(n-1) headers, no No column, footer rata-rata + predikat. */
export function e81LembahSialang(): BookW {
  const b = new BookW(
    "evaluasi-renja-tw4-2024-inspektorat-lembah-sialang-325.xlsx",
    "E.81 Evaluasi Renja (Inspektorat)",
    "E.81 s.d. Triwulan IV 2024 (Renstra 2021-2026): Kode first (no No column), Satuan column, ordinal (n-2)/(n-1) headers resolved from the title, K/Rp pairs, number row 1..15 merged over pairs, typed col 12, formulas in 13 (flows) and 14, footer Rata-rata + Predikat",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIALANG",
    "INSPEKTORAT DAERAH",
    "Jl. Bundo Kanduang No. 14, Lubuk Sialang - Sumatera Barat",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH SIALANG",
    "Renstra Inspektorat Daerah Tahun 2021-2026",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: Leaf = {
    id: "s1",
    kode: "6.01.02.2.01.0001",
    ur: "Pengawasan Kinerja Pemerintah Daerah",
    ind: "Jumlah laporan hasil audit kinerja OPD",
    sat: "laporan",
    level: false,
    k5: 150,
    k6: 84,
    k7: 32,
    kq: [4, 9, 10, 8],
    rp5: 2_950_000_000,
    rp6: 1_612_400_000,
    rp7: 612_750_000,
    rq: [98_450_000, 164_300_000, 187_620_000, 146_915_000],
  };
  const s2: Leaf = {
    id: "s2",
    kode: "6.01.02.2.01.0003",
    ur: "Reviu Laporan Kinerja",
    ind: "Jumlah laporan hasil reviu LKjIP OPD",
    sat: "laporan",
    level: false,
    k5: 180,
    k6: 104,
    k7: 36,
    kq: [30, 2, 0, 4],
    rp5: 1_840_000_000,
    rp6: 1_015_300_000,
    rp7: 384_200_000,
    rq: [221_560_000, 48_300_000, 35_150_000, 71_480_000],
  };
  const add = (xs: Leaf[], f: (l: Leaf) => number) => sum(xs.map(f));
  const addQ = (xs: Leaf[], f: (l: Leaf) => number[]) => [0, 1, 2, 3].map((i) => sum(xs.map((l) => f(l)[i])));
  const k1: Leaf = {
    id: "k1",
    kode: "6.01.02.2.01",
    ur: "Penyelenggaraan Pengawasan Internal",
    ind: "Jumlah laporan hasil pengawasan internal",
    sat: "laporan",
    level: false,
    k5: add([s1, s2], (l) => l.k5),
    k6: add([s1, s2], (l) => l.k6),
    k7: add([s1, s2], (l) => l.k7),
    kq: addQ([s1, s2], (l) => l.kq),
    rp5: add([s1, s2], (l) => l.rp5),
    rp6: add([s1, s2], (l) => l.rp6),
    rp7: add([s1, s2], (l) => l.rp7),
    rq: addQ([s1, s2], (l) => l.rq),
  };
  const k2: Leaf = {
    id: "k2",
    kode: "6.01.02.2.02",
    ur: "Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
    ind: "Jumlah laporan hasil pemeriksaan khusus / investigatif",
    sat: "laporan",
    level: false,
    k5: 60,
    k6: 31,
    k7: 14,
    kq: [2, 4, 3, 5],
    rp5: 5_060_000_000,
    rp6: 2_784_900_000,
    rp7: 1_049_550_000,
    rq: [186_240_000, 251_880_000, 274_305_000, 318_470_000],
  };
  const p1: Leaf = {
    id: "p1",
    kode: "6.01.02",
    ur: "Program Penyelenggaraan Pengawasan",
    ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
    sat: "%",
    level: true,
    k5: 90,
    k6: 72.4,
    k7: 80,
    kq: [68.5, 71.2, 75.8, 78.6],
    rp5: k1.rp5 + k2.rp5,
    rp6: k1.rp6 + k2.rp6,
    rp7: k1.rp7 + k2.rp7,
    rq: addQ([k1, k2], (l) => l.rq),
  };
  const order = [p1, k1, s1, s2, k2];
  const Q = ["I", "II", "III", "IV"];
  const G5 = "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)";
  const G6 = "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)";
  const G7 = "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi";
  const G12 = "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi";
  const G13 = "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)";
  const G14 = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)";
  const pair = (
    key: string,
    g: string,
    num: number,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [g, "K"], role: kRole, year, num, fmt: DEC },
    { key: `${key}r`, head: [g, "Rp"], role: rRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    ...pair("t5", G5, 5, "target", "anggaran"),
    ...pair("r6", G6, 6, "realisasi", "realisasi-anggaran", 2023),
    ...pair("t7", G7, 7, "target", "anggaran", 2024),
    ...Q.flatMap((q, i): Col[] => [
      {
        key: `q${i}k`,
        head: ["Realisasi Kinerja pada Triwulan", q, "K"],
        role: "realisasi",
        year: 2024,
        num: 8 + i,
        fmt: DEC,
      },
      {
        key: `q${i}r`,
        head: ["Realisasi Kinerja pada Triwulan", q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 8 + i,
        fmt: RP,
        width: 15,
      },
    ]),
    ...pair("r12", G12, 12, "realisasi", "realisasi-anggaran", 2024),
    ...pair("r13", G13, 13, "realisasi", "realisasi-anggaran", 2024),
    ...pair("c14", G14, 14, "capaian", "capaian"),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  const body: Row[] = order.map((l) => ({
    id: l.id,
    bold: l.id === "p1",
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: l.kode,
        ur: l.ur,
        ind: l.ind,
        sat: l.sat,
        t5k: l.k5,
        t5r: l.rp5,
        r6k: l.k6,
        r6r: l.rp6,
        t7k: l.k7,
        t7r: l.rp7,
        // planted below: the TW IV money of .0001 left out of column 12
        r12k: l.level ? l.kq[3] : sum(l.kq),
        r12r: l.id === "s1" ? sum(l.rq.slice(0, 3)) : sum(l.rq),
        r13k: l.level ? l.kq[3] : fx(`${x.a("r6k")}+${x.a("r12k")}`),
        r13r: fx(`${x.a("r6r")}+${x.a("r12r")}`),
        c14k: fx(`ROUND(${x.a("r13k")}/${x.a("t5k")}*100,2)`),
        c14r: fx(`ROUND(${x.a("r13r")}/${x.a("t5r")}*100,2)`),
        pj: l.id === "k2" ? "Irban Khusus" : "Sekretariat / Irban I-IV",
      };
      l.kq.forEach((v, i) => (c[`q${i}k`] = v));
      l.rq.forEach((v, i) => (c[`q${i}r`] = v));
      return c;
    },
  }));
  // the Rp capaian of the five rows as written (the K average is 78.81, Tinggi)
  const rCap = order.map((l) =>
    round(((l.rp6 + (l.id === "s1" ? sum(l.rq.slice(0, 3)) : sum(l.rq))) / l.rp5) * 100, 2),
  );
  const avgR = sum(rCap) / rCap.length;
  const rows: Row[] = [
    ...body,
    {
      id: "avg",
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
        c14k: fx(`AVERAGE(${x.c("c14k")}${x.row("p1")}:${x.c("c14k")}${x.row("k2")})`),
        c14r: fx(`AVERAGE(${x.c("c14r")}${x.row("p1")}:${x.c("c14r")}${x.row("k2")})`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "sat"],
      // planted: the band above 90 for an average of 78.81
      cells: { kode: "Predikat Kinerja", c14k: "Sangat Tinggi", c14r: predikat(avgR) },
    },
  ];
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines(["Faktor pendorong: dukungan pimpinan dan pemanfaatan aplikasi e-Audit."], 2);
  s.lines(["Faktor penghambat: keterbatasan jumlah auditor bersertifikat JFA."], 2);
  s.gap();
  signature(s, 20, {
    tempat: "Lubuk Sialang, 15 Januari 2025",
    jabatan: ["INSPEKTUR KABUPATEN LEMBAH SIALANG"],
    nama: "Drs. Hendri Syofyan Malin, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (l: string, m: "k" | "r") => [0, 1, 2, 3].map((i) => a(`q${i}${m}`, l)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12r", "s1") },
    rules: ["sum-mismatch"],
    truth: q("s1", "r"),
    note: "column 12 Rp of .0001 is 450,370,000: Triwulan IV (146,915,000) left out; the quarters add up to 597,285,000",
  });
  b.plant({
    at: { sheet: S, cell: a("c14k", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14k", "avg")})`,
    note: "'Sangat Tinggi' for an average K capaian of 78.81; > 75 to 90 is Tinggi",
  });
  // traps: the % row is a level
  b.ok({
    sheet: S,
    cell: a("r12k", "p1"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "p1"),
    trap: q("p1", "k"),
  });
  b.ok({
    sheet: S,
    cell: a("r13k", "p1"),
    rules: ["sum-mismatch"],
    truth: a("r12k", "p1"),
    trap: `${a("r6k", "p1")}+${a("r12k", "p1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14k", "p1"),
    rules: ["capaian-mismatch"],
    truth: `${a("r13k", "p1")}/${a("t5k", "p1")}*100`,
    trap: `${a("r12k", "p1")}/${a("t7k", "p1")}*100`,
  });
  for (const id of ["k1", "s2", "k2"]) {
    b.ok({ sheet: S, cell: a("r12k", id), rules: ["sum-mismatch"], truth: q(id, "k") });
    b.ok({
      sheet: S,
      cell: a("r13k", id),
      rules: ["sum-mismatch"],
      truth: `${a("r6k", id)}+${a("r12k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r13k", id)}/${a("t5k", id)}*100`,
    });
  }
  for (const id of ["s2", "k2"]) {
    b.ok({ sheet: S, cell: a("r12r", id), rules: ["sum-mismatch"], truth: q(id, "r") });
    b.ok({
      sheet: S,
      cell: a("r13r", id),
      rules: ["sum-mismatch"],
      truth: `${a("r6r", id)}+${a("r12r", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14r", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r13r", id)}/${a("t5r", id)}*100`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("t7r", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("t7r", "s1")}+${a("t7r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("t5r", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("t5r", "k1")}+${a("t5r", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("t7r", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("t7r", "k1")}+${a("t7r", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14k", "s1"),
    rules: ["capaian-mismatch"],
    truth: `${a("r13k", "s1")}/${a("t5k", "s1")}*100`,
  });
  return b.finish();
}

type Plan = {
  id: string;
  sas?: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  awal: number | string;
  k: number[];
  /** yearly Rp (thousands) of a leaf; parents get SUM formulas */
  rp?: number[];
  flow: boolean;
  pj: string;
  lok: string;
};

/** T-C.27 Renstra 2025-2029 of the Inspektorat Kota Teluk Barambai, "(dalam ribuan rupiah)". */
export function tc27TelukBarambai(): BookW {
  const b = new BookW(
    "renstra-tc27-2025-2029-inspektorat-teluk-barambai-325.xlsx",
    "T-C.27 Renstra program/kegiatan (Inspektorat)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)': Sasaran merged, Tahun ke-1..5 > Target / Rp with group texts repeated in every cell (no merges), number row (1)..(21), SUM formulas for kegiatan/program Rp and kondisi akhir Rp, a second program indicator without a code",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Inspektorat Kota Teluk Barambai Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SA = "Meningkatnya akuntabilitas dan tata kelola Pemerintah Kota";
  const SB = "Meningkatnya kualitas pengawasan intern";
  const L = "Kota Teluk Barambai";
  const plans: Plan[] = [
    {
      id: "p1",
      sas: SA,
      kode: "6.01.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai SAKIP Inspektorat",
      sat: "nilai",
      awal: 68.4,
      k: [70, 72, 74, 76, 78],
      flow: false,
      pj: "Sekretariat",
      lok: L,
    },
    {
      id: "k11",
      sas: SA,
      kode: "6.01.01.2.01",
      ur: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan dan laporan kinerja",
      sat: "dokumen",
      awal: 6,
      k: [6, 6, 6, 6, 7],
      flow: true,
      pj: "Subbag Perencanaan",
      lok: L,
    },
    {
      id: "s111",
      sas: SA,
      kode: "6.01.01.2.01.0001",
      ur: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan perangkat daerah",
      sat: "dokumen",
      awal: 2,
      k: [2, 2, 2, 2, 3],
      rp: [46_250, 48_600, 51_020, 53_580, 72_400],
      flow: true,
      pj: "Subbag Perencanaan",
      lok: L,
    },
    {
      id: "s116",
      sas: SA,
      kode: "6.01.01.2.01.0006",
      ur: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [31_800, 33_400, 35_060, 36_820, 38_650],
      flow: true,
      pj: "Subbag Perencanaan",
      lok: L,
    },
    {
      id: "p2",
      sas: SB,
      kode: "6.01.02",
      ur: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti",
      sat: "%",
      awal: 74.2,
      k: [78, 81, 84, 87, 90],
      flow: false,
      pj: "Inspektur Pembantu I-IV",
      lok: L,
    },
    {
      id: "p2b",
      sas: SB,
      ind: "Level maturitas penyelenggaraan SPIP",
      sat: "level",
      awal: 3.12,
      k: [3.2, 3.3, 3.4, 3.5, 3.6],
      flow: false,
      pj: "Inspektur Pembantu I-IV",
      lok: L,
    },
    {
      id: "k21",
      sas: SB,
      kode: "6.01.02.2.01",
      ur: "Penyelenggaraan Pengawasan Internal",
      ind: "Jumlah laporan hasil pengawasan internal",
      sat: "laporan",
      awal: 66,
      k: [68, 70, 70, 74, 74],
      flow: true,
      pj: "Inspektur Pembantu I-IV",
      lok: L,
    },
    {
      id: "s211",
      sas: SB,
      kode: "6.01.02.2.01.0001",
      ur: "Pengawasan Kinerja Pemerintah Daerah",
      ind: "Jumlah laporan hasil audit kinerja",
      sat: "laporan",
      awal: 18,
      k: [18, 20, 20, 22, 22],
      rp: [412_600, 438_250, 461_900, 489_300, 514_750],
      flow: true,
      pj: "Inspektur Pembantu I-IV",
      lok: "OPD se-Kota Teluk Barambai",
    },
    {
      id: "s212",
      sas: SB,
      kode: "6.01.02.2.01.0002",
      ur: "Pengawasan Keuangan Pemerintah Daerah",
      ind: "Jumlah laporan hasil audit keuangan",
      sat: "laporan",
      awal: 12,
      k: [12, 12, 12, 14, 14],
      rp: [298_400, 305_700, 318_250, 356_900, 371_600],
      flow: true,
      pj: "Inspektur Pembantu I-IV",
      lok: "OPD se-Kota Teluk Barambai",
    },
    {
      id: "s213",
      sas: SB,
      kode: "6.01.02.2.01.0003",
      ur: "Reviu Laporan Kinerja",
      ind: "Jumlah laporan hasil reviu LKjIP",
      sat: "laporan",
      awal: 36,
      k: [38, 38, 38, 38, 38],
      rp: [268_300, 281_750, 292_400, 304_150, 316_250],
      flow: true,
      pj: "Inspektur Pembantu I-IV",
      lok: "OPD se-Kota Teluk Barambai",
    },
  ];
  const kids: Record<string, string[]> = {
    p1: ["k11"],
    k11: ["s111", "s116"],
    p2: ["k21"],
    k21: ["s211", "s212", "s213"],
  };
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(3)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan"], role: "kondisi-awal", num: "(6)" },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: RP,
      },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(17)",
      fmt: DEC,
    },
    { key: "rak", head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"], num: "(18)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 18 },
  ];
  const rows: Row[] = plans.map((p) => ({
    id: p.id,
    bold: p.id.startsWith("p"),
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
        sas: p.sas,
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        pj: p.pj,
        lok: p.lok,
      };
      Y.forEach((y) => (c[`k${y}`] = p.k[y - 1]));
      // planted: kondisi akhir of the % program is the Tahun ke-4 target
      c.kak = p.id === "p2" ? p.k[3] : p.flow ? sum(p.k) : p.k[4];
      if (p.id !== "p2b") {
        Y.forEach((y) => {
          const ks = kids[p.id];
          c[`r${y}`] = p.rp
            ? p.rp[y - 1]
            : ks.length === 1
              ? fx(x.a(`r${y}`, ks[0]))
              : fx(`SUM(${x.a(`r${y}`, ks[0])}:${x.a(`r${y}`, ks[ks.length - 1])})`);
        });
        // planted: the kondisi akhir Rp of Reviu Laporan Kinerja typed with two digits swapped
        c.rak =
          p.id === "s213"
            ? 1_642_850
            : fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
      }
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "repeat", rows, vmerge: ["sas"] });
  s.gap();
  s.lines(
    [
      "Catatan: kondisi akhir target dokumen/laporan = jumlah lima tahun; nilai, persentase dan level = target tahun ke-5.",
    ],
    1,
  );
  s.gap();
  signature(s, 15, {
    tempat: "Teluk Barambai, 3 Maret 2025",
    jabatan: ["INSPEKTUR KOTA TELUK BARAMBAI"],
    nama: "H. Muhammad Rifani Anshari, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750624 200112 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (m: string, id: string) => Y.map((y) => a(`${m}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kak", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p2"),
    note: "kondisi akhir of a % indicator is 87, the Tahun ke-4 target; Tahun ke-5 (2029) is 90",
  });
  b.plant({
    at: { sheet: S, cell: a("rak", "s213") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: yrs("r", "s213"),
    note: "kondisi akhir Rp of Reviu Laporan Kinerja typed 1,642,850 among SUM formulas; the five years add up to 1,462,850",
  });
  // traps: levels end at the last target, flows at the sum
  for (const id of ["p1", "p2b"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yrs("k", id),
    });
  for (const id of ["k11", "s211", "s212"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs("k", id),
      trap: a("k5", id),
    });
  for (const id of ["p1", "k11", "s111", "p2", "k21", "s211"])
    b.ok({
      sheet: S,
      cell: a("rak", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("r", id),
    });
  for (const y of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k21"),
      rules: ["sum-mismatch"],
      truth: ["s211", "s212", "s213"].map((i) => a(`r${y}`, i)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k11"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s111")}+${a(`r${y}`, "s116")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s213"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s213")})`,
    actual: a("kode", "k21"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s116"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s116")})`,
    actual: a("kode", "k11"),
  });
  return b.finish();
}
