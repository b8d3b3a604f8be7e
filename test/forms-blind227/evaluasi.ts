// The Renja evaluation (E.81) of the Dinas Pendidikan Kabupaten Sungai Rayun (Jambi) and the Renstra
// funding table (T-C.27) of the Dinas Pendidikan Kota Batu Belaman (Kalimantan Barat): PAUD and
// pendidikan kesetaraan (Paket A/B/C). Every name, person and number is invented.
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

type Ev = {
  id: string;
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

/** E.81 s.d. Triwulan IV 2024 of the Disdik Sungai Rayun, Renstra 2022-2026, calendar years in the header. */
export function e81Paud(): BookW {
  const b = new BookW(
    "e81-renja-dikmas-paud-sungai-rayun.xlsx",
    "E.81 Evaluasi Renja (Disdik PAUD/kesetaraan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; calendar years in the header; no No column; Kinerja | Anggaran (Rp) pairs; quarters under one three-row group; an extra Capaian Renja (%) column 12/7; two level rows (APK PAUD, % lembaga terakreditasi); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI RAYUN",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Lintas Muara Rayun Km. 4, Kotobaru Rayun",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Pendidikan dan Kebudayaan Kabupaten Sungai Rayun",
    "Renstra Perangkat Daerah Tahun 2022-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.01.02.2.03.0009",
    ur: "Pembinaan Pendidik dan Tenaga Kependidikan PAUD",
    ind: "Jumlah pendidik PAUD yang mengikuti diklat berjenjang",
    sat: "orang",
    level: false,
    k5: 600,
    k6: 310,
    k7: 120,
    q: [0, 35, 50, 40],
    r5: 3_150_000_000,
    r6: 1_742_500_000,
    r7: 640_000_000,
    rq: [0, 148_250_000, 231_600_000, 242_900_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.01.02.2.03.0011",
    ur: "Pengadaan Alat Permainan Edukatif dan Sarana Belajar PAUD",
    ind: "Jumlah lembaga PAUD yang menerima APE",
    sat: "lembaga",
    level: false,
    k5: 150,
    k6: 82,
    k7: 30,
    q: [0, 8, 12, 10],
    r5: 5_400_000_000,
    r6: 2_915_800_000,
    r7: 1_120_000_000,
    rq: [0, 312_400_000, 405_150_000, 388_700_000],
  };
  const s3: Ev = {
    id: "s3",
    kode: "1.01.02.2.04.0005",
    ur: "Penyelenggaraan Pendidikan Kesetaraan Paket A, B dan C",
    ind: "Jumlah warga belajar Paket A/B/C yang dilayani",
    sat: "orang",
    level: false,
    k5: 4200,
    k6: 2380,
    k7: 900,
    q: [210, 260, 240, 215],
    r5: 9_750_000_000,
    r6: 5_388_400_000,
    r7: 2_050_000_000,
    rq: [402_300_000, 511_650_000, 538_900_000, 574_200_000],
  };
  const add = (xs: Ev[], k: "r5" | "r6" | "r7") => sum(xs.map((x) => x[k]));
  const addq = (xs: Ev[]) => [0, 1, 2, 3].map((i) => sum(xs.map((x) => x.rq[i])));
  const money = (xs: Ev[]) => ({ r5: add(xs, "r5"), r6: add(xs, "r6"), r7: add(xs, "r7"), rq: addq(xs) });
  const g1: Ev = {
    id: "g1",
    kode: "1.01.02.2.03",
    ur: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
    ind: "Persentase lembaga PAUD terakreditasi",
    sat: "%",
    level: true,
    k5: 65,
    k6: 54.2,
    k7: 58,
    q: [54.2, 55, 57.1, 58.4],
    ...money([s1, s2]),
  };
  const g2: Ev = {
    id: "g2",
    kode: "1.01.02.2.04",
    ur: "Pengelolaan Pendidikan Nonformal / Kesetaraan",
    ind: "Jumlah lulusan pendidikan kesetaraan",
    sat: "orang",
    level: false,
    k5: 2600,
    k6: 1450,
    k7: 560,
    q: [0, 180, 0, 395],
    ...money([s3]),
  };
  const prog: Ev = {
    id: "prog",
    kode: "1.01.02",
    ur: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Angka Partisipasi Kasar (APK) PAUD",
    sat: "%",
    level: true,
    k5: 82,
    k6: 74.6,
    k7: 77,
    q: [74.9, 75.8, 76.4, 77.3],
    ...money([s1, s2, s3]),
  };
  const rows = [prog, g1, s1, s2, g2, s3];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: Ev) => e.r6 + sum(e.rq);
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round((r13(e) / e.r5) * 100);
  // planted: column 13 Rp of Paket A/B/C typed 7,505,450,000; 6 + 12 = 5,388,400,000 + 2,027,050,000 = 7,415,450,000
  const R13S3 = 7_505_450_000;
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [...g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Anggaran (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran Tahun 2024";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", ["Target Renstra Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "Triwulan I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "Triwulan II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "Triwulan III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "Triwulan IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Renja Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "cr",
      head: ["Capaian Renja 2024 (%)"],
      role: "capaian",
      year: 2024,
      num: "12/7 x 100",
      fmt: DEC,
      width: 10,
    },
    ...pair(
      "13",
      ["Realisasi Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. Tahun 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      r12: sum(e.rq),
      cr: round((k12(e) / e.k7) * 100),
      k13: k13(e),
      r13: e.id === "s3" ? R13S3 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.id === "g2" || e.id === "s3" ? "Bidang PAUD dan PNF (Seksi Kesetaraan)" : "Bidang PAUD dan PNF",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const avgR = round(sum(rows.map(r14)) / rows.length);
  // planted: predikat K one band too high
  const WRONG = predikat(avgK) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "ind"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: { kode: "Predikat Kinerja", k14: WRONG, r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: BOP PAUD dan BOP Kesetaraan disalurkan tepat waktu.",
    "Faktor penghambat: sebaran PKBM di desa terpencil; warga belajar Paket C banyak yang bekerja.",
    "Tindak lanjut: kelas jarak jauh Paket C dan pendampingan akreditasi PAUD gugus.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Kotobaru Rayun, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"],
    nama: "Drs. SYAFRIZAL HAMDANI, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700314 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s3") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.01.02.2.04.0005 is 7,505,450,000; 6 + 12 = 5,388,400,000 + 2,027,050,000 = 7,415,450,000",
    truth: `${a("r6", "s3")}+${a("r12", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat kinerja '${WRONG}' for a rata-rata of ${avgK}; the band gives '${predikat(avgK)}'`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["prog", "g1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: qs("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s2", "g2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of rows.map((e) => e.id)) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("cr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "g1", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const k of ["r5", "r7"])
    b.ok({
      sheet: S,
      cell: a(k, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "g1"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type Tc = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  sub?: boolean;
};

/** T-C.27 of the Disdik Kota Batu Belaman, Renstra 2025-2029, Rp in thousands, calendar years in the header. */
export function tc27Paud(): BookW {
  const b = new BookW(
    "tc27-pendanaan-dikmas-paud-batu-belaman.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disdik PAUD/kesetaraan)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; calendar years 2025..2029 over Target | Rp; Sasaran merged down the rows; a second program indicator without a code or Rp; kegiatan Rp =SUM over their sub kegiatan, program Rp = kegiatan + kegiatan; Lokasi after the unit",
  );
  const S = "T-C.27 Renstra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU BELAMAN", "DINAS PENDIDIKAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pendidikan Kota Batu Belaman",
    "Renstra Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p",
      kode: "1.01.02",
      ur: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Angka putus sekolah jenjang SD dan SMP",
      sat: "%",
      level: true,
      awal: 0.92,
      k: [0.85, 0.78, 0.7, 0.62, 0.55],
    },
    {
      id: "p2",
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      level: true,
      awal: 68.4,
      k: [70, 72.5, 75, 77.5, 80],
    },
    {
      id: "g1",
      kode: "1.01.02.2.03",
      ur: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
      ind: "Jumlah lembaga PAUD yang memenuhi standar sarana prasarana",
      sat: "lembaga",
      level: false,
      awal: 12,
      k: [10, 12, 12, 14, 14],
    },
    {
      id: "s1",
      kode: "1.01.02.2.03.0002",
      ur: "Pengadaan Alat Permainan Edukatif PAUD",
      ind: "Jumlah lembaga PAUD penerima APE",
      sat: "lembaga",
      level: false,
      awal: 18,
      k: [20, 20, 22, 22, 24],
      rp: [1_240_500, 1_302_500, 1_367_600, 1_436_000, 1_507_800],
      sub: true,
    },
    {
      id: "s2",
      kode: "1.01.02.2.03.0010",
      ur: "Pembinaan Pendidik dan Tenaga Kependidikan PAUD",
      ind: "Jumlah pendidik PAUD yang lulus diklat berjenjang",
      sat: "orang",
      level: false,
      awal: 75,
      k: [80, 80, 90, 90, 100],
      rp: [412_000, 426_400, 441_300, 456_800, 472_800],
      sub: true,
    },
    {
      id: "g2",
      kode: "1.01.02.2.04",
      ur: "Pengelolaan Pendidikan Nonformal / Kesetaraan",
      ind: "Persentase warga belajar kesetaraan yang lulus ujian",
      sat: "%",
      level: true,
      awal: 81.5,
      k: [83, 85, 87, 89, 90],
    },
    {
      id: "s3",
      kode: "1.01.02.2.04.0003",
      ur: "Penyelenggaraan Pendidikan Kesetaraan Paket A",
      ind: "Jumlah warga belajar Paket A yang dilayani",
      sat: "orang",
      level: false,
      awal: 140,
      k: [150, 150, 140, 130, 120],
      rp: [318_000, 325_500, 310_200, 296_400, 281_700],
      sub: true,
    },
    {
      id: "s4",
      kode: "1.01.02.2.03.0012",
      ur: "Penyelenggaraan Pendidikan Kesetaraan Paket B",
      ind: "Jumlah warga belajar Paket B yang dilayani",
      sat: "orang",
      level: false,
      awal: 260,
      k: [280, 290, 300, 300, 310],
      rp: [594_800, 626_300, 660_100, 672_900, 708_500],
      sub: true,
    },
    {
      id: "s5",
      kode: "1.01.02.2.04.0005",
      ur: "Penyelenggaraan Pendidikan Kesetaraan Paket C",
      ind: "Jumlah warga belajar Paket C yang dilayani",
      sat: "orang",
      level: false,
      awal: 410,
      k: [430, 450, 470, 480, 500],
      rp: [987_600, 1_052_400, 1_118_900, 1_163_200, 1_229_300],
      sub: true,
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      fmt: DEC,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [TK, String(y), "Target"],
        role: "target",
        year: y,
        num: String(7 + 2 * i),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(8 + 2 * i),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 14 },
  ];
  // planted: kondisi akhir K of APK PAUD typed 75.00, the mean of the five targets; the 2029 target is 80
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.sub,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
          sas: "Meningkatnya akses dan mutu PAUD serta pendidikan kesetaraan",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "p2" ? 75 : p.level ? p.k[4] : sum(p.k),
          pj: p.id === "g2" || ["s3", "s4", "s5"].includes(p.id) ? "Bidang PNF" : "Bidang PAUD",
          lok: "Kota Batu Belaman",
        };
        Y.forEach((y, i) => {
          out[`k${y}`] = p.k[i];
          const r = (id: string) => x.a(`r${y}`, id);
          if (p.rp) out[`r${y}`] = p.rp[i];
          else if (p.id === "g1") out[`r${y}`] = fx(`SUM(${r("s1")}:${r("s2")})`);
          // planted: the 2027 kegiatan sum stops at Paket B
          else if (p.id === "g2") out[`r${y}`] = fx(`SUM(${r("s3")}:${r(y === 2027 ? "s4" : "s5")})`);
          else if (p.id === "p") out[`r${y}`] = fx(`${r("g1")}+${r("g2")}`);
        });
        if (p.id !== "p2") out.akR = fx(Y.map((y) => x.a(`r${y}`)).join("+"));
        return out as Record<string, ReturnType<typeof fx> | number | string>;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = total lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Batu Belaman, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN KOTA BATU BELAMAN"],
    nama: "Hj. RAHMAWATI USMAN, S.Pd., M.M.",
    nip: "19760808 200003 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of APK PAUD (a rate) is 75.00, the mean of the five targets; the 2029 target is 80.00",
    truth: a("k2029", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "g2") },
    rules: ["sum-mismatch"],
    note: "2027 Rp of kegiatan 1.01.02.2.04 is =SUM over Paket A and B only (970,300); with Paket C's 1,118,900 it is 2,089,200",
    truth: `${a("r2027", "s3")}+${a("r2027", "s4")}+${a("r2027", "s5")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Paket B is coded 1.01.02.2.03.0012 (a PAUD sub kegiatan) under kegiatan 1.01.02.2.04 Kesetaraan",
    truth: `"1.01.02.2.04"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  for (const id of ["p", "g2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g1"),
    trap: a("k2029", "g1"),
  });
  for (const id of ["s1", "s2", "s3", "s5"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["s1", "s2", "s3", "s4", "s5", "g1"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}+${a(`r${y}`, "s5")}`,
    });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.01.02.2.03"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["s3", "s5"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.01.02.2.04"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
