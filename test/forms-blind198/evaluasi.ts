// E.81 evaluasi hasil Renja 2024 of the Dinas Komunikasi, Informatika, Statistik dan Persandian of an
// invented kabupaten in Sulawesi Tengah (Tanjung Lore): program Penyelenggaraan Statistik Sektoral,
// its kegiatan and three sub kegiatan (metadata, rekomendasi kegiatan statistik, EPSS), ordinal (n-2) /
// (n-1) headers with the year in the title, three header rows, K | Rp pairs, number row merged over the
// pairs ("12 = 8+9+10+11"), footer rata-rata and predikat. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

type Ind = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k: number[]; // 5, 6, 7, q1..q4
  rp?: number[]; // 5, 6, 7, q1..q4 (subs only)
};

const BANDS = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"];

export function e81Tanjung(): BookW {
  const b = new BookW(
    "e81-renja-statistik-sektoral-diskominfo-tanjung-lore.xlsx",
    "E.81 evaluasi hasil Renja (statistik sektoral)",
    "E.81 2024 of a Diskominfo in Sulawesi Tengah: three header rows (group > Triwulan I..IV > K | Rp), (n-2) / (n-1) ordinal headers with 2024 in the title, number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; levels (%, indeks) take Triwulan IV; footer rata-rata and predikat",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANJUNG LORE",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "Jl. Trans Sulawesi No. 48 Tanjung Lore, Sulawesi Tengah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANJUNG LORE",
    "Renja Dinas Kominfo Statistik dan Persandian - Periode Pelaksanaan Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJMD: Meningkatnya kualitas data pembangunan daerah",
  ]);
  s.gap();
  const subs: Ind[] = [
    {
      id: "s1",
      kode: "2.20.02.2.01.0001",
      nm: "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
      ind: "Jumlah dataset yang dilengkapi metadata statistik sektoral",
      sat: "dataset",
      level: false,
      k: [600, 268, 120, 18, 34, 29, 41],
      rp: [1_850_000_000, 742_300_000, 415_000_000, 62_250_000, 98_400_000, 121_730_000, 109_870_000],
    },
    {
      id: "s2",
      kode: "2.20.02.2.01.0002",
      nm: "Penyelenggaraan Rekomendasi Kegiatan Statistik Sektoral",
      ind: "Jumlah rekomendasi kegiatan statistik sektoral yang diterbitkan",
      sat: "rekomendasi",
      level: false,
      k: [60, 27, 12, 2, 3, 4, 3],
      rp: [960_000_000, 388_150_000, 212_500_000, 31_200_000, 47_650_000, 55_900_000, 61_480_000],
    },
    {
      id: "s3",
      kode: "2.20.02.2.01.0003",
      nm: "Pembinaan Statistik Sektoral dan Evaluasi Penyelenggaraan Statistik Sektoral (EPSS)",
      ind: "Nilai EPSS domain statistik sektoral Kabupaten",
      sat: "indeks",
      level: true,
      k: [3.0, 2.41, 2.6, 2.41, 2.41, 2.58, 2.58],
      rp: [1_240_000_000, 455_600_000, 298_000_000, 12_500_000, 64_300_000, 118_250_000, 87_640_000],
    },
  ];
  const prog: Ind = {
    id: "p",
    kode: "2.20.02",
    nm: "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
    ind: "Persentase perangkat daerah yang menyajikan data statistik sektoral sesuai Standar Data Statistik",
    sat: "%",
    level: true,
    k: [100, 62.5, 80, 65, 70, 75, 78.13],
  };
  const keg: Ind = {
    id: "k",
    kode: "2.20.02.2.01",
    nm: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
    ind: "Jumlah dokumen statistik sektoral yang diterbitkan",
    sat: "dokumen",
    level: false,
    k: [15, 7, 3, 0, 1, 0, 2],
  };
  const all = [prog, keg, ...subs];
  const G5 = "Target Renstra PD pada Akhir Periode Renstra";
  const G6 = "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)";
  const G7 = "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi";
  const GQ = "Realisasi Kinerja pada Triwulan";
  const G12 = "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi";
  const G13 = "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)";
  const G14 = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
    pct?: boolean,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: pct ? DEC : undefined, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: pct ? DEC : RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "nm",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan"],
      num: "3",
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ...pair("5", [G5], "5", "target", "anggaran"),
    ...pair("6", [G6], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", [G7], "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, [GQ, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair("12", [G12], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", [G13], "13 = 6 + 12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", [G14], "14 = 13/5 x 100", "capaian", "capaian", undefined, true),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const KEYS = ["5", "6", "7", "q1", "q2", "q3", "q4"];
  const PLANT_RP12 = 169_230_000; // typed; the quarters give 196,230,000
  const row = (x: Ind, no: number | undefined, parts: string[]): Row => ({
    id: x.id,
    bold: x.id === "p",
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
        no,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        pj: "Bidang Statistik",
      };
      KEYS.forEach((k, i) => {
        out[`k${k}`] = x.k[i];
        out[`r${k}`] = x.rp ? x.rp[i] : fx(parts.map((id) => c.a(`r${k}`, id)).join("+"));
      });
      out.k12 = fx(x.level ? c.a("kq4") : `${c.a("kq1")}+${c.a("kq2")}+${c.a("kq3")}+${c.a("kq4")}`);
      out.r12 = x.id === "s2" ? PLANT_RP12 : fx(`${c.a("rq1")}+${c.a("rq2")}+${c.a("rq3")}+${c.a("rq4")}`);
      out.k13 = fx(x.level ? c.a("k12") : `${c.a("k6")}+${c.a("k12")}`);
      out.r13 = fx(`${c.a("r6")}+${c.a("r12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.r14 = fx(`ROUND(${c.a("r13")}/${c.a("r5")}*100,2)`);
      return out;
    },
  });
  const k14 = (x: Ind) => {
    const k12 = x.level ? x.k[6] : x.k[3] + x.k[4] + x.k[5] + x.k[6];
    return round(((x.level ? k12 : x.k[1] + k12) / x.k[0]) * 100);
  };
  const avgK = round(all.reduce((n, x) => n + k14(x), 0) / all.length);
  const rightBand = predikat(avgK);
  const wrongBand = BANDS[BANDS.indexOf(rightBand) + (rightBand === "Sangat Tinggi" ? -1 : 1)];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { cells: { no: 2, kode: "2.20", nm: "URUSAN PEMERINTAHAN BIDANG STATISTIK" }, bold: true },
      row(prog, 1, ["k"]),
      row(keg, undefined, ["s1", "s2", "s3"]),
      ...subs.map((x) => row(x, undefined, [])),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p")}:${c.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${c.a("r14", "p")}:${c.a("r14", "s3")}),2)`),
        }),
      },
      // planted: the predikat of the K average is one band off
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat Kinerja", k14: wrongBand } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: terbitnya Perbup Satu Data Kabupaten Tanjung Lore dan penunjukan walidata pendukung di 24 PD.",
    "Faktor penghambat: pengisian metadata kegiatan statistik oleh produsen data belum tepat waktu.",
    "Tindak lanjut: pendampingan metadata dan penjadwalan rekomendasi kegiatan statistik bersama BPS Kabupaten.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tanjung Lore, 17 Januari 2025",
    jabatan: ["Kepala Dinas Komunikasi, Informatika,", "Statistik dan Persandian,"],
    nama: "Ir. MOH. RIZAL LATANRO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730914 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.20.02.2.01.0002 is a typed 169,230,000 among quarter-sum formulas; Triwulan I-IV give 31,200,000 + 47,650,000 + 55,900,000 + 61,480,000 = 196,230,000 (digits swapped)",
    truth: `${a("rq1", "s2")}+${a("rq2", "s2")}+${a("rq3", "s2")}+${a("rq4", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `predikat '${wrongBand}' for the average capaian kinerja ${avgK.toFixed(2)}; the Permendagri 86/2017 band is ${rightBand}`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // clean: the levels take Triwulan IV and the latest level; the flows add
  for (const x of [prog, subs[2]]) {
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["sum-mismatch"],
      truth: a("kq4", x.id),
      trap: `${a("kq1", x.id)}+${a("kq2", x.id)}+${a("kq3", x.id)}+${a("kq4", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: a("k12", x.id),
      trap: `${a("k6", x.id)}+${a("k12", x.id)}`,
    });
  }
  for (const x of [keg, subs[0], subs[1]]) {
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("kq1", x.id)}+${a("kq2", x.id)}+${a("kq3", x.id)}+${a("kq4", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", x.id)}/${a("k5", x.id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("r12", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a("rq1", id)}+${a("rq2", id)}+${a("rq3", id)}+${a("rq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const k of ["r5", "r7", "rq1", "rq4"])
    b.ok({
      sheet: S,
      cell: a(k, "k"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  // the program's Rp is its one kegiatan, not the kegiatan and its sub kegiatan added up
  b.ok({
    sheet: S,
    cell: a("r7", "p"),
    rules: ["sum-mismatch"],
    truth: a("r7", "k"),
    trap: `SUM(${a("r7", "k")}:${a("r7", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(AVERAGE(${a("k14", "p")}:${a("k14", "s3")}),2)`,
  });
  return b.finish();
}
