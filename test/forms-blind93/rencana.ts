// Plan and evaluation tables of a Dinas Tenaga Kerja dan Transmigrasi: an E.81-like evaluation of the
// Renja 2024 of a Kalimantan Barat kabupaten's Disnakertrans (ordinal (n-2) / (n-1) headers, K | Rp
// pairs, quarters, the rates of the programs are levels), and a T-C.27 of the Renstra 2025-2029 of the
// Disnakertrans of Provinsi Bengkulu for its transmigrasi program, sub kegiatan per UPT.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

// ============================== Disnakertrans Kabupaten Kapuas Seberang, E.81 evaluasi Renja 2024

type ERow = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  /** a level (rate): its quarters are levels, (12) = Triwulan IV and (13) = (12) */
  rate?: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: number[];
  unit: string;
};

const EROWS: ERow[] = [
  {
    id: "p1",
    lvl: "p",
    kode: "2.07.04",
    nm: "PROGRAM PENEMPATAN TENAGA KERJA",
    ind: "Persentase pencari kerja terdaftar yang ditempatkan",
    sat: "%",
    rate: true,
    k5: 60,
    k6: 49.5,
    k7: 55,
    kq: [12.4, 27.8, 41.05, 52.3],
    unit: "Bidang Penempatan TK",
  },
  {
    id: "k1",
    lvl: "k",
    kode: "2.07.04.2.01",
    nm: "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
    ind: "Jumlah pencari kerja yang ditempatkan melalui AKL",
    sat: "orang",
    k5: 6500,
    k6: 3420,
    k7: 1450,
    kq: [310, 402, 385, 492],
    unit: "Bidang Penempatan TK",
  },
  {
    id: "s1",
    lvl: "s",
    kode: "2.07.04.2.01.0002",
    nm: "Penyuluhan dan Bimbingan Jabatan",
    ind: "Jumlah pencari kerja yang mendapat bimbingan jabatan",
    sat: "orang",
    k5: 9000,
    k6: 4870,
    k7: 2000,
    kq: [380, 545, 610, 520],
    rp5: 1_650_000,
    rp6: 905_300,
    rp7: 412_500,
    rpq: [64_250, 118_400, 102_750, 119_600],
    unit: "Seksi Penempatan Dalam Negeri",
  },
  {
    id: "s2",
    lvl: "s",
    kode: "2.07.04.2.01.0004",
    nm: "Pelaksanaan Job Fair/Bursa Kerja",
    ind: "Jumlah penyelenggaraan job fair",
    sat: "kali",
    k5: 10,
    k6: 4,
    k7: 2,
    kq: [0, 1, 0, 1],
    rp5: 1_300_000,
    rp6: 512_800,
    rp7: 286_000,
    // planted: Triwulan IV typed 178,300 (128,300 in the SP2D recap)
    rpq: [0, 128_500, 14_200, 178_300],
    unit: "Seksi Penempatan Dalam Negeri",
  },
  {
    id: "s3",
    lvl: "s",
    kode: "2.07.04.2.01.0006",
    nm: "Pelayanan Antarkerja melalui Sistem Informasi Pasar Kerja",
    ind: "Jumlah pencari kerja yang terdaftar di SIAPkerja",
    sat: "orang",
    k5: 15000,
    k6: 7880,
    k7: 3200,
    kq: [760, 880, 905, 1012],
    rp5: 1_900_000,
    rp6: 1_194_300,
    rp7: 486_000,
    rpq: [92_100, 121_450, 118_900, 140_650],
    unit: "Seksi Informasi Pasar Kerja",
  },
  {
    id: "p2",
    lvl: "p",
    kode: "2.07.05",
    nm: "PROGRAM HUBUNGAN INDUSTRIAL",
    ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
    sat: "%",
    rate: true,
    k5: 85,
    k6: 72.7,
    k7: 78,
    kq: [25, 45.45, 61.54, 80],
    unit: "Bidang Hubungan Industrial",
  },
  {
    id: "k2",
    lvl: "k",
    kode: "2.07.05.2.02",
    nm: "Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan",
    ind: "Jumlah kasus perselisihan hubungan industrial yang ditangani",
    sat: "kasus",
    k5: 60,
    k6: 27,
    k7: 12,
    kq: [3, 4, 2, 3],
    unit: "Bidang Hubungan Industrial",
  },
  {
    id: "s4",
    lvl: "s",
    kode: "2.07.05.2.02.0001",
    nm: "Pencegahan Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan",
    ind: "Jumlah perusahaan yang mendapat sosialisasi pencegahan perselisihan",
    sat: "perusahaan",
    k5: 250,
    k6: 104,
    k7: 50,
    kq: [8, 14, 15, 13],
    rp5: 725_000,
    rp6: 286_900,
    rp7: 148_000,
    rpq: [21_300, 38_450, 41_100, 45_850],
    unit: "Seksi Persyaratan Kerja",
  },
  {
    id: "s5",
    lvl: "s",
    kode: "2.07.05.2.02.0002",
    nm: "Penyelesaian Perselisihan Hubungan Industrial melalui Mediasi",
    ind: "Jumlah kasus yang diselesaikan melalui mediasi",
    sat: "kasus",
    k5: 60,
    k6: 27,
    k7: 12,
    kq: [3, 4, 2, 3],
    rp5: 640_000,
    rp6: 251_750,
    rp7: 136_500,
    rpq: [28_400, 33_150, 30_900, 41_600],
    unit: "Seksi Penyelesaian Perselisihan",
  },
];

/** kegiatan rows and the sub kegiatan under them (contiguous) */
const SUBS: Record<string, [string, string]> = { k1: ["s1", "s3"], k2: ["s4", "s5"] };
const PROG: Record<string, string> = { p1: "k1", p2: "k2" };

export function e81Naker(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-penempatan-hi-kapuas-seberang.xlsx",
    "E.81-like evaluasi hasil Renja (Disnakertrans kabupaten)",
    "E.81 s.d. Triwulan IV 2024 of a Kalimantan Barat Disnakertrans, Renstra 2022-2026, '(dalam ribuan rupiah)': No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (5) target akhir Renstra, (6) s.d. Renja tahun lalu (n-2), (7) Renja tahun berjalan (n-1), 'Realisasi Kinerja pada Triwulan' > I .. IV, (12), (13), (14) | Unit PD; three header rows, number row merged over the pairs; kegiatan Rp = SUM of sub kegiatan, program Rp = its kegiatan; rates of the programs are levels; Rata-rata and Predikat footer",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KAPUAS SEBERANG", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KAPUAS SEBERANG",
    "Renja Dinas Tenaga Kerja dan Transmigrasi Tahun 2024 - Renstra Perangkat Daerah 2022-2026",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  cols.filter((c) => c.key === "k14" || c.key === "rp14").forEach((c) => (c.fmt = DEC));
  const qs = (p: "k" | "rp", c: (k: string) => string) => [1, 2, 3, 4].map((i) => c(`${p}q${i}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...EROWS.map((x): Row => ({
        id: x.id,
        bold: x.lvl === "p",
        cells: (c) => {
          const o: Record<string, Cell> = {
            no: x.lvl === "p" ? ["I", "II"][x.id === "p1" ? 0 : 1] : x.lvl === "k" ? 1 : undefined,
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            k5: x.k5,
            k6: x.k6,
            k7: x.k7,
            unit: x.unit,
          };
          x.kq.forEach((v, j) => (o[`kq${j + 1}`] = v));
          const rpKeys = ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4"];
          if (x.lvl === "s") {
            o.rp5 = x.rp5;
            o.rp6 = x.rp6;
            o.rp7 = x.rp7;
            x.rpq!.forEach((v, j) => (o[`rpq${j + 1}`] = v));
          } else if (x.lvl === "k") {
            const [a1, a2] = SUBS[x.id];
            for (const k of rpKeys) o[k] = fx(`SUM(${c.a(k, a1)}:${c.a(k, a2)})`);
          } else for (const k of rpKeys) o[k] = fx(c.a(k, PROG[x.id]));
          o.k12 = fx(x.rate ? c.a("kq4") : qs("k", c.a));
          o.rp12 = fx(qs("rp", c.a));
          // planted: the kasus ditangani (a count) takes the level formula =(12) of its program
          o.k13 = fx(x.rate || x.id === "k2" ? c.a("k12") : `${c.a("k6")}+${c.a("k12")}`);
          o.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
          o.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          o.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return o;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "rpq4"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p1")}:${c.a("k14", "s5")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "p1")}:${c.a("rp14", "s5")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rpq4"],
        cells: { no: "Predikat kinerja", k14: "Sedang", rp14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kerja sama dengan 42 perusahaan perkebunan kelapa sawit dalam rekrutmen tenaga kerja lokal.",
    "Faktor penghambat: keterbatasan mediator hubungan industrial (2 orang) dan akses jalan ke kecamatan perbatasan.",
    "Tindak lanjut: usulan formasi mediator HI dan job fair keliling di Kecamatan Entikong Hulu.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sungai Ayak, 14 Januari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi,"],
    nama: "YOHANES ALOYSIUS DJUNAIDI, S.E., M.M.",
    nip: "19730411 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k13", "k2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi K (13) of the kasus ditangani (a count) is =(12) = 12, the level formula of the program rows; 27 + 12 give 39",
    truth: `${a("k6", "k2")}+${a("k12", "k2")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rp12", "s2") },
        { sheet: S, cell: a("rpq4", "s2") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Job fair: Triwulan IV Rp typed 178,300 (128,300 in the SP2D recap), so the realisasi (12) of 321,000 is above the Renja pagu (7) of 286,000 (112.24 %)",
    truth: a("rp7", "s2"),
  });
  for (const id of ["p1", "p2"]) {
    // the rate's (12) is the Triwulan IV level, its (13) the latest level
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qs("k", (k) => a(k, id)),
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
  for (const id of ["s1", "s3", "s4", "s5", "k1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", (k) => a(k, id)) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s3", "s4", "s5"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: qs("rp", (k) => a(k, id)),
    });
  for (const k of ["rp5", "rp6", "rp7", "rpq1"])
    b.ok({ sheet: S, cell: a(k, "k2"), rules: ["sum-mismatch"], truth: `${a(k, "s4")}+${a(k, "s5")}` });
  b.ok({
    sheet: S,
    cell: a("rp14", "s4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s4")}/${a("rp5", "s4")}*100,2)`,
  });
  return b.finish();
}

// ================================= Disnakertrans Provinsi Bengkulu, T-C.27 Renstra 2025-2029 transmigrasi

type TRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rate?: boolean;
  rp?: number[];
  unit: string;
  lok: string;
};

export function tc27Transmigrasi(): BookW {
  const b = new BookW(
    "renstra-tc27-transmigrasi-upt-provinsi-bengkulu.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Disnakertrans provinsi)",
    "T-C.27 of the Renstra 2025-2029 of a provincial Disnakertrans, transmigrasi program, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi (UPT); three header rows, number row (1) .. (19); SUM formulas for kegiatan and program Rp, kondisi akhir Rp as five-term formulas",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI BENGKULU"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Tenaga Kerja dan Transmigrasi Provinsi Bengkulu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: TRow[] = [
    {
      id: "p",
      kode: "3.32.03",
      nm: "PROGRAM PEMBANGUNAN KAWASAN TRANSMIGRASI",
      ind: "Persentase UPT yang memenuhi standar pelayanan dasar permukiman",
      sat: "%",
      awal: 55,
      k: [60, 65, 70, 75, 80],
      rate: true,
      unit: "Bidang Transmigrasi",
      lok: "Provinsi Bengkulu",
    },
    {
      id: "k1",
      kode: "3.32.03.2.01",
      nm: "Penataan Persebaran Penduduk yang Berasal dari Lintas Daerah Kabupaten/Kota dalam 1 Daerah Provinsi",
      ind: "Jumlah KK transmigran yang ditempatkan",
      sat: "KK",
      awal: 150,
      k: [100, 125, 125, 150, 150],
      unit: "Bidang Transmigrasi",
      lok: "Kab. Mukomuko, Kab. Seluma",
    },
    {
      id: "s1",
      kode: "3.32.03.2.01.0001",
      nm: "Penyiapan dan Penempatan Calon Transmigran Penduduk Asal",
      ind: "Jumlah KK transmigran penduduk asal yang ditempatkan",
      sat: "KK",
      awal: 75,
      k: [50, 60, 60, 75, 75],
      rp: [1_850_000, 2_240_500, 2_310_000, 2_875_250, 2_940_000],
      unit: "Seksi Penempatan Transmigrasi",
      lok: "UPT Air Rami SP-3, Kab. Mukomuko",
    },
    {
      id: "s2",
      kode: "3.32.03.2.01.0002",
      nm: "Penempatan Transmigran Penduduk Setempat (TPS)",
      ind: "Jumlah KK transmigran penduduk setempat yang ditempatkan",
      sat: "KK",
      awal: 75,
      k: [50, 65, 65, 75, 75],
      rp: [1_720_000, 2_215_750, 2_290_400, 2_615_000, 2_702_300],
      unit: "Seksi Penempatan Transmigrasi",
      lok: "UPT Lubuk Bangko SP-1, Kab. Seluma",
    },
    {
      id: "k2",
      kode: "3.32.03.2.02",
      nm: "Pembangunan Permukiman dan Sarana Prasarana Kawasan Transmigrasi",
      ind: "Jumlah unit rumah transmigran dan jamban keluarga yang dibangun",
      sat: "unit",
      awal: 150,
      k: [100, 125, 125, 150, 150],
      unit: "Bidang Transmigrasi",
      lok: "Kab. Mukomuko, Kab. Seluma",
    },
    {
      id: "s3",
      kode: "3.32.03.2.02.0001",
      nm: "Pembangunan Rumah Transmigran dan Jamban Keluarga",
      ind: "Jumlah unit rumah transmigran dan jamban keluarga",
      sat: "unit",
      awal: 150,
      k: [100, 125, 125, 150, 150],
      rp: [3_600_000, 4_562_500, 4_687_500, 5_775_000, 5_925_000],
      unit: "Seksi Pembangunan Kawasan",
      lok: "UPT Air Rami SP-3, UPT Lubuk Bangko SP-1",
    },
    {
      id: "s4",
      // planted: coded under kegiatan 3.32.03.2.01 while it stands under 3.32.03.2.02
      kode: "3.32.03.2.01.0003",
      nm: "Pembangunan Sarana Air Bersih Permukiman Transmigrasi",
      ind: "Jumlah unit sarana air bersih yang dibangun",
      sat: "unit",
      awal: 2,
      k: [2, 2, 3, 3, 2],
      rp: [640_000, 655_000, 1_012_500, 1_035_000, 720_000],
      unit: "Seksi Pembangunan Kawasan",
      lok: "UPT Air Rami SP-3, UPT Lubuk Bangko SP-1",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  let n = 5;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 11,
    },
    ...years.flatMap((y, j): Col[] => [
      { key: `k${j}`, head: [G, String(y), "Target"], role: "target", year: y, num: `(${++n})`, width: 8 },
      {
        key: `r${j}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: `(${++n})`,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akK", head: [A, "Target"], role: "kondisi-akhir", num: "(16)", width: 9 },
    { key: "akR", head: [A, "Rp"], role: "kondisi-akhir", num: "(17)", fmt: RP, width: 14 },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 20,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 24 },
  ];
  const under: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s1", "s2"], k2: ["s3", "s4"] };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.id === "p",
      cells: (c) => {
        const o: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          unit: x.unit,
          lok: x.lok,
        };
        years.forEach((_, j) => {
          o[`k${j}`] = x.k[j];
          if (x.rp) o[`r${j}`] = x.rp[j];
          else if (x.id === "p") o[`r${j}`] = fx(under.p.map((id) => c.a(`r${j}`, id)).join("+"));
          else o[`r${j}`] = fx(`SUM(${c.a(`r${j}`, under[x.id][0])}:${c.a(`r${j}`, under[x.id][1])})`);
        });
        o.akK = x.rate ? x.k[4] : fx(`SUM(${c.a("k0")},${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")})`);
        // planted: the kondisi akhir Rp of the TPS typed 11,453,450 (the years give 11,543,450)
        o.akR = x.id === "s2" ? 11_453_450 : fx(years.map((_, j) => c.a(`r${j}`)).join("+"));
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target KK dan unit = jumlah 2025-2029; persentase UPT = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Bengkulu, 30 Juni 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi", "Provinsi Bengkulu,"],
    nama: "Dr. RAHMAT HIDAYAT SIREGAR, S.T., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19760814 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string, p: "k" | "r") => years.map((_, j) => a(`${p}${j}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembangunan Sarana Air Bersih is coded 3.32.03.2.01.0003 under kegiatan 3.32.03.2.02 (and is summed into it)",
    truth: `PARENT(${a("kode", "s4")})`,
    actual: a("kode", "k2"),
  });
  b.plant({
    at: { sheet: S, cell: a("akR", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of the TPS sub kegiatan is a typed 11,453,450 among five-term formulas; 1,720,000 + 2,215,750 + 2,290,400 + 2,615,000 + 2,702,300 give 11,543,450",
    truth: yrs("s2", "r"),
  });
  // kondisi akhir K: the 2029 target for the rate, the sum for the counts
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p"),
    trap: yrs("p", "k"),
  });
  for (const id of ["k1", "s1", "s4"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs(id, "k"),
      trap: a("k4", id),
    });
  for (const id of ["p", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs(id, "r"),
    });
  // the program adds its two kegiatan, not every row beneath it
  b.ok({
    sheet: S,
    cell: a("r2", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "k1")}+${a("r2", "k2")}`,
    trap: `SUM(${a("r2", "k1")}:${a("r2", "s4")})`,
  });
  // the kegiatan adds the rows beneath it, the mis-coded one too
  b.ok({
    sheet: S,
    cell: a("r1", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("r1", "s3")}+${a("r1", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}
