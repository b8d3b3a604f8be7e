// Two plan / evaluation tables of a Dinas Perhubungan: an E.81 Renja evaluation for 2024 (Kabupaten
// Batang Toru Raya, Sumatera Utara) with "Kinerja | Keuangan (Rp)" pairs and a level indicator, and a
// T-C.27 Renstra 2025-2029 funding table in thousands of rupiah (Kabupaten Tanah Banjar Hulu,
// Kalimantan Selatan) with "Tahun ke-1 .. ke-5". Every name and number is invented.
import {
  BookW,
  RP,
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

type Ev = {
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

export function e81Dishub(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dishub-batang-toru-raya-2024.xlsx",
    "E.81 Renja evaluation of a Dinas Perhubungan (2024)",
    "E.81 for 2024 (n-1) of a Dinas Perhubungan in Sumatera Utara: No | Kode | Program / Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. Renja (n-2) | (7) Target Renja (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each 'Kinerja | Keuangan (Rp)'; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; program = two kegiatan (terminal tipe C, uji berkala); the program's rate is a level; Rata-rata and Predikat rows",
  );
  const S = "E.81 Dishub 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG TORU RAYA",
    "DINAS PERHUBUNGAN",
    "Jl. Sisingamangaraja No. 112, Pargarutan Baru",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BATANG TORU RAYA",
    "RENJA DINAS PERHUBUNGAN s.d. TRIWULAN IV TAHUN 2024",
    "Periode Renstra 2021-2026",
  ]);
  s.gap();
  const ev: Ev[] = [
    {
      id: "k1",
      kode: "2.15.02.2.03",
      nm: "Pengelolaan Terminal Penumpang Tipe C",
      ind: "Jumlah penumpang berangkat yang dilayani terminal tipe C",
      sat: "orang",
      level: false,
      k5: 1_250_000,
      k6: 712_480,
      k7: 255_000,
      kq: [58_940, 61_215, 63_870, 72_405],
      rp5: 8_750_000_000,
      rp6: 4_912_350_000,
      rp7: 1_845_000_000,
      rpq: [312_450_000, 438_920_000, 467_150_000, 571_380_000],
    },
    {
      id: "k2",
      kode: "2.15.02.2.05",
      nm: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan wajib uji yang diuji berkala (uji KIR)",
      sat: "unit",
      level: false,
      k5: 42_000,
      k6: 24_615,
      k7: 8_600,
      kq: [1_985, 2_140, 2_230, 2_318],
      rp5: 6_400_000_000,
      rp6: 3_688_720_000,
      rp7: 1_320_000_000,
      rpq: [248_630_000, 315_470_000, 338_915_000, 392_785_000],
    },
  ];
  const PLANT_RP12 = 1_259_800_000; // k2: 1,295,800,000 with two digits swapped
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kr, year, num, fmt: "#,##0.00", width: 11 },
    { key: `rp${key}`, head: [head, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
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
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const r14 = (c: Ctx, k: string) => fx(`ROUND(${c.a(`${k}13`)}/${c.a(`${k}5`)}*100,2)`);
  const kegRow = (x: Ev, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.${i + 1}`,
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
        pj: "Bidang Angkutan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      // planted: k2's Rp (12) is typed, two digits swapped
      out.rp12 = x.id === "k2" ? PLANT_RP12 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: k1's K (14) divides the year's realisation by the Renja target (12 / 7)
      out.k14 = x.id === "k1" ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`) : r14(c, "k");
      out.rp14 = r14(c, "rp");
      return out;
    },
  });
  const progRow: Row = {
    id: "p",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1",
        kode: "2.15.02",
        nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
        ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
        sat: "%",
        k5: 85,
        k6: 76.4,
        k7: 80,
        kq1: 71.2,
        kq2: 74.5,
        kq3: 78.1,
        kq4: 81.3,
        pj: "Dinas Perhubungan",
      };
      for (const k of rpKeys) out[k] = fx(`${c.a(k, "k1")}+${c.a(k, "k2")}`);
      // a level: the year's value is the Triwulan IV level, the s.d. value the latest level
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = r14(c, "k");
      out.rp14 = r14(c, "rp");
      return out;
    },
  };
  // the cached values of column 14 as written (planted ones included), for the footer's predikat
  const [k1, k2] = ev;
  const rpOf = (x: Ev) => (x.id === "k2" ? PLANT_RP12 : sum(x.rpq));
  const k14 = [
    round((81.3 / 85) * 100),
    round((sum(k1.kq) / k1.k7) * 100),
    round(((k2.k6 + sum(k2.kq)) / k2.k5) * 100),
  ];
  const rp14 = [
    round(((k1.rp6 + k2.rp6 + rpOf(k1) + rpOf(k2)) / (k1.rp5 + k2.rp5)) * 100),
    ...ev.map((x) => round(((x.rp6 + rpOf(x)) / x.rp5) * 100)),
  ];
  const avgK = round(sum(k14) / 3);
  const avgR = round(sum(rp14) / 3);
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
      { id: "bid", bold: true, cells: { kode: "2.15", nm: "URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN" } },
      progRow,
      ...ev.map(kegRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "rp13"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p")}:${c.a("k14", "k2")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "p")}:${c.a("rp14", "k2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rp13"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: beroperasinya kembali Terminal Tipe C Pargarutan setelah rehabilitasi.",
    "Faktor penghambat: alat uji emisi rusak pada Triwulan II sehingga sebagian uji berkala dijadwal ulang.",
    "Tindak lanjut: kalibrasi dan pengadaan suku cadang alat uji pada APBD Perubahan 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Pargarutan Baru, 27 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN BATANG TORU RAYA,"],
    nama: "Drs. MANGATAS PARLINDUNGAN HARAHAP, M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710604 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of kegiatan Pengujian Berkala is a typed 1,259,800,000 among formulas; Triwulan I-IV add up to 1,295,800,000 (two digits swapped)",
    truth: qr.map((k) => a(k, "k2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "k1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of the terminal kegiatan is =ROUND(12/7*100,2) = 100.56 (the Renja capaian); 13 / 5 x 100 = 968,910 / 1,250,000 gives 77.51",
    truth: `ROUND(${a("k13", "k1")}/${a("k5", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "p"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "p"),
    trap: qk.map((k) => a(k, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("k12", "p"),
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "p"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "p")}/${a("k5", "p")}*100,2)`,
  });
  for (const k of ["rp5", "rp6", "rp7", "rpq4"])
    b.ok({ sheet: S, cell: a(k, "p"), rules: ["sum-mismatch"], truth: `${a(k, "k1")}+${a(k, "k2")}` });
  for (const x of ev) {
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["sum-mismatch"],
      truth: qk.map((k) => a(k, x.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("rp12", "k1"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "k1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp13", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp6", "k1")}+${a("rp12", "k1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "k1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "k1")}/${a("rp5", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "k2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("k13", "k2")}/${a("k5", "k2")}*100,2)`,
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
  return b.finish();
}

// ====================================== T-C.27 Renstra 2025-2029, Dinas Perhubungan Tanah Banjar Hulu

type Plan = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** kondisi akhir K: the sum of the years (flows) or the last target (levels) */
  flow: boolean;
  /** typed Rp per year (sub kegiatan only), in thousands */
  rp?: number[];
  level: "p" | "k" | "s";
};

export function tc27Dishub(): BookW {
  const b = new BookW(
    "renstra-tc27-dishub-tanah-banjar-hulu-2025-2029.xlsx",
    "T-C.27 Renstra funding of a Dinas Perhubungan (2025-2029)",
    "T-C.27 of a Dinas Perhubungan in Kalimantan Selatan, Renstra 2025-2029 '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; number row 1 .. 17; SUM formulas for kegiatan, program = kegiatan added; kondisi akhir Rp = SUM of the years, K last target for rates and stocks, the sum for documents and vehicles tested",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH BANJAR HULU", "DINAS PERHUBUNGAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perhubungan",
    "Kabupaten Tanah Banjar Hulu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: Plan[] = [
    {
      id: "p",
      kode: "2.15.02",
      nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase angkutan umum yang memenuhi standar pelayanan minimal",
      sat: "%",
      awal: 62,
      tg: [66, 70, 74, 78, 82],
      flow: false,
      level: "p",
    },
    {
      id: "k1",
      kode: "2.15.02.2.03",
      nm: "Pengelolaan Terminal Penumpang Tipe C",
      ind: "Jumlah terminal tipe C yang memenuhi standar pelayanan",
      sat: "terminal",
      awal: 3,
      tg: [3, 4, 4, 5, 5],
      flow: false,
      level: "k",
    },
    {
      id: "s11",
      kode: "2.15.02.2.03.0001",
      nm: "Penyediaan Sarana dan Prasarana Terminal Penumpang Tipe C",
      ind: "Jumlah laporan operasional terminal tipe C",
      sat: "laporan",
      awal: 12,
      tg: [12, 12, 12, 12, 12],
      flow: true,
      rp: [412_500, 436_800, 455_200, 471_900, 490_350],
      level: "s",
    },
    {
      id: "s12",
      kode: "2.15.02.2.03.0002",
      nm: "Pemeliharaan Terminal Penumpang Tipe C",
      ind: "Jumlah terminal tipe C yang dipelihara",
      sat: "terminal",
      awal: 3,
      tg: [3, 4, 4, 5, 5],
      flow: false,
      rp: [1_285_000, 935_400, 1_540_750, 968_300, 1_012_600],
      level: "s",
    },
    {
      id: "k2",
      kode: "2.15.02.2.05",
      nm: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      awal: 86.2,
      tg: [88.5, 90, 91.5, 93, 95],
      flow: false,
      level: "k",
    },
    {
      id: "s21",
      kode: "2.15.02.2.05.0001",
      nm: "Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor yang diuji berkala",
      sat: "unit",
      awal: 8_420,
      tg: [8_700, 8_950, 9_200, 9_450, 9_700],
      flow: true,
      rp: [624_300, 651_850, 683_200, 712_450, 745_900],
      level: "s",
    },
    {
      id: "s22",
      // planted: coded under kegiatan 2.15.02.2.04 although it stands under 2.15.02.2.05
      kode: "2.15.02.2.04.0002",
      nm: "Pengadaan dan Kalibrasi Peralatan Pengujian Kendaraan Bermotor",
      ind: "Jumlah peralatan uji yang dikalibrasi",
      sat: "unit",
      awal: 12,
      tg: [14, 14, 16, 16, 18],
      flow: true,
      rp: [185_000, 92_500, 96_750, 210_400, 101_300],
      level: "s",
    },
  ];
  const PLANT_AK = 3_471_700; // s21: the years add up to 3,417,700
  const Y = [1, 2, 3, 4, 5];
  const GT = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 10,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [GT, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [GT, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "akT",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 10,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 13,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const row = (x: Plan): Row => ({
    id: x.id,
    bold: x.level !== "s",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        unit:
          x.level === "p"
            ? "Dinas Perhubungan"
            : x.id.startsWith("s1") || x.id === "k1"
              ? "Bidang Angkutan"
              : "UPTD Pengujian Kendaraan",
        lok: "Kab. Tanah Banjar Hulu",
      };
      Y.forEach((y, i) => {
        out[`t${y}`] = x.tg[i];
        if (x.rp) out[`r${y}`] = x.rp[i];
        else if (x.id === "k1") out[`r${y}`] = fx(`SUM(${c.a(`r${y}`, "s11")}:${c.a(`r${y}`, "s12")})`);
        else if (x.id === "k2") out[`r${y}`] = fx(`SUM(${c.a(`r${y}`, "s21")}:${c.a(`r${y}`, "s22")})`);
        else out[`r${y}`] = fx(`${c.a(`r${y}`, "k1")}+${c.a(`r${y}`, "k2")}`);
      });
      out.akT = fx(x.flow ? Y.map((y) => c.a(`t${y}`)).join("+") : c.a("t5"));
      // planted: s21's kondisi akhir Rp is typed
      out.akR = x.id === "s21" ? PLANT_AK : fx(Y.map((y) => c.a(`r${y}`)).join("+"));
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: P.map(row) });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target indikator persentase dan jumlah terminal adalah target tahun ke-5;",
    "jumlah laporan, kendaraan yang diuji dan peralatan yang dikalibrasi adalah jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Barabai Hulu, 14 Juli 2025",
    jabatan: ["Kepala Dinas Perhubungan", "Kabupaten Tanah Banjar Hulu,"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760911 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengadaan dan Kalibrasi Peralatan Pengujian is coded 2.15.02.2.04.0002 (kegiatan 2.15.02.2.04) but stands under kegiatan 2.15.02.2.05; its code is 2.15.02.2.05.0002",
    truth: `${a("kode", "k2")}&".0002"`,
  });
  b.plant({
    at: { sheet: S, cell: a("akR", "s21") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan Pelaksanaan Pengujian Berkala is a typed 3,471,700 among SUM formulas; the five years add up to 3,417,700",
    truth: Y.map((y) => a(`r${y}`, "s21")).join("+"),
  });
  for (const x of P) {
    if (x.id !== "s21")
      b.ok({
        sheet: S,
        cell: a("akR", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: Y.map((y) => a(`r${y}`, x.id)).join("+"),
      });
    const sumT = Y.map((y) => a(`t${y}`, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("akT", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? sumT : a("t5", x.id),
      // rates and stocks end at the last target, documents and vehicles tested add up their years
      trap: x.flow ? a("t5", x.id) : x.tg[0] === x.tg[4] ? undefined : sumT,
    });
  }
  for (const y of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r2", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "s21")}+${a("r2", "s22")}`,
  });
  for (const id of ["s11", "s12"])
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
  b.ok({ sheet: S, cell: a("t1", "s12"), rules: ["target-outlier"], truth: "3" });
  return b.finish();
}
