// E.81, T-C.27 and LKjIP of set 344: Dinas Pendidikan Kabupaten Lembah Seruni (Nusa Tenggara Barat) and
// Kota Tanjung Parigi (Sulawesi Tengah). Places, people and numbers are invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const E81 = "Evaluasi Renja 2024";

type Keg = {
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  level: boolean;
  t5: [number, number];
  r6: [number, number];
  t7: [number, number];
  qk: number[];
  qr: number[];
  unit: string;
};

/** E.81 s.d. Triwulan IV 2024, local variant: no No column, Satuan column, renumbered 1..14. */
export function e81Pendidikan(): BookW {
  const book = new BookW("e81-dikbud-lembah-seruni-344.xlsx", "E.81", "E.81 Dinas Pendidikan Lembah Seruni");
  const s = book.sheet(E81);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERUNI",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Pariwisata No. 27 Seruni Barat, Nusa Tenggara Barat",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "KABUPATEN LEMBAH SERUNI s.d. TRIWULAN IV TAHUN 2024",
  ]);
  s.gap();
  const kegs: Keg[] = [
    {
      kode: "1.01.02.2.01",
      uraian: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah guru SD yang lulus sertifikasi pendidik (PPG Dalam Jabatan)",
      sat: "orang",
      level: false,
      t5: [600, 384_500_000_000],
      r6: [318, 221_640_250_000],
      t7: [110, 79_350_000_000],
      qk: [0, 24, 41, 38],
      qr: [11_205_400_000, 19_870_250_000, 21_003_800_000, 24_116_900_000],
      unit: "Bidang Pembinaan SD",
    },
    {
      kode: "1.01.02.2.02",
      uraian: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Persentase SMP terakreditasi minimal B",
      sat: "%",
      level: true,
      t5: [92, 268_900_000_000],
      r6: [84.5, 152_118_600_000],
      t7: [87, 55_420_000_000],
      qk: [84.5, 84.5, 86.2, 87.4],
      qr: [7_912_300_000, 14_233_100_000, 15_420_650_000, 16_008_450_000],
      unit: "Bidang Pembinaan SMP",
    },
    {
      kode: "1.01.02.2.03",
      uraian: "Pengelolaan Pendidikan Nonformal/Kesetaraan",
      ind: "Jumlah warga belajar Paket A/B/C yang lulus",
      sat: "orang",
      level: false,
      t5: [2400, 41_250_000_000],
      r6: [1380, 23_480_900_000],
      t7: [520, 8_960_000_000],
      qk: [0, 0, 260, 248],
      qr: [1_102_500_000, 2_340_700_000, 2_215_600_000, 3_006_200_000],
      unit: "Bidang PAUD dan PNF",
    },
  ];
  const prog: Keg = {
    kode: "1.01.02",
    uraian: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Angka Partisipasi Murni (APM) SD/MI",
    sat: "%",
    level: true,
    t5: [98.2, sum(kegs.map((k) => k.t5[1]))],
    r6: [96.1, sum(kegs.map((k) => k.r6[1]))],
    t7: [96.8, sum(kegs.map((k) => k.t7[1]))],
    qk: [96.15, 96.3, 96.52, 96.74],
    qr: [0, 1, 2, 3].map((i) => sum(kegs.map((k) => k.qr[i]))),
    unit: "Sekretariat Dinas",
  };
  const pair =
    (group: string, num: string, year?: number, rk = "realisasi", rr = "realisasi-anggaran") =>
    (key: string): Col[] => [
      { key: `${key}k`, head: [group, "K"], role: rk as Col["role"], year, num, fmt: DEC },
      { key: `${key}r`, head: [group, "Rp"], role: rr as Col["role"], year, num, fmt: RP, width: 18 },
    ];
  const quarter = (i: number): Col[] =>
    ["K", "Rp"].map((u) => ({
      key: `q${i}${u === "K" ? "k" : "r"}`,
      head: ["Realisasi Kinerja pada Triwulan", ["I", "II", "III", "IV"][i], u],
      role: u === "K" ? "realisasi" : "realisasi-anggaran",
      year: 2024,
      num: String(7 + i),
      fmt: u === "K" ? DEC : RP,
    }));
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1" },
    { key: "uraian", head: ["Urusan/Bidang Urusan/Program/Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "3a" },
    ...pair(
      "Target Renstra PD pada Akhir Periode Renstra (2026)",
      "4",
      undefined,
      "target",
      "anggaran",
    )("t5"),
    ...pair("Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)", "5", 2023)("r6"),
    ...pair(
      "Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi",
      "6",
      2024,
      "target",
      "anggaran",
    )("t7"),
    ...[0, 1, 2, 3].flatMap(quarter),
    ...pair("Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi", "11 = 7+8+9+10", 2024)("r12"),
    ...pair("Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024", "12 = 5 + 11", 2024)("r13"),
    ...pair(
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "13 = 12/4 x 100",
      undefined,
      "capaian",
      "capaian",
    )("c14"),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "14", width: 22 },
  ];
  const line = (k: Keg, id: string, over: Record<string, number> = {}): Row => {
    const r12k = k.level ? k.qk[3] : sum(k.qk);
    const r12r = sum(k.qr);
    const r13k = k.level ? r12k : k.r6[0] + r12k;
    const r13r = k.r6[1] + r12r;
    const cells: Record<string, number | string> = {
      kode: k.kode,
      uraian: k.uraian,
      ind: k.ind,
      sat: k.sat,
      t5k: k.t5[0],
      t5r: k.t5[1],
      r6k: k.r6[0],
      r6r: k.r6[1],
      t7k: k.t7[0],
      t7r: k.t7[1],
      r12k,
      r12r,
      r13k,
      r13r,
      c14k: round((r13k / k.t5[0]) * 100),
      c14r: round((r13r / k.t5[1]) * 100),
      unit: k.unit,
    };
    k.qk.forEach((v, i) => (cells[`q${i}k`] = v));
    k.qr.forEach((v, i) => (cells[`q${i}r`] = v));
    return { id, cells: { ...cells, ...over }, bold: id === "p" };
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog, "p"),
      line(kegs[0], "k1", { c14k: 93.64 }),
      line(kegs[1], "k2"),
      line(kegs[2], "k3", { r13r: 38_206_900_000 }),
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan anggaran (%)",
          c14k: fx(`ROUND(AVERAGE(${x.a("c14k", "p")}:${x.a("c14k", "k3")}),2)`),
          c14r: fx(`ROUND(AVERAGE(${x.a("c14r", "p")}:${x.a("c14r", "k3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", c14k: "Sangat Tinggi", c14r: "Tinggi" },
      },
    ],
  });
  const A = (k: string, id: string) => ({ sheet: E81, cell: t.a(k, id) });
  book.plant({
    at: A("c14k", "k1"),
    rules: ["capaian-mismatch"],
    note: "guru lulus PPG: column 13 K holds 11/6 x 100 = 93.64; 12/4 x 100 = 421/600 = 70.17",
    truth: `ROUND(${t.a("r13k", "k1")}/${t.a("t5k", "k1")}*100,2)`,
  });
  book.plant({
    at: A("r13r", "k3"),
    rules: ["sum-mismatch"],
    note: "Paket A/B/C: column 12 Rp typed 38,206,900,000; 5 + 11 = 32,145,900,000",
    truth: `${t.a("r6r", "k3")}+${t.a("r12r", "k3")}`,
  });
  book.ok({
    ...A("r12k", "p"),
    rules: ["sum-mismatch"],
    truth: t.a("q3k", "p"),
    trap: `SUM(${t.a("q0k", "p")},${t.a("q1k", "p")},${t.a("q2k", "p")},${t.a("q3k", "p")})`,
  });
  book.ok({
    ...A("r13k", "k2"),
    rules: ["sum-mismatch"],
    truth: t.a("r12k", "k2"),
    trap: `${t.a("r6k", "k2")}+${t.a("r12k", "k2")}`,
  });
  book.ok({
    ...A("r12r", "p"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("q0r", "p")},${t.a("q1r", "p")},${t.a("q2r", "p")},${t.a("q3r", "p")})`,
  });
  book.ok({ ...A("c14r", "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${t.a("c14r", "avg")})` });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK fisik dan BOSP tepat waktu.",
    "Faktor penghambat: keterlambatan kuota PPG dari pusat.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Seruni Barat, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KABUPATEN LEMBAH SERUNI"],
    nama: "Drs. LALU MUHAMMAD ARSAYADI, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700314 199503 1 004",
  });
  return book.finish();
}

const TC27 = "T-C.27";

/** T-C.27 Renstra 2025-2029 in thousands, "Tahun ke-1..5" > Target / Rp, number row 1..19. */
export function tc27Pendidikan(): BookW {
  const book = new BookW(
    "tc27-renstra-disdik-tanjung-parigi-344.xlsx",
    "T-C.27",
    "T-C.27 Dinas Pendidikan Tanjung Parigi",
  );
  const s = book.sheet(TC27);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pendidikan Kota Tanjung Parigi Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years: Col[] = [1, 2, 3, 4, 5].flatMap((i) => [
    {
      key: `k${i}`,
      head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i}`, "Target"],
      role: "target" as const,
      year: 2024 + i,
      num: 5 + 2 * i,
      fmt: DEC,
    },
    {
      key: `r${i}`,
      head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i}`, "Rp"],
      role: "anggaran" as const,
      year: 2024 + i,
      num: 6 + 2 * i,
      fmt: RP,
    },
  ]);
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1 },
    { key: "prog", head: ["Program dan Kegiatan"], num: 2, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: 5,
      fmt: DEC,
    },
    ...years,
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      fmt: DEC,
    },
    {
      key: "ar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: 17,
      fmt: RP,
    },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19 },
  ];
  type Sub = {
    id: string;
    kode: string;
    prog: string;
    ind: string;
    sat: string;
    awal: number;
    k: number[];
    r: number[];
  };
  const subs: Sub[] = [
    {
      id: "s11",
      kode: "1.01.02.2.01.0003",
      prog: "Pembangunan Ruang Kelas Baru",
      ind: "Jumlah ruang kelas baru SD yang dibangun",
      sat: "ruang",
      awal: 12,
      k: [10, 12, 12, 10, 8],
      r: [3_150_000, 3_870_000, 3_960_000, 3_410_000, 2_780_000],
    },
    {
      id: "s12",
      kode: "1.01.02.2.01.0009",
      prog: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      awal: 30,
      k: [24, 26, 28, 22, 20],
      r: [4_420_500, 4_905_000, 5_318_200, 4_260_000, 3_985_600],
    },
    {
      id: "s21",
      kode: "1.01.02.2.02.0005",
      prog: "Penambahan Ruang Kelas Baru",
      ind: "Jumlah ruang kelas baru SMP yang dibangun",
      sat: "ruang",
      awal: 6,
      k: [6, 8, 8, 6, 4],
      r: [2_310_000, 3_120_000, 3_198_400, 2_406_000, 1_650_000],
    },
    {
      id: "s22",
      kode: "1.01.02.2.02.0021",
      prog: "Pengadaan Perlengkapan Sekolah",
      ind: "Jumlah paket perlengkapan sekolah SMP",
      sat: "paket",
      awal: 14,
      k: [15, 15, 16, 16, 18],
      r: [1_275_000, 1_290_500, 1_402_300, 1_418_800, 1_611_000],
    },
  ];
  const subRow = (x: Sub): Row => {
    const cells: Record<string, ReturnType<typeof fx> | number | string> = {
      kode: x.kode,
      prog: x.prog,
      ind: x.ind,
      sat: x.sat,
      awal: x.awal,
      unit: "Bidang Sarana Prasarana",
      lok: "Kota Tanjung Parigi",
    };
    x.k.forEach((v, i) => (cells[`k${i + 1}`] = v));
    x.r.forEach((v, i) => (cells[`r${i + 1}`] = v));
    return {
      id: x.id,
      cells: (c) => ({
        ...cells,
        ak: fx(`SUM(${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")},${c.a("k5")})`),
        ar: fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`),
      }),
    };
  };
  const level = (
    id: string,
    kode: string,
    prog: string,
    ind: string,
    awal: number,
    k: number[],
    kids: string[],
    unit: string,
    over: Record<string, number> = {},
  ): Row => ({
    id,
    bold: true,
    cells: (c) => {
      const cells: Record<string, ReturnType<typeof fx> | number | string> = {
        kode,
        prog,
        ind,
        sat: "%",
        awal,
        unit,
        lok: "Kota Tanjung Parigi",
      };
      k.forEach((v, i) => (cells[`k${i + 1}`] = v));
      for (let i = 1; i <= 5; i++) cells[`r${i}`] = fx(kids.map((kid) => c.a(`r${i}`, kid)).join("+"));
      cells.ak = fx(c.a("k5"));
      cells.ar = fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      return { ...cells, ...over };
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      level(
        "p",
        "1.01.02",
        "PROGRAM PENGELOLAAN PENDIDIKAN",
        "Angka Partisipasi Kasar (APK) SMP/MTs",
        91.4,
        [92.0, 92.8, 93.5, 94.3, 95.0],
        ["g1", "g2"],
        "Sekretariat",
      ),
      level(
        "g1",
        "1.01.02.2.01",
        "Pengelolaan Pendidikan Sekolah Dasar",
        "Persentase SD terakreditasi minimal B",
        78.5,
        [80, 82, 84, 86, 88],
        ["s11", "s12"],
        "Bidang Pembinaan SD",
        { r4: 7_760_000 },
      ),
      subRow(subs[0]),
      subRow(subs[1]),
      level(
        "g2",
        "1.01.02.2.02",
        "Pengelolaan Pendidikan Sekolah Menengah Pertama",
        "Persentase guru SMP bersertifikat pendidik",
        63.2,
        [66, 69, 72, 75, 78],
        ["s21", "s22"],
        "Bidang Pembinaan SMP",
        { ar: 22_802_000 },
      ),
      subRow(subs[2]),
      subRow(subs[3]),
    ],
  });
  const A = (k: string, id: string) => ({ sheet: TC27, cell: t.a(k, id) });
  book.plant({
    at: A("r4", "g1"),
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Pengelolaan SD Tahun ke-4 Rp typed 7,760,000 among formulas; sub kegiatan give 7,670,000",
    truth: `${t.a("r4", "s11")}+${t.a("r4", "s12")}`,
  });
  book.plant({
    at: A("ar", "g2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Pengelolaan SMP kondisi akhir Rp typed 22,802,000; the five years add up to 19,682,000",
    truth: `SUM(${t.a("r1", "g2")},${t.a("r2", "g2")},${t.a("r3", "g2")},${t.a("r4", "g2")},${t.a("r5", "g2")})`,
  });
  book.ok({
    ...A("ak", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k5", "p"),
    trap: `SUM(${t.a("k1", "p")},${t.a("k2", "p")},${t.a("k3", "p")},${t.a("k4", "p")},${t.a("k5", "p")})`,
  });
  book.ok({
    ...A("ak", "s12"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${t.a("k1", "s12")},${t.a("k2", "s12")},${t.a("k3", "s12")},${t.a("k4", "s12")},${t.a("k5", "s12")})`,
    trap: t.a("k5", "s12"),
  });
  book.ok({
    ...A("r3", "p"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r3", "s11")}+${t.a("r3", "s12")}+${t.a("r3", "s21")}+${t.a("r3", "s22")}`,
  });
  s.gap();
  s.lines(["Sumber: Renstra Dinas Pendidikan Kota Tanjung Parigi 2025-2029 (rancangan akhir)."]);
  return book.finish();
}

const LKJ = "Tabel 3.1";

/** LKjIP 2024, Sasaran merged over its indicators, capaian as ROUND formulas, predikat words. */
export function lkjipPendidikan(): BookW {
  const book = new BookW(
    "lkjip-2024-dikbud-lembah-seruni-344.xlsx",
    "LKjIP",
    "LKjIP 2024 Dinas Pendidikan Lembah Seruni",
  );
  const s = book.sheet(LKJ);
  s.lines([
    "Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024",
    "Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Seruni",
  ]);
  s.gap();
  type Ind = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    neg: boolean;
    t: number;
    r: number;
    r23: number;
    ta: number;
    bad?: boolean;
    pred?: string;
  };
  const S1 = "Meningkatnya akses dan partisipasi pendidikan dasar";
  const S2 = "Meningkatnya mutu layanan pendidikan dasar";
  const inds: Ind[] = [
    {
      id: "rls",
      sas: S1,
      ind: "Rata-rata lama sekolah",
      sat: "tahun",
      neg: false,
      t: 8.1,
      r: 8.04,
      r23: 7.91,
      ta: 8.45,
    },
    {
      id: "apk",
      sas: S1,
      ind: "Angka Partisipasi Kasar (APK) SD/MI",
      sat: "%",
      neg: false,
      t: 104.5,
      r: 103.2,
      r23: 103.6,
      ta: 105,
    },
    {
      id: "apm",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      neg: false,
      t: 80,
      r: 76.9,
      r23: 75.8,
      ta: 84,
    },
    {
      id: "aps",
      sas: S1,
      ind: "Angka putus sekolah SD",
      sat: "%",
      neg: true,
      t: 0.4,
      r: 0.3,
      r23: 0.44,
      ta: 0.25,
    },
    {
      id: "apsm",
      sas: S1,
      ind: "Angka putus sekolah SMP",
      sat: "%",
      neg: true,
      t: 0.9,
      r: 1.02,
      r23: 1.1,
      ta: 0.6,
      bad: true,
    },
    {
      id: "guru",
      sas: S2,
      ind: "Persentase guru bersertifikat pendidik",
      sat: "%",
      neg: false,
      t: 62,
      r: 54.3,
      r23: 51.7,
      ta: 70,
      pred: "Sangat Baik",
    },
    {
      id: "akr",
      sas: S2,
      ind: "Persentase sekolah terakreditasi minimal B",
      sat: "%",
      neg: false,
      t: 85,
      r: 86.1,
      r23: 83.4,
      ta: 90,
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(1)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(4)", fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat", num: "(8)" },
    {
      key: "ta",
      head: ["Renstra 2021-2026", "Target Akhir"],
      role: "target",
      year: 2026,
      num: "(9)",
      fmt: DEC,
    },
    {
      key: "ca",
      head: ["Renstra 2021-2026", "Capaian thd Target Akhir (%)"],
      role: "capaian",
      num: "(10)",
      fmt: DEC,
    },
  ];
  const capOf = (x: Ind, tk: string, c: { a: (k: string) => string }) =>
    x.neg && !x.bad
      ? `ROUND((2*${c.a(tk)}-${c.a("r")})/${c.a(tk)}*100,2)`
      : `ROUND(${c.a("r")}/${c.a(tk)}*100,2)`;
  const rows: Row[] = inds.map((x) => ({
    id: x.id,
    cells: (c) => {
      const trueCap = round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
      return {
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        c: fx(capOf(x, "t", c)),
        pred: x.pred ?? predikatBaik(trueCap),
        ta: x.ta,
        ca: fx(
          x.neg
            ? `ROUND((2*${c.a("ta")}-${c.a("r")})/${c.a("ta")}*100,2)`
            : `ROUND(${c.a("r")}/${c.a("ta")}*100,2)`,
        ),
      };
    },
  }));
  rows.push({
    id: "avg",
    span: ["sas", "sat"],
    bold: true,
    cells: (c) => ({
      sas: "Rata-rata capaian",
      c: fx(`ROUND(AVERAGE(${c.a("c", "rls")}:${c.a("c", "akr")}),2)`),
      pred: fx(`PREDIKAT_BAIK(${c.a("c")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  const A = (k: string, id: string) => ({ sheet: LKJ, cell: t.a(k, id) });
  book.plant({
    at: A("c", "apsm"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "angka putus sekolah SMP (negative) with R/T = 113.33; refleksi (2T-R)/T gives 86.67",
    truth: `ROUND((2*${t.a("t", "apsm")}-${t.a("r", "apsm")})/${t.a("t", "apsm")}*100,2)`,
  });
  book.plant({
    at: A("pred", "guru"),
    rules: ["predikat-mismatch"],
    note: "guru bersertifikat: 'Sangat Baik' for a capaian of 87.58 (Baik)",
    truth: `PREDIKAT_BAIK(${t.a("c", "guru")})`,
  });
  book.ok({
    ...A("c", "aps"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t.a("t", "aps")}-${t.a("r", "aps")})/${t.a("t", "aps")}*100,2)`,
    trap: `ROUND(${t.a("r", "aps")}/${t.a("t", "aps")}*100,2)`,
  });
  book.ok({
    ...A("ca", "aps"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t.a("ta", "aps")}-${t.a("r", "aps")})/${t.a("ta", "aps")}*100,2)`,
    trap: `ROUND(${t.a("r", "aps")}/${t.a("ta", "aps")}*100,2)`,
  });
  book.ok({ ...A("pred", "akr"), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${t.a("c", "akr")})` });
  s.gap();
  s.lines([
    "*) angka putus sekolah: indikator negatif, capaian dihitung (2 x target - realisasi) / target x 100",
  ]);
  return book.finish();
}
