// E.81 of DLH Kabupaten Batang Lembayung (Sumatera Barat) and T-C.27 of DLH Kota Sungai Rembulan
// (Kalimantan Timur): pemantauan kualitas air dan udara, uji emisi, pengaduan pencemaran, RTH. Invented.
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

type E81Row = {
  id: string;
  kode: string;
  prog: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5?: number;
  r6?: number;
  r7?: number;
  rq?: number[];
  kids?: string[];
};

/** E.81 s.d. Triwulan IV 2024, Renstra 2021-2026, ordinal (n-1)/(n-2), no No column, footer. */
export function e81Dlh(): BookW {
  const b = new BookW(
    "e81-dlh-batang-lembayung-315.xlsx",
    "E.81 evaluasi Renja (DLH)",
    "E.81 s.d. TW IV 2024: Kode first (no No column), (n-2)/(n-1) headers resolved from the title, K/Rp pairs, number row 1..15 merged over pairs, Rata-rata + Predikat footer",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG LEMBAYUNG",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Bukit Kaciak No. 7, Lubuak Tinggi",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS LINGKUNGAN HIDUP KABUPATEN BATANG LEMBAYUNG",
    "RENSTRA PERANGKAT DAERAH TAHUN 2021-2026",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const M = 1_000_000;
  const leaves: E81Row[] = [
    {
      id: "p1",
      kode: "2.11.03",
      prog: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      level: true,
      k5: 58,
      k6: 53.8,
      k7: 55,
      q: [52.1, 53.4, 54.0, 55.2],
      kids: ["k1"],
    },
    {
      id: "k1",
      kode: "2.11.03.2.01",
      prog: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Jumlah titik sampel air dan udara yang dipantau",
      sat: "titik",
      level: false,
      k5: 240,
      k6: 96,
      k7: 48,
      q: [10, 12, 14, 12],
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.11.03.2.01.0003",
      prog: "Pengujian Emisi Gas Buang Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor yang diuji emisi",
      sat: "unit",
      level: false,
      k5: 6000,
      k6: 2150,
      k7: 1200,
      q: [250, 310, 340, 360],
      r5: 1950 * M,
      r6: 712.4 * M,
      r7: 385 * M,
      rq: [42.5 * M, 96.3 * M, 118.75 * M, 101.2 * M],
    },
    {
      id: "s2",
      kode: "2.11.03.2.01.0005",
      prog: "Pemantauan Kualitas Udara Ambien",
      ind: "Jumlah laporan hasil pemantauan kualitas udara ambien",
      sat: "dokumen",
      level: false,
      k5: 20,
      k6: 8,
      k7: 4,
      q: [1, 1, 1, 1],
      r5: 1050 * M,
      r6: 389.6 * M,
      r7: 212 * M,
      rq: [31.2 * M, 48.6 * M, 55.9 * M, 62.45 * M],
    },
    {
      id: "p2",
      kode: "2.11.10",
      prog: "Program Penanganan Pengaduan Lingkungan Hidup",
      ind: "Persentase pengaduan pencemaran yang ditindaklanjuti",
      sat: "%",
      level: true,
      k5: 100,
      k6: 86,
      k7: 90,
      q: [80, 85, 88, 92],
      kids: ["k2"],
    },
    {
      id: "k2",
      kode: "2.11.10.2.01",
      prog: "Penanganan Pengaduan Lingkungan Hidup",
      ind: "Jumlah pengaduan pencemaran yang diverifikasi",
      sat: "kasus",
      level: false,
      k5: 200,
      k6: 71,
      k7: 40,
      q: [9, 11, 8, 10],
      r5: 1250 * M,
      r6: 468.3 * M,
      r7: 265 * M,
      rq: [38.4 * M, 61.75 * M, 72.3 * M, 80.9 * M],
    },
  ];
  const by = new Map(leaves.map((x) => [x.id, x]));
  // money of programs and kegiatan = the sum of their children (children listed after them)
  for (const x of [...leaves].reverse())
    if (x.kids) {
      const ks = x.kids.map((k) => by.get(k)!);
      x.r5 = sum(ks.map((k) => k.r5!));
      x.r6 = sum(ks.map((k) => k.r6!));
      x.r7 = sum(ks.map((k) => k.r7!));
      x.rq = [0, 1, 2, 3].map((i) => sum(ks.map((k) => k.rq![i])));
    }
  const pair = (
    k: string,
    head: string,
    n: number,
    rk?: Col["role"],
    rr?: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${k}`, head: [head, "K"], num: n, fmt: DEC, role: rk, year },
    { key: `r${k}`, head: [head, "Rp"], num: n, fmt: RP, role: rr, year, width: 16 },
  ];
  const tw = (k: string, roman: string, n: number, role: boolean): Col[] => [
    {
      key: `k${k}`,
      head: ["Realisasi Kinerja Pada Triwulan", roman, "K"],
      num: n,
      fmt: DEC,
      ...(role ? { role: "realisasi" as const, year: 2024 } : {}),
    },
    {
      key: `r${k}`,
      head: ["Realisasi Kinerja Pada Triwulan", roman, "Rp"],
      num: n,
      fmt: RP,
      width: 15,
      ...(role ? { role: "realisasi-anggaran" as const, year: 2024 } : {}),
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], num: 1, role: "kode", width: 18 },
    { key: "prog", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      num: 3,
      role: "indikator",
      width: 40,
    },
    { key: "sat", head: ["Satuan"], num: 4, role: "satuan" },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", 5, "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      6,
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      7,
      "target",
      "anggaran",
      2024,
    ),
    ...tw("8", "I", 8, true),
    ...tw("9", "II", 9, false),
    ...tw("10", "III", 10, false),
    ...tw("11", "IV", 11, true),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      12,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      13,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)",
      14,
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], num: 15, role: "penanggung-jawab", width: 18 },
  ];
  const WRONG_R13_S2 = 578_750_000;
  const rAvg = round(sum(leaves.map((x) => round(((x.r6! + sum(x.rq!)) / x.r5!) * 100))) / leaves.length);
  const rows: Row[] = leaves.map((x) => {
    const k12 = x.level ? x.q[3] : sum(x.q);
    const r12 = sum(x.rq!);
    const k13 = x.level ? k12 : x.k6 + k12;
    const r13 = x.r6! + r12;
    const cells: Record<string, number | string> = {
      kode: x.kode,
      prog: x.prog,
      ind: x.ind,
      sat: x.sat,
      k5: x.k5,
      r5: x.r5!,
      k6: x.k6,
      r6: x.r6!,
      k7: x.k7,
      r7: x.r7!,
      k12,
      r12,
      k13,
      r13: x.id === "s2" ? WRONG_R13_S2 : r13,
      k14: round((k13 / x.k5) * 100),
      r14: round((r13 / x.r5!) * 100),
      unit:
        x.id.startsWith("s") || x.id === "k1"
          ? "Bidang PPKLH"
          : x.id === "k2"
            ? "Bidang Penaatan"
            : "Kepala Dinas",
    };
    ["8", "9", "10", "11"].forEach((k, i) => {
      cells[`k${k}`] = x.q[i];
      cells[`r${k}`] = x.rq![i];
    });
    return { id: x.id, cells, bold: !!x.kids };
  });
  const ids = leaves.map((x) => x.id);
  rows.push(
    {
      id: "avg",
      span: ["kode", "r13"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        k14: fx(`ROUND(AVERAGE(${x.c("k14")}${x.row(ids[0])}:${x.c("k14")}${x.row(ids[ids.length - 1])}),2)`),
        r14: fx(`ROUND(AVERAGE(${x.c("r14")}${x.row(ids[0])}:${x.c("r14")}${x.row(ids[ids.length - 1])}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "r13"],
      cells: { kode: "Predikat kinerja", k14: "Tinggi", r14: predikat(rAvg) },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan laboratorium lingkungan UPTD dan partisipasi bengkel mitra uji emisi.",
    "Faktor penghambat: keterbatasan alat pemantau kualitas udara otomatis (AQMS).",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lubuak Tinggi, 15 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN BATANG LEMBAYUNG"],
    nama: "Ir. SYAFRIZAL DT. MANGKUTO, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19711103 199803 1 004",
  });

  b.plant({
    at: { sheet: S, cell: t.a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "(13) Rp of sub kegiatan .0005 typed 578,750,000; (6) + (12) = 389,600,000 + 198,150,000 = 587,750,000",
    truth: `${t.a("r6", "s2")}+${t.a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for an average capaian kinerja of 69.75; > 65 to 75 is Sedang",
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
  });
  for (const id of ["p1", "p2"]) {
    const qs = ["8", "9", "10", "11"].map((k) => t.a(`k${k}`, id)).join("+");
    b.ok({ sheet: S, cell: t.a("k12", id), rules: ["sum-mismatch"], truth: t.a("k11", id), trap: qs });
    b.ok({
      sheet: S,
      cell: t.a("k13", id),
      rules: ["sum-mismatch"],
      truth: t.a("k12", id),
      trap: `${t.a("k6", id)}+${t.a("k12", id)}`,
    });
  }
  for (const id of ids) {
    const rq = ["8", "9", "10", "11"].map((k) => t.a(`r${k}`, id)).join("+");
    b.ok({ sheet: S, cell: t.a("r12", id), rules: ["sum-mismatch"], truth: rq });
    b.ok({
      sheet: S,
      cell: t.a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${t.a("k13", id)}/${t.a("k5", id)}*100,2)`,
    });
    if (id !== "s2" && id !== "k1" && id !== "p1")
      b.ok({
        sheet: S,
        cell: t.a("r14", id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${t.a("r13", id)}/${t.a("r5", id)}*100,2)`,
      });
  }
  for (const id of ["k1", "s1", "s2", "k2"]) {
    const qs = ["8", "9", "10", "11"].map((k) => t.a(`k${k}`, id)).join("+");
    b.ok({ sheet: S, cell: t.a("k12", id), rules: ["sum-mismatch"], truth: qs });
  }
  b.ok({
    sheet: S,
    cell: t.a("k13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("k6", "s1")}+${t.a("k12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("r5", "k1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r5", "s1")}+${t.a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("r7", "k1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r7", "s1")}+${t.a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("r14", "avg")})`,
  });
  return b.finish();
}

type TcRow = {
  id: string;
  tujuan?: string;
  sasaran?: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  flow: boolean;
  rp?: number[];
  kids?: string[];
};

/** T-C.27 Renstra 2025-2029, Rp in thousands, Tahun ke-1..5 > Target/Rp unmerged, number row (1)..(20). */
export function tc27Dlh(): BookW {
  const b = new BookW(
    "tc27-renstra-dlh-sungai-rembulan-315.xlsx",
    "T-C.27 Renstra (DLH)",
    "T-C.27 Renstra 2025-2029 (dalam ribuan rupiah): Tahun ke-1..5 over Target / Rp written once (unmerged), number row (1)..(20), program/kegiatan Rp as SUM formulas, kondisi akhir Rp formulas above typed sub kegiatan, JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Lingkungan Hidup Kota Sungai Rembulan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const T1 = "Meningkatnya kualitas lingkungan hidup kota";
  const SA = "Meningkatnya kualitas udara dan air";
  const SB = "Meningkatnya tutupan lahan dan RTH publik";
  const data: TcRow[] = [
    {
      id: "p1",
      tujuan: T1,
      sasaran: SA,
      kode: "2.11.03",
      nama: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      awal: 84.1,
      t: [84.5, 85, 85.5, 86, 86.5],
      flow: false,
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      tujuan: T1,
      sasaran: SA,
      kode: "2.11.03.2.01",
      nama: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Jumlah dokumen hasil pemantauan kualitas udara",
      sat: "dokumen",
      awal: 4,
      t: [4, 4, 4, 4, 4],
      flow: true,
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      tujuan: T1,
      sasaran: SA,
      kode: "2.11.03.2.01.0003",
      nama: "Pengujian Emisi Gas Buang Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor yang diuji emisi",
      sat: "unit",
      awal: 1850,
      t: [2000, 2200, 2400, 2600, 2800],
      flow: true,
      rp: [410000, 445500, 478000, 512750, 549300],
    },
    {
      id: "s2",
      tujuan: T1,
      sasaran: SA,
      kode: "2.11.03.2.01.0005",
      nama: "Pemantauan Kualitas Udara Ambien",
      ind: "Jumlah laporan pemantauan kualitas udara ambien",
      sat: "laporan",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      flow: true,
      rp: [185000, 192400, 201300, 210800, 220600],
    },
    {
      id: "k2",
      tujuan: T1,
      sasaran: SA,
      kode: "2.11.03.2.02",
      nama: "Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Persentase sumber pencemar yang memenuhi baku mutu",
      sat: "%",
      awal: 66,
      t: [70, 74, 78, 82, 85],
      flow: false,
      kids: ["s3"],
    },
    {
      id: "s3",
      tujuan: T1,
      sasaran: SA,
      kode: "2.11.03.2.02.0002",
      nama: "Pengawasan Ketaatan Usaha/Kegiatan terhadap Izin Lingkungan",
      ind: "Jumlah usaha/kegiatan yang diawasi",
      sat: "usaha",
      awal: 40,
      t: [45, 50, 55, 60, 65],
      flow: true,
      rp: [325600, 348200, 362900, 381400, 398700],
    },
    {
      id: "p2",
      tujuan: T1,
      sasaran: SB,
      kode: "2.11.05",
      nama: "Program Pengelolaan Keanekaragaman Hayati (KEHATI)",
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      awal: 38.2,
      t: [38.6, 39, 39.5, 40, 40.6],
      flow: false,
      kids: ["k3"],
    },
    {
      id: "k3",
      tujuan: T1,
      sasaran: SB,
      kode: "2.11.05.2.01",
      nama: "Pengelolaan Taman Kota dan Ruang Terbuka Hijau",
      ind: "Persentase luas RTH publik terhadap luas wilayah kota",
      sat: "%",
      awal: 10.6,
      t: [11.2, 12, 13.1, 14, 15.2],
      flow: false,
      kids: ["s4"],
    },
    {
      id: "s4",
      tujuan: T1,
      sasaran: SB,
      kode: "2.11.05.2.01.0002",
      nama: "Penambahan dan Pemeliharaan RTH Publik",
      ind: "Luas RTH publik yang ditambah",
      sat: "ha",
      awal: 7.5,
      t: [8.5, 9, 9.5, 10, 10.5],
      flow: true,
      rp: [1240000, 1310500, 1385000, 1452800, 1520300],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tujuan", head: ["Tujuan"], num: "(1)", role: "tujuan", width: 22 },
    { key: "sasaran", head: ["Sasaran"], num: "(2)", role: "sasaran", width: 22 },
    { key: "kode", head: ["Kode"], num: "(3)", role: "kode", width: 18 },
    { key: "nama", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(4)", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      num: "(5)",
      role: "indikator",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], num: "(6)", role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      num: "(7)",
      role: "kondisi-awal",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        num: `(${6 + 2 * y})`,
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        num: `(${7 + 2 * y})`,
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      num: "(18)",
      role: "kondisi-akhir",
      fmt: DEC,
    },
    {
      key: "rak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "(19)",
      fmt: RP,
      width: 15,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      num: "(20)",
      role: "penanggung-jawab",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], num: "(21)", role: "lokasi", width: 14 },
  ];
  const WRONG_S3_R3 = 3_629_000;
  const rows: Row[] = data.map((d) => ({
    id: d.id,
    bold: !!d.kids,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        tujuan: d.tujuan!,
        sasaran: d.sasaran!,
        kode: d.kode,
        nama: d.nama,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        ak: d.id === "k3" ? 14 : d.flow ? round(sum(d.t)) : d.t[4],
        unit: d.kids ? "Dinas Lingkungan Hidup" : "Bidang PPKLH",
        lok: "Kota Sungai Rembulan",
      };
      Y.forEach((y, i) => {
        c[`t${y}`] = d.t[i];
        if (d.kids) c[`r${y}`] = fx(`SUM(${d.kids.map((k) => x.a(`r${y}`, k)).join(",")})`);
        else c[`r${y}`] = d.id === "s3" && y === 3 ? WRONG_S3_R3 : d.rp![i];
      });
      c.rak = d.kids
        ? fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`)
        : sum(d.rp!);
      return c;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["tujuan", "sat"],
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { tujuan: "JUMLAH" };
      for (const y of Y) c[`r${y}`] = fx(`${x.a(`r${y}`, "p1")}+${x.a(`r${y}`, "p2")}`);
      c.rak = fx(`${x.a("rak", "p1")}+${x.a("rak", "p2")}`);
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows,
    vmerge: ["tujuan", "sasaran"],
  });
  s.gap();
  s.lines(["Catatan: pagu indikatif tahun ke-2 s.d. ke-5 mengikuti proyeksi kapasitas fiskal daerah."]);
  s.gap();
  signature(s, 18, {
    tempat: "Sungai Rembulan, 20 Juni 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kota Sungai Rembulan"],
    nama: "Dra. HJ. RAHMAWATI NOOR, M.T.",
    nip: "19690214 199403 2 006",
  });

  b.plant({
    at: { sheet: S, cell: t.a("ak", "k3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of % RTH publik is 14.00, the Tahun ke-4 (2028) target; the last target (2029) is 15.20",
    truth: t.a("t5", "k3"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("r3", "s3") },
    rules: ["number-scale", "sum-mismatch"],
    note: "Tahun ke-3 (2027) Rp of sub kegiatan 2.11.03.2.02.0002 typed 3,629,000 (ten times 362,900); its kondisi akhir Rp 1,816,800 gives 362,900",
    truth: `${t.a("rak", "s3")}-${t.a("r1", "s3")}-${t.a("r2", "s3")}-${t.a("r4", "s3")}-${t.a("r5", "s3")}`,
  });
  for (const d of data) {
    if (d.id === "k3") continue;
    const ts = Y.map((y) => t.a(`t${y}`, d.id)).join("+");
    b.ok({
      sheet: S,
      cell: t.a("ak", d.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: d.flow ? ts : t.a("t5", d.id),
      trap: d.flow ? t.a("t5", d.id) : ts,
    });
    if (d.id !== "s3" && d.id !== "k2" && d.id !== "p1")
      b.ok({
        sheet: S,
        cell: t.a("rak", d.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: Y.map((y) => t.a(`r${y}`, d.id)).join("+"),
      });
    if (d.kids)
      for (const y of Y) {
        if (y === 3 && (d.id === "k2" || d.id === "p1")) continue;
        b.ok({
          sheet: S,
          cell: t.a(`r${y}`, d.id),
          rules: ["sum-mismatch"],
          truth: d.kids.map((k) => t.a(`r${y}`, k)).join("+"),
        });
      }
  }
  b.ok({
    sheet: S,
    cell: t.a("rak", "s3"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: "325600+348200+362900+381400+398700",
  });
  b.ok({
    sheet: S,
    cell: t.a("r1", "jml"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r1", "p1")}+${t.a("r1", "p2")}`,
  });
  return b.finish();
}
