// The plans and their evaluation in a Dinas Pemberdayaan Masyarakat dan Desa: an E.81 evaluation of the
// Renja 2024 "(dalam ribuan rupiah)" with K | Rp pairs (Kalimantan Barat; flows add their quarters, the
// program's rate takes Triwulan IV and its s.d. value is the latest level) and a T-C.27 Renstra 2025-2029
// funding table (Nusa Tenggara Timur; kondisi akhir Rp = the five years, K = the 2029 target for a rate,
// the sum for flows; codes nest). Every name and number is invented.
import { BookW, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const pair = (
  key: string,
  head: string,
  num: string,
  kRole: Col["role"],
  rpRole: Col["role"],
  year?: number,
): Col[] => [
  { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
  { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
];

export function e81Dpmd(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-2024-dpmd-melawi-hulu-b125.xlsx",
    "E.81 evaluasi hasil Renja (DPMD)",
    "E.81 2024 of a DPMD in Kalimantan Barat, '(dalam ribuan rupiah)': No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for 5 Target Renstra akhir (2026), 6 s.d. 2023, 7 Renja 2024, 8-11 Triwulan I-IV, 12, 13, 14 | Unit PD; number row merged over the pairs ('12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'); Rata-rata row",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MELAWI HULU", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MELAWI HULU",
    "RENJA DPMD KABUPATEN MELAWI HULU TAHUN 2024 (s.d. Triwulan IV)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
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
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Renstra s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, `Realisasi Triwulan ${q}`, String(8 + i), "realisasi", "realisasi-anggaran", 2024),
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
      "Realisasi Kinerja dan Anggaran Renstra s.d. 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // typed values per row: K and Rp for 5, 6, 7 and the four quarters
  type V = {
    k5: number;
    rp5: number;
    k6: number;
    rp6: number;
    k7: number;
    rp7: number;
    kq: number[];
    rpq: number[];
  };
  const sub: Record<string, V> = {
    s1: {
      k5: 60,
      rp5: 1_250_000,
      k6: 31,
      rp6: 640_200,
      k7: 10,
      rp7: 248_000,
      kq: [2, 3, 3, 2],
      rpq: [38_400, 71_250, 65_900, 70_150],
    },
    s2: {
      k5: 750,
      rp5: 3_600_000,
      k6: 428,
      rp6: 2_065_400,
      k7: 150,
      rp7: 712_500,
      kq: [40, 38, 42, 30],
      rpq: [142_800, 188_350, 171_420, 198_730],
    },
  };
  const rpKeys = ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4"];
  const kq = ["kq1", "kq2", "kq3", "kq4"];
  const rpq = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const flow = (x: Ctx, planted12?: number): Record<string, string | number | ReturnType<typeof fx>> => ({
    k12: fx(kq.map((k) => x.a(k)).join("+")),
    rp12: planted12 ?? fx(rpq.map((k) => x.a(k)).join("+")),
    k13: fx(`${x.a("k6")}+${x.a("k12")}`),
    rp13: fx(`${x.a("rp6")}+${x.a("rp12")}`),
    k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
    rp14: fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`),
  });
  const PJ = "Bidang Pemdes";
  const rows: Row[] = [
    {
      id: "p",
      bold: true,
      cells: (x) => ({
        no: 1,
        kode: "2.13.04",
        nm: "Program Administrasi Pemerintahan Desa",
        ind: "Persentase desa dengan tata kelola keuangan desa kategori baik",
        sat: "%",
        k5: 85,
        k6: 62.4,
        k7: 72,
        kq1: 63.1,
        kq2: 66.8,
        kq3: 70.25,
        kq4: 73.6,
        ...Object.fromEntries(rpKeys.map((k) => [k, fx(x.a(k, "g"))])),
        // a level: the year's K is Triwulan IV, the s.d. K the latest level
        k12: fx(x.a("kq4")),
        rp12: fx(rpq.map((k) => x.a(k)).join("+")),
        k13: fx(x.a("k12")),
        rp13: fx(`${x.a("rp6")}+${x.a("rp12")}`),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        rp14: fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`),
        pj: PJ,
      }),
    },
    {
      id: "g",
      cells: (x) => ({
        no: 2,
        kode: "2.13.04.2.01",
        nm: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
        ind: "Jumlah laporan hasil pembinaan administrasi pemerintahan desa",
        sat: "laporan",
        k5: 20,
        k6: 12,
        k7: 4,
        kq1: 1,
        kq2: 1,
        kq3: 1,
        kq4: 1,
        ...Object.fromEntries(rpKeys.map((k) => [k, fx(`${x.a(k, "s1")}+${x.a(k, "s2")}`)])),
        ...flow(x),
        pj: PJ,
      }),
    },
    ...(
      [
        [
          "s1",
          "2.13.04.2.01.0001",
          "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa",
          "Jumlah dokumen Perdes dan Perkades yang difasilitasi",
          "dokumen",
        ],
        [
          "s2",
          "2.13.04.2.01.0005",
          "Pembinaan dan Pengawasan Pengelolaan Keuangan Desa",
          "Jumlah desa yang dibina pengelolaan keuangannya",
          "desa",
        ],
      ] as const
    ).map(([id, kode, nm, ind, sat], i): Row => ({
      id,
      cells: (x) => {
        const v = sub[id];
        const f = flow(x, id === "s2" ? 710_300 : undefined);
        return {
          no: 3 + i,
          kode,
          nm,
          ind,
          sat,
          k5: v.k5,
          rp5: v.rp5,
          k6: v.k6,
          rp6: v.rp6,
          k7: v.k7,
          rp7: v.rp7,
          ...Object.fromEntries(v.kq.map((n, j) => [kq[j], n])),
          ...Object.fromEntries(v.rpq.map((n, j) => [rpq[j], n])),
          ...f,
          // planted: s1's tingkat capaian K cached before the 2024 realisasi was entered (31 / 60)
          ...(id === "s1" ? { k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`, 51.67) } : {}),
          pj: PJ,
        };
      },
    })),
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (x) => ({
        no: "Rata-rata Capaian Kinerja dan Anggaran",
        k14: fx(`ROUND(AVERAGE(${x.a("k14", "p")}:${x.a("k14", "s2")}),2)`),
        rp14: fx(`ROUND(AVERAGE(${x.a("rp14", "p")}:${x.a("rp14", "s2")}),2)`),
      }),
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan intensif oleh tenaga pendamping profesional di 118 desa.",
    "Faktor penghambat: keterbatasan jaringan internet untuk aplikasi Siskeudes di desa-desa hulu.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Nanga Pinoh Hulu, 15 Januari 2025",
    jabatan: ["KEPALA DINAS,"],
    nama: "Drs. ABANG ZULKARNAIN",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690707 199403 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 (12) of sub kegiatan 2.13.04.2.01.0005 is a typed 710,300 among formulas; Triwulan I-IV give 701,300 (ribuan rupiah)",
    truth: rpq.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of sub kegiatan 2.13.04.2.01.0001 is =ROUND(13/5*100,2) with a stale cached 51.67 (31 / 60, before the 2024 realisasi); 41 / 60 gives 68.33",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // the program's rate: Triwulan IV, not the four quarters added; s.d. 2024 the latest level, not 6 + 12
  b.ok({
    sheet: S,
    cell: a("k12", "p"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "p"),
    trap: kq.map((k) => a(k, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "p"),
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  for (const id of ["g", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: kq.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch"],
    truth: rpq.map((k) => a(k, "s1")).join("+"),
  });
  for (const k of ["rp5", "rp7"])
    b.ok({ sheet: S, cell: a(k, "g"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("k14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  return b.finish();
}

export function tc27Dpmd(): BookW {
  const b = new BookW(
    "tc27-pendanaan-indikatif-dpmd-lembor-barat-b125.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (DPMD)",
    "T-C.27 Renstra 2025-2029 of a DPMD in Nusa Tenggara Timur, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja; three header rows, no number row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lembor Barat 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, String(y), "Target"], role: "target", year: y, width: 8 },
      { key: `rp${y}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, fmt: RP, width: 12 },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", width: 9 },
    { key: "akRp", head: [AK, "Rp"], fmt: RP, width: 13 },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  type L = {
    id: string;
    kode: string;
    nm: string;
    ind: string;
    sat: string;
    awal: number;
    k: number[];
    rp?: number[];
  };
  const L: L[] = [
    {
      id: "p",
      kode: "2.13.05",
      nm: "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
      ind: "Persentase lembaga kemasyarakatan desa yang aktif",
      sat: "%",
      awal: 61.5,
      k: [64, 67, 70, 73, 76],
    },
    {
      id: "g",
      kode: "2.13.05.2.01",
      nm: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa",
      ind: "Jumlah lembaga kemasyarakatan desa yang difasilitasi",
      sat: "lembaga",
      awal: 96,
      k: [110, 115, 120, 125, 130],
    },
    {
      id: "s1",
      kode: "2.13.05.2.01.0001",
      nm: "Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa",
      ind: "Jumlah pengurus LKD yang mengikuti peningkatan kapasitas",
      sat: "orang",
      awal: 240,
      k: [260, 270, 280, 290, 300],
      rp: [385_400, 402_750, 418_900, 436_250, 451_600],
    },
    {
      id: "s2",
      kode: "2.13.05.2.01.0002",
      nm: "Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan PKK",
      ind: "Jumlah TP PKK desa yang difasilitasi",
      sat: "lembaga",
      awal: 58,
      k: [66, 70, 74, 78, 82],
      rp: [512_300, 538_900, 565_200, 591_700, 618_400],
    },
    {
      // planted: coded under kegiatan 2.13.05.2.02 while it stands under 2.13.05.2.01
      id: "s3",
      kode: "2.13.05.2.02.0003",
      nm: "Pemberdayaan Lembaga Adat dan Masyarakat Hukum Adat Desa",
      ind: "Jumlah lembaga adat desa yang dibina",
      sat: "lembaga",
      awal: 12,
      k: [15, 18, 21, 24, 27],
      rp: [174_600, 183_250, 192_400, 201_800, 211_350],
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: L.map((l): Row => ({
      id: l.id,
      bold: l.id === "p",
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: l.kode,
          nm: l.nm,
          ind: l.ind,
          sat: l.sat,
          awal: l.awal,
          uk: "Bidang PLKMA",
        };
        Y.forEach((y, i) => {
          c[`k${y}`] = l.k[i];
          c[`rp${y}`] = l.rp
            ? l.rp[i]
            : l.id === "g"
              ? fx(`${x.a(`rp${y}`, "s1")}+${x.a(`rp${y}`, "s2")}+${x.a(`rp${y}`, "s3")}`)
              : fx(x.a(`rp${y}`, "g"));
        });
        // a rate ends on its 2029 target; the flows add their five years
        c.akK = l.id === "p" ? fx(x.a("k2029")) : fx(Y.map((y) => x.a(`k${y}`)).join("+"));
        // planted: s2's kondisi akhir Rp typed
        c.akRp = l.id === "s2" ? 2_862_500 : fx(Y.map((y) => x.a(`rp${y}`)).join("+"));
        return c;
      },
    })),
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir Renstra DPMD Kabupaten Lembor Barat 2025-2029."]);
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (k: string, id: string) => Y.map((y) => a(`${k}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akRp", "s2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 2.13.05.2.01.0002 is a typed 2,862,500 among formulas; the five years give 2,826,500 (ribuan rupiah)",
    truth: yrs("rp", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemberdayaan Lembaga Adat dan Masyarakat Hukum Adat Desa is coded 2.13.05.2.02.0003 under kegiatan 2.13.05.2.01",
    actual: `PARENT(${a("kode", "s3")})`,
    truth: a("kode", "g"),
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      actual: `PARENT(${a("kode", id)})`,
      truth: a("kode", "g"),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p"),
    trap: yrs("k", "p"),
  });
  for (const id of ["g", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("akRp", id), rules: ["kondisi-akhir-mismatch"], truth: yrs("rp", id) });
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: yrs("k", id) });
  }
  for (const y of [2025, 2029])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
  return b.finish();
}
