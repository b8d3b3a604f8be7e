// The Renja evaluation (E.81) of the Dishub Kota Tanjung Serai (uji berkala KIR) and the Renstra
// funding table (T-C.27) of the Dishub Kabupaten Sindang Barat (PJU, parkir tepi jalan). Invented.
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

/** E.81 s.d. Triwulan IV 2024 of the Dinas Perhubungan Kota Tanjung Serai (Kepulauan Riau). */
export function e81Dishub(): BookW {
  const b = new BookW(
    "e81-uji-berkala-dishub-tanjung-serai-b235.xlsx",
    "E.81 Evaluasi Renja (Dishub)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; no No column; calendar years in the headers; three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp); an extra Renja capaian column (12/7); two level rows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG SERAI",
    "DINAS PERHUBUNGAN",
    "Jl. Laksamana Bintan No. 7, Tanjung Serai",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perhubungan Kota Tanjung Serai",
    "Renstra Perangkat Daerah 2021-2026 - Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const sub1: E = {
    id: "s1",
    kode: "2.15.02.2.05.0001",
    ur: "Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
    ind: "Jumlah kendaraan yang diuji dan diberi tanda lulus uji",
    sat: "kendaraan",
    level: false,
    k5: 36000,
    k6: 20480,
    k7: 7400,
    q: [1720, 1865, 1910, 1968],
    r5: 8_450_000_000,
    r6: 4_912_350_000,
    r7: 1_725_000_000,
    rq: [312_450_000, 405_800_000, 447_120_000, 498_630_000],
  };
  const sub2: E = {
    id: "s2",
    kode: "2.15.02.2.05.0003",
    ur: "Pemeliharaan dan Kalibrasi Alat Uji Kendaraan Bermotor",
    ind: "Persentase alat uji yang terkalibrasi",
    sat: "%",
    level: true,
    k5: 100,
    k6: 80,
    k7: 100,
    q: [80, 90, 90, 100],
    r5: 2_380_000_000,
    r6: 1_395_600_000,
    r7: 480_000_000,
    rq: [62_300_000, 118_450_000, 96_700_000, 188_250_000],
  };
  const subs = [sub1, sub2];
  const money = {
    r5: sub1.r5 + sub2.r5,
    r6: sub1.r6 + sub2.r6,
    r7: sub1.r7 + sub2.r7,
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const keg: E = {
    id: "keg",
    kode: "2.15.02.2.05",
    ur: "Pengujian Berkala Kendaraan Bermotor",
    ind: "Jumlah kendaraan bermotor yang diuji berkala",
    sat: "kendaraan",
    level: false,
    k5: 42000,
    k6: 24150,
    k7: 8600,
    q: [2010, 2185, 2230, 2295],
    ...money,
  };
  const prog: E = {
    id: "prog",
    kode: "2.15.02",
    ur: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
    sat: "%",
    level: true,
    k5: 90,
    k6: 82.4,
    k7: 86,
    q: [83.1, 84.0, 85.2, 86.7],
    ...money,
  };
  const rows = [prog, keg, sub1, sub2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  // planted: (13) Rp of sub kegiatan .0001 typed with two digits swapped
  const r13 = (e: E) => (e.id === "s1" ? 6_756_350_000 : e.r6 + sum(e.rq));
  const pair = (
    n: string,
    head: string[],
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
    num = n,
  ): Col[] => [
    { key: `k${n}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan Tahun 2024";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    ...pair("5", ["Target Renstra PD Tahun 2026 (akhir periode)"], "target", "anggaran"),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Tahun 2023"], "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
      "12 = 8+9+10+11",
    ),
    {
      key: "kR",
      head: ["Tingkat Capaian Renja 2024 (%)"],
      role: "capaian",
      year: 2024,
      num: "12/7 x 100",
      fmt: DEC,
    },
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
      "13 = 6+12",
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)"],
      "capaian",
      "capaian",
      undefined,
      "14 = 13/5 x 100",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
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
      ...Object.fromEntries(
        ["8", "9", "10", "11"].flatMap((n, i) => [
          [`k${n}`, e.q[i]],
          [`r${n}`, e.rq[i]],
        ]),
      ),
      k12: k12(e),
      r12: sum(e.rq),
      kR: round((k12(e) / e.k7) * 100),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "UPTD Pengujian Kendaraan Bermotor",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
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
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: {
          kode: "Predikat Kinerja",
          // planted: the K average 88.05 is "Tinggi"
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: aplikasi pendaftaran uji berkala daring dan penambahan satu lajur uji.",
    "Faktor penghambat: alat uji emisi rusak pada Triwulan I; tindak lanjut: kalibrasi terjadwal.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Tanjung Serai, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KOTA TANJUNG SERAI"],
    nama: "Drs. RAJA AZHAR MAHMUD, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 2.15.02.2.05.0001 is 6,756,350,000; 6 + 12 = 4,912,350,000 + 1,664,000,000 = 6,576,350,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for a K average of 88.05; the band > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["prog", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: qs("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "s2"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  b.ok({
    sheet: S,
    cell: a("kR", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k12", "prog")}/${a("k7", "prog")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
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

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  sum?: [string, string];
};

/** T-C.27 of the Dinas Perhubungan Kabupaten Sindang Barat (Jawa Barat), 2025-2029, Rp in thousands. */
export function tc27Dishub(): BookW {
  const b = new BookW(
    "tc27-pju-parkir-dishub-sindang-barat-b235.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dishub)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tujuan and Sasaran merged down the left; Tahun ke-1..5 > Target | Rp; kegiatan Rp as SUM of their sub kegiatan, program as the sum of kegiatan; kondisi akhir Rp = sum of years; Lokasi column at the right",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SINDANG BARAT", "DINAS PERHUBUNGAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.15.02",
      ur: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase ruas jalan kabupaten yang dilengkapi PJU",
      sat: "%",
      level: true,
      awal: 38.5,
      k: [42, 46, 50, 54, 58],
    },
    {
      id: "g1",
      kode: "2.15.02.2.02",
      ur: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten",
      ind: "Jumlah titik PJU yang dipasang",
      sat: "titik",
      level: false,
      awal: 320,
      k: [350, 380, 400, 420, 450],
      sum: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.15.02.2.02.0003",
      ur: "Pengadaan dan Pemasangan Penerangan Jalan Umum (PJU)",
      ind: "Jumlah titik PJU baru terpasang",
      sat: "titik",
      level: false,
      awal: 320,
      k: [350, 380, 400, 420, 450],
      rp: [3_150_000, 3_420_000, 3_600_000, 3_780_000, 4_050_000],
    },
    {
      id: "s2",
      kode: "2.15.02.2.02.0004",
      ur: "Pemeliharaan dan Rehabilitasi PJU",
      ind: "Persentase PJU yang berfungsi baik",
      sat: "%",
      level: true,
      awal: 84,
      k: [87, 89, 91, 93, 95],
      rp: [1_240_500, 1_302_500, 1_367_600, 1_436_000, 1_507_800],
    },
    {
      id: "g2",
      kode: "2.15.02.2.04",
      ur: "Penyelenggaraan Parkir di Tepi Jalan Umum",
      ind: "Persentase titik parkir tepi jalan dengan juru parkir ber-KTA",
      sat: "%",
      level: true,
      awal: 55,
      k: [62, 70, 78, 85, 92],
      sum: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "2.15.02.2.04.0001",
      ur: "Pembinaan dan Penertiban Juru Parkir",
      ind: "Jumlah juru parkir yang dibina dan diberi KTA",
      sat: "orang",
      level: false,
      awal: 140,
      k: [180, 190, 200, 210, 220],
      rp: [286_400, 300_700, 315_700, 331_500, 348_100],
    },
    {
      id: "s4",
      kode: "2.15.02.2.02.0005",
      ur: "Penyediaan Rambu dan Marka Zona Parkir Tepi Jalan",
      ind: "Jumlah zona parkir yang dilengkapi rambu dan marka",
      sat: "zona",
      level: false,
      awal: 4,
      k: [6, 6, 8, 8, 10],
      rp: [412_000, 398_500, 455_300, 470_900, 512_600],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const ys = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 4, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 7,
      fmt: DEC,
    },
    ...ys.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 6 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 7 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 18, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 19, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya keselamatan dan ketertiban lalu lintas",
          sas: "Meningkatnya kualitas perlengkapan jalan dan penataan parkir",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir K of the PJU flow is the year-5 target instead of the five years' sum
          akK: p.level || p.id === "s1" ? p.k[4] : sum(p.k),
          akR: fx(ys.map((y) => x.a(`r${y}`)).join("+")),
          pj:
            p.kode.startsWith("2.15.02.2.04") || p.id === "s4"
              ? "Bidang Lalu Lintas"
              : "Bidang Sarana dan Prasarana",
          lok: "Kabupaten Sindang Barat",
        };
        for (const y of ys) {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: kegiatan PJU Rp for Tahun ke-3 typed among SUM formulas
          else if (p.id === "g1" && y === 3) out[`r${y}`] = 4_867_600;
          else if (p.sum) out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, p.sum[0])}:${x.a(`r${y}`, p.sum[1])})`);
          else out[`r${y}`] = fx(`${x.a(`r${y}`, "g1")}+${x.a(`r${y}`, "g2")}`);
        }
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Sindang Barat, 21 Februari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN SINDANG BARAT"],
    nama: "H. DEDEN SUKMARA, S.T., M.M.",
    nip: "19770905 200312 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yk = (id: string) => ys.map((y) => a(`k${y}`, id)).join("+");
  const yr = (id: string) => ys.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Rambu dan Marka Zona Parkir is coded 2.15.02.2.02.0005 but sits under kegiatan 2.15.02.2.04 (parkir)",
    truth: `"2.15.02.2.04"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of 'Jumlah titik PJU baru terpasang' (a flow) is 450, the year-5 target; the five years add up to 2,000",
    truth: yk("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 2.15.02.2.02 Rp for Tahun ke-3 is a typed 4,867,600 among SUM formulas; its sub kegiatan add up to 4,967,600",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  for (const id of ["p", "s2", "g2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yk(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yk("g1"),
    trap: a("k5", "g1"),
  });
  for (const id of ["s3", "s4"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: yk(id) });
  for (const id of ["s1", "s2", "s3", "g2", "p"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  for (const y of [2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  b.ok({ sheet: S, cell: a("r1", "p"), rules: ["sum-mismatch"], truth: `${a("r1", "g1")}+${a("r1", "g2")}` });
  for (const [id, par] of [
    ["s1", "2.15.02.2.02"],
    ["s2", "2.15.02.2.02"],
    ["s3", "2.15.02.2.04"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${par}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
