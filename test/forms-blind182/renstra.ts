// The money tables of the percepatan penurunan stunting: the E.81 evaluation of the Renja 2024 of a
// Dinas Kesehatan in Nusa Tenggara Timur (K | Rp pairs, quarters, levels and flows) and the T-C.27 of
// the Renstra Dinas Kesehatan 2025-2029 of a Kalimantan Selatan kabupaten (ordinal years, "dalam
// ribuan rupiah", kondisi akhir). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
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

const pairOf =
  (kf?: string) =>
  (key: string, head: string, num: string, kRole: Col["role"], rpRole: Col["role"], year?: number): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, fmt: kf, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 15 },
  ];

// ======================================== Dinas Kesehatan Kabupaten Timor Lamaknen (NTT), E.81 2024

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

export function e81DinkesTimor(): BookW {
  const b = new BookW(
    "e81-renja-dinkes-stunting-timor-lamaknen.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Kesehatan, stunting)",
    "E.81 of a Dinas Kesehatan in NTT, Renja 2024 evaluated, Renstra 2021-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; rupiah in full; Rata-rata and Predikat rows",
  );
  const S = "E.81 Dinkes 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TIMOR LAMAKNEN",
    "DINAS KESEHATAN",
    "Jl. El Tari No. 14, Atambua Lamaknen",
  ]);
  s.lines([
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Dinas Kesehatan Kabupaten Timor Lamaknen s.d. Triwulan IV Tahun 2024",
    "Renstra Dinas Kesehatan 2021-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0003",
      nm: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil KEK yang mendapat PMT lokal",
      sat: "orang",
      level: false,
      k5: 3600,
      rp5: 4_150_000_000,
      k6: 2215,
      rp6: 2_486_300_000,
      k7: 720,
      rp7: 846_500_000,
      kq: [138, 197, 211, 164],
      rpq: [142_850_000, 231_400_000, 248_760_000, 196_300_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0016",
      nm: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
      ind: "Persentase balita ditimbang (D/S)",
      sat: "%",
      level: true,
      k5: 85,
      rp5: 3_275_000_000,
      k6: 74.8,
      rp6: 1_932_640_000,
      k7: 80,
      rp7: 612_000_000,
      kq: [71.35, 76.9, 81.42, 82.15],
      rpq: [98_420_000, 164_250_000, 171_880_000, 158_900_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0020",
      nm: "Pengelolaan Pelayanan Kesehatan Remaja",
      ind: "Jumlah remaja putri yang mendapat Tablet Tambah Darah (TTD)",
      sat: "orang",
      level: false,
      k5: 42000,
      rp5: 1_480_000_000,
      k6: 25630,
      rp6: 871_250_000,
      k7: 9000,
      rp7: 318_600_000,
      kq: [1860, 2745, 2410, 1695],
      rpq: [51_300_000, 88_470_000, 93_150_000, 76_830_000],
    },
  ];
  const pair = pairOf();
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
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
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
        `Realisasi Kinerja Triwulan ${q}`,
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
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  // planted: s3's Rp (12) is typed 390,570,000; its quarters give 309,750,000
  const s3rp12 = sumOf(subs[2].rpq);
  const typed = 390_570_000;
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `2.${i + 1}`,
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
        pj: "Bidang Kesmas",
      };
      qk.forEach((k, j) => (out[k] = x.level ? fmt(x.kq[j], DEC) : x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = x.id === "s3" ? typed : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s1's K (14) divides by the Renja target (7) instead of the Renstra end target (5)
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a(x.id === "s1" ? "k7" : "k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  if (s3rp12 === typed) throw new Error("e81 s3");
  // the footer's predikat words, typed from the averages the sheet shows (both follow a planted cell)
  const k13 = (x: Sub) => (x.level ? (x.kq[3] as number) : x.k6 + sumOf(x.kq as number[]));
  const avgK = round(
    subs.reduce((n, x) => n + round((k13(x) / (x.id === "s1" ? x.k7 : x.k5)) * 100), 0) / subs.length,
  );
  const avgRp = round(
    subs.reduce((n, x) => n + round(((x.rp6 + (x.id === "s3" ? typed : sumOf(x.rpq))) / x.rp5) * 100), 0) /
      subs.length,
  );
  const kegSum = (key: string) => (c: Ctx) => fx(subs.map((x) => c.a(key, x.id)).join("+"));
  const rpKeys = ["rp5", "rp6", "rp7", ...qr];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: "1",
          kode: "1.02.02",
          nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          ind: "Prevalensi stunting balita (e-PPGBM)",
          sat: "%",
          k5: fmt(16, DEC),
          k6: fmt(19.4, DEC),
          k7: fmt(17.5, DEC),
          k12: fmt(17.1, DEC),
          k13: fx(c.a("k12")),
          ...Object.fromEntries([...rpKeys, "rp12", "rp13"].map((k) => [k, fx(c.a(k, "k"))])),
          pj: "Dinas Kesehatan",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          no: "2",
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          ind: "Jumlah desa lokus stunting yang mendapat pendampingan gizi",
          sat: "desa",
          k5: 60,
          k6: 41,
          k7: 18,
          k12: 18,
          k13: fx(`${c.a("k6")}+${c.a("k12")}`),
          ...Object.fromEntries(rpKeys.map((k) => [k, kegSum(k)(c)])),
          rp12: fx(qr.map((k) => c.a(k)).join("+")),
          rp13: fx(`${c.a("rp6")}+${c.a("rp12")}`),
          rp14: fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`),
          k14: fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`),
          pj: "Bidang Kesmas",
        }),
      },
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
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan TPPS desa dan kader posyandu pada bulan timbang Februari dan Agustus.",
    "Faktor penghambat: keterlambatan distribusi PMT lokal dan TTD ke puskesmas wilayah perbatasan.",
    "Tindak lanjut: penguatan aksi konvergensi di desa lokus tahun 2025.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Atambua Lamaknen, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN TIMOR LAMAKNEN,"],
    nama: "dr. MARIA GORETI BEREK, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740811 200312 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);

  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 1.02.02.2.02.0020 (remaja) is a typed 390,570,000 among 8+9+10+11 formulas; the four quarters give 309,750,000",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of the ibu hamil KEK sub kegiatan divides (13) by the Renja 2024 target (7) = 406.25; 2,925 / 3,600 (5) gives 81.25, as the other rows compute",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    // D/S is a level: the year's value is Triwulan IV, not the four quarters added
    trap: qk.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("k12", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("k12", "p"),
    // prevalensi is a level: s.d. 2024 is the latest value, not 19.40 + 17.10
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp7", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map((x) => a("rp7", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp7", "p"),
    rules: ["sum-mismatch"],
    truth: a("rp7", "k"),
    trap: `${a("rp7", "k")}+${subs.map((x) => a("rp7", x.id)).join("+")}`,
  });
  return b.finish();
}

function sumOf(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

// ============================== Dinas Kesehatan Kabupaten Batang Alai Raya (Kalsel), T-C.27 2025-2029

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
  f: string;
};

export function tc27DinkesBatangAlai(): BookW {
  const b = new BookW(
    "tc27-renstra-pendanaan-stunting-dinkes-batang-alai.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan indikatif (Dinas Kesehatan, stunting)",
    "T-C.27 of a Dinas Kesehatan in Kalimantan Selatan, Renstra 2025-2029 (years only in the title): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja PD Penanggung Jawab | Lokasi; dalam ribuan rupiah; number row 1 .. 16 with '15 = 6+8+10+12+14'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG ALAI RAYA", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kabupaten Batang Alai Raya",
    "Rencana Strategis 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0016",
      nm: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
      ind: "Persentase baduta yang mendapat MP-ASI sesuai standar",
      sat: "%",
      awal: 61.4,
      k: [65, 68, 72, 76, 80],
      rp: [1_248_500, 1_312_750, 1_386_200, 1_455_900, 1_520_400],
      f: DEC,
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0003",
      nm: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Persentase ibu hamil KEK",
      sat: "%",
      awal: 14.8,
      k: [14, 13, 12, 11, 10],
      rp: [986_300, 1_024_800, 1_067_500, 1_109_250, 1_152_600],
      f: DEC,
    },
    {
      id: "s3",
      // planted: coded under kegiatan 1.02.01.2.02 while it stands under 1.02.02.2.02
      kode: "1.02.01.2.02.0020",
      nm: "Pengelolaan Pelayanan Kesehatan Remaja",
      ind: "Jumlah remaja putri yang mendapat TTD",
      sat: "orang",
      awal: 5420,
      k: [5800, 6100, 6400, 6700, 7000],
      rp: [412_600, 436_850, 458_200, 481_300, 503_750],
      flow: true,
      f: "#,##0",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
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
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
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
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 10,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const rpSum = (c: Ctx, id?: string, n = 5) =>
    Y.slice(0, n)
      .map((y) => c.a(`rp${y}`, id))
      .join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "p",
        cells: (c) => ({
          kode: "1.02.02",
          nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          ind: "Prevalensi stunting balita (SSGI/SKI)",
          sat: "%",
          awal: fmt(24.7, DEC),
          ...Object.fromEntries(Y.map((y, i) => [`k${y}`, fmt([22.5, 20.4, 18.3, 16.2, 14.0][i], DEC)])),
          ...Object.fromEntries(Y.map((y) => [`rp${y}`, fx(c.a(`rp${y}`, "k"))])),
          ka: fx(c.a("k5")),
          rpa: fx(rpSum(c)),
          pj: "Dinas Kesehatan",
          lok: "Kabupaten",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          ind: "Persentase desa lokus yang melaksanakan 8 aksi konvergensi",
          sat: "%",
          awal: fmt(72.5, DEC),
          ...Object.fromEntries(Y.map((y, i) => [`k${y}`, fmt([80, 85, 90, 95, 100][i], DEC)])),
          ...Object.fromEntries(
            Y.map((y) => [`rp${y}`, fx(lines.map((x) => c.a(`rp${y}`, x.id)).join("+"))]),
          ),
          ka: fx(c.a("k5")),
          rpa: fx(rpSum(c)),
          pj: "Bidang Kesmas",
          lok: "24 desa lokus",
        }),
      },
      ...lines.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          ...Object.fromEntries(Y.map((y, i) => [`k${y}`, fmt(x.k[i], x.f)])),
          ...Object.fromEntries(Y.map((y, i) => [`rp${y}`, x.rp![i]])),
          ka: x.flow ? fx(Y.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k5")),
          // planted: the gizi line's kondisi akhir Rp leaves out Tahun ke-5
          rpa: fx(rpSum(c, undefined, x.id === "s1" ? 4 : 5)),
          pj: "Bidang Kesmas",
          lok: "Kabupaten",
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = kumulatif 5 tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Barabai Hulu, 8 Agustus 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.K.M., M.Kes.",
    nip: "19760405 200003 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all5 = (id: string) => Y.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rpa", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.02.02.2.02.0016 (gizi) adds Tahun ke-1 .. ke-4 only = 5,403,350; with Tahun ke-5's 1,520,400 it is 6,923,750 (ribu rupiah)",
    truth: all5("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Pelayanan Kesehatan Remaja is coded 1.02.01.2.02.0020 (kegiatan 1.02.01.2.02) under kegiatan 1.02.02.2.02; its code is 1.02.02.2.02.0020",
    truth: `${a("kode", "k")}&".0020"`,
  });
  for (const id of ["s2", "s3", "k", "p"])
    b.ok({ sheet: S, cell: a("rpa", id), rules: ["kondisi-akhir-mismatch"], truth: all5(id) });
  b.ok({
    sheet: S,
    cell: a("ka", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    // prevalensi is a level: its kondisi akhir is the Tahun ke-5 target, not the five added
    trap: Y.map((y) => a(`k${y}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "s3")).join("+"),
    // a flow (remaja putri reached) ends at the five years added, not the last year's target
    trap: a("k5", "s3"),
  });
  b.ok({ sheet: S, cell: a("ka", "s2"), rules: ["kondisi-akhir-mismatch"], truth: a("k5", "s2") });
  b.ok({ sheet: S, cell: a("k5", "s2"), rules: ["target-trend"], truth: "10" });
  b.ok({ sheet: S, cell: a("k5", "p"), rules: ["target-trend"], truth: "14" });
  b.ok({
    sheet: S,
    cell: a("rp3", "k"),
    rules: ["sum-mismatch"],
    truth: lines.map((x) => a("rp3", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp3", "p"),
    rules: ["sum-mismatch"],
    truth: a("rp3", "k"),
    trap: `SUM(${a("rp3", "k")}:${a("rp3", "s3")})`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  return b.finish();
}
