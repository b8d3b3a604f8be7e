// E.81, T-C.27 and LKjIP of two invented RSUD: RSUD dr. H. Ramli Datuak (Kabupaten Lembah Sirandah,
// Sumatera Barat) and RSUD Madika (Kota Bukit Palapa, Sulawesi Tengah). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, round, signature, sum, type Col } from "../forms/kit";

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  r: [number, number, number];
  rq: number[];
};

/** E.81 of RSUD dr. H. Ramli Datuak, Lembah Sirandah: ordinal (n-1)/(n-2) headers, no No column. */
export function e81Rsud(): BookW {
  const b = new BookW(
    "e81-rsud-ramli-datuak-lembah-sirandah-310.xlsx",
    "E.81 Evaluasi Renja (RSUD)",
    "E.81 Triwulan I s.d. IV 2024, Renstra 2022-2026; (n-2)/(n-1) headers; K/Rp; BOR and rujukan levels; Rata-rata and Predikat footer",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANDAH",
    "RSUD dr. H. RAMLI DATUAK",
    "Jl. Parak Laweh No. 12, Koto Sirandah",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja RSUD dr. H. Ramli Datuak Lingkup Kabupaten Lembah Sirandah",
    "Renstra 2022-2026, Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.02.02.2.02.0001",
    ur: "Pelayanan Kesehatan Rujukan Rawat Inap",
    ind: "Jumlah pasien rawat inap yang mendapatkan pelayanan",
    sat: "orang",
    level: false,
    k: [41000, 15920, 8300],
    q: [1985, 2070, 2140, 2210],
    r: [62_500_000_000, 23_840_500_000, 12_850_000_000],
    rq: [2_913_400_000, 3_102_750_000, 3_288_600_000, 3_361_080_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.02.02.2.02.0017",
    ur: "Pemeliharaan Rutin dan Berkala Alat Kesehatan",
    ind: "Jumlah alat kesehatan yang dikalibrasi",
    sat: "unit",
    level: false,
    k: [1200, 470, 250],
    q: [40, 85, 60, 72],
    r: [3_150_000_000, 1_187_300_000, 640_000_000],
    rq: [96_500_000, 214_800_000, 158_250_000, 161_700_000],
  };
  const add = (i: number) => s1.r[i] + s2.r[i];
  const addq = (i: number) => s1.rq[i] + s2.rq[i];
  const kg: Ev = {
    id: "kg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Persentase pasien rujukan yang terlayani sesuai standar",
    sat: "%",
    level: true,
    k: [95, 90.5, 93],
    q: [88.4, 90.1, 92.6, 93.8],
    r: [add(0), add(1), add(2)],
    rq: [0, 1, 2, 3].map(addq),
  };
  const pg: Ev = {
    ...kg,
    id: "pg",
    kode: "1.02.02",
    ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
    ind: "Bed Occupancy Rate (BOR)",
    k: [78, 70.4, 74],
    q: [68.2, 71.9, 73.6, 75.3],
  };
  const R12S2 = 613_250_000; // planted: the quarters give 631,250,000
  const P = "Target Kinerja dan Anggaran";
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", `${P} Renja Tahun Berjalan (n-1) yang Dievaluasi`, "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Kinerja Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Kinerja Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Kinerja Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Kinerja Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)",
      "14",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const line = (e: Ev) => {
    const k12 = e.level ? e.q[3] : sum(e.q);
    const k13 = e.level ? k12 : e.k[1] + k12;
    const r12 = e.id === "s2" ? R12S2 : sum(e.rq);
    const r13 = e.r[1] + sum(e.rq);
    const c: Record<string, number | string> = {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k[0],
      r5: e.r[0],
      k6: e.k[1],
      r6: e.r[1],
      k7: e.k[2],
      r7: e.r[2],
      k12,
      r12,
      k13,
      r13,
      k14: round((k13 / e.k[0]) * 100),
      r14: round((r13 / e.r[0]) * 100),
      pj: "Bidang Pelayanan Medik",
    };
    e.q.forEach((v, i) => {
      c[`k${8 + i}`] = v;
      c[`r${8 + i}`] = e.rq[i];
    });
    return { id: e.id, cells: c };
  };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      line(pg),
      line(kg),
      line(s1),
      line(s2),
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "pg")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "pg")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", k14: "Sangat Tinggi", r14: "Rendah" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan klaim JKN tepat waktu.",
    "Faktor penghambat: keterbatasan tempat tidur kelas III.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Koto Sirandah, 15 Januari 2025",
    jabatan: ["DIREKTUR RSUD dr. H. RAMLI DATUAK"],
    nama: "dr. Yulnita Syafril, Sp.PD",
    nip: "19740612 200312 2 004",
  });
  const A = (k: string, id: string) => t.a(k, id);
  const q = (kr: string, id: string) => [8, 9, 10, 11].map((n) => A(`${kr}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: A("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "(12) Rp typed 613,250,000; the four quarters give 631,250,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: A("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Sangat Tinggi for an average K capaian of 78.80 (Tinggi)",
    truth: `PREDIKAT(${A("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: A("k12", "pg"),
    rules: ["sum-mismatch"],
    truth: A("k11", "pg"),
    trap: q("k", "pg"),
  });
  b.ok({
    sheet: S,
    cell: A("k13", "pg"),
    rules: ["sum-mismatch"],
    truth: A("k12", "pg"),
    trap: `${A("k6", "pg")}+${A("k12", "pg")}`,
  });
  b.ok({
    sheet: S,
    cell: A("k12", "kg"),
    rules: ["sum-mismatch"],
    truth: A("k11", "kg"),
    trap: q("k", "kg"),
  });
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: A("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: A("k13", id), rules: ["sum-mismatch"], truth: `${A("k6", id)}+${A("k12", id)}` });
    b.ok({
      sheet: S,
      cell: A("k14", id),
      rules: ["capaian-mismatch"],
      truth: `${A("k13", id)}/${A("k5", id)}*100`,
    });
  }
  b.ok({ sheet: S, cell: A("r12", "s1"), rules: ["sum-mismatch"], truth: q("r", "s1") });
  b.ok({
    sheet: S,
    cell: A("r13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${A("r6", "s1")}+${A("r12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: A("r14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `${A("r13", "s1")}/${A("r5", "s1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: A("r5", "kg"),
    rules: ["sum-mismatch"],
    truth: `${A("r5", "s1")}+${A("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: A("r7", "kg"),
    rules: ["sum-mismatch"],
    truth: `${A("r7", "s1")}+${A("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: A("k14", "pg"),
    rules: ["capaian-mismatch"],
    truth: `${A("k13", "pg")}/${A("k5", "pg")}*100`,
  });
  b.ok({
    sheet: S,
    cell: A("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${A("r14", "avg")})`,
  });
  return b.finish();
}

/** T-C.27 of RSUD Madika, Kota Bukit Palapa: Renstra 2025-2029, (dalam ribuan rupiah), Tahun ke-1..5. */
export function tc27Rsud(): BookW {
  const b = new BookW(
    "tc27-rsud-madika-bukit-palapa-310.xlsx",
    "T-C.27 Renstra (RSUD)",
    "T-C.27 Renstra 2025-2029 in thousands; Sasaran merged; Tahun ke-1..5 > Target / Rp with pair numbers; SUM formulas; a second indicator without a code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif RSUD Madika Kota Bukit Palapa",
    "Renstra Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 1, width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 3, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 6,
      fmt: DEC,
    },
  ];
  for (let y = 1; y <= 5; y++)
    cols.push(
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 6 + y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 6 + y,
        fmt: RP,
      },
    );
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 12, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 12, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 13 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 14 },
  );
  const SAS = "Meningkatnya mutu dan akses pelayanan kesehatan rujukan";
  const rp1 = [1_850_000, 1_975_000, 2_060_000, 2_145_500, 2_230_000];
  const rp2 = [9_420_000, 9_880_000, 10_350_000, 10_815_000, 11_290_000];
  const yrs = [1, 2, 3, 4, 5];
  const base = (ind: string, sat: string, awal: number, k: number[], akK: number | null) => {
    const c: Record<string, number | string> = {
      sas: SAS,
      ind,
      sat,
      awal,
      pj: "Bidang Pelayanan",
      lok: "Kota Bukit Palapa",
    };
    k.forEach((v, i) => (c[`k${i + 1}`] = v));
    if (akK !== null) c.akK = akK;
    return c;
  };
  const akR = (x: { a(k: string): string }) => fx(`SUM(${yrs.map((y) => x.a(`r${y}`)).join(",")})`);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas"],
    rows: [
      {
        id: "pg",
        bold: true,
        cells: (x) => ({
          ...base("Indeks Kepuasan Masyarakat (IKM) RSUD", "nilai", 79.4, [80, 81, 82, 83, 84.5], 84.5),
          kode: "1.02.02",
          ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
          ...Object.fromEntries(yrs.map((y) => [`r${y}`, fx(`SUM(${x.a(`r${y}`, "kg")})`)])),
          akR: akR(x),
        }),
      },
      {
        id: "kg",
        cells: (x) => ({
          ...base("Persentase pasien rujukan yang terlayani", "%", 90.2, [91, 92.5, 93.5, 95, 96], 95),
          kode: "1.02.02.2.02",
          ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          ...Object.fromEntries(
            yrs.map((y) => [
              `r${y}`,
              fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s1b" : "s2")})`),
            ]),
          ),
          akR: akR(x),
        }),
      },
      {
        id: "s1",
        cells: (x) => ({
          ...base(
            "Jumlah pasien rujukan yang dilayani",
            "orang",
            4120,
            [4200, 4350, 4500, 4650, 4800],
            22500,
          ),
          kode: "1.02.02.2.02.0001",
          ur: "Pengelolaan Pelayanan Kesehatan Rujukan",
          ...Object.fromEntries(rp1.map((v, i) => [`r${i + 1}`, v])),
          akR: akR(x),
        }),
      },
      { id: "s1b", cells: base("Turn Over Interval (TOI)", "hari", 3.1, [2.9, 2.7, 2.5, 2.3, 2], 2) },
      {
        id: "s2",
        cells: (x) => ({
          ...base(
            "Jumlah dokumen laporan operasional pelayanan rumah sakit",
            "dokumen",
            12,
            [12, 12, 12, 12, 12],
            60,
          ),
          kode: "1.02.02.2.02.0035",
          ur: "Operasional Pelayanan Rumah Sakit",
          ...Object.fromEntries(rp2.map((v, i) => [`r${i + 1}`, v])),
          akR: akR(x),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: TOI dihitung dari hari perawatan dan pasien keluar rawat inap."]);
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("r3", "kg") },
    rules: ["sum-mismatch"],
    note: "kegiatan Tahun ke-3 Rp =SUM stops one row short (2,060,000); its sub kegiatan give 12,410,000",
    truth: `${A("r3", "s1")}+${A("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: A("akK", "kg") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a % is the Tahun ke-4 target 95; Tahun ke-5 is 96",
    truth: A("k5", "kg"),
  });
  const five = (id: string) => yrs.map((y) => A(`k${y}`, id)).join("+");
  b.ok({
    sheet: S,
    cell: A("akK", "pg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: A("k5", "pg"),
    trap: five("pg"),
  });
  b.ok({
    sheet: S,
    cell: A("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("s1"),
    trap: A("k5", "s1"),
  });
  b.ok({
    sheet: S,
    cell: A("akK", "s1b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: A("k5", "s1b"),
    trap: five("s1b"),
  });
  b.ok({
    sheet: S,
    cell: A("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("s2"),
    trap: A("k5", "s2"),
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: A("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs.map((y) => A(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5]) {
    b.ok({
      sheet: S,
      cell: A(`r${y}`, "kg"),
      rules: ["sum-mismatch"],
      truth: `${A(`r${y}`, "s1")}+${A(`r${y}`, "s2")}`,
    });
    b.ok({ sheet: S, cell: A(`r${y}`, "pg"), rules: ["sum-mismatch"], truth: A(`r${y}`, "kg") });
  }
  b.ok({ sheet: S, cell: A("r3", "s2"), rules: ["number-scale"], truth: "10350000" });
  return b.finish();
}

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  ak: number;
};

/** LKjIP 2024 of RSUD dr. H. Ramli Datuak: capaian formulas, refleksi on negatives, predikat words. */
export function lkjipRsud(): BookW {
  const b = new BookW(
    "lkjip-2024-rsud-ramli-datuak-310.xlsx",
    "LKjIP capaian (RSUD)",
    "LKjIP 2024 Tabel 3.1: Sasaran merged, Realisasi 2023 before Target 2024, ROUND formulas, refleksi for NDR/GDR/IDO, predikat words, Target akhir Renstra 2026",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "RSUD dr. H. RAMLI DATUAK KABUPATEN LEMBAH SIRANDAH",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kepuasan dan kemandirian layanan rumah sakit";
  const S2 = "Meningkatnya mutu pelayanan klinis rumah sakit";
  const rows: Lk[] = [
    {
      id: "ikm",
      sas: S1,
      ind: "Indeks Kepuasan Masyarakat (IKM)",
      sat: "nilai",
      neg: false,
      r23: 81.2,
      t: 82,
      r: 83.15,
      ak: 85,
    },
    {
      id: "crr",
      sas: S1,
      ind: "Cost recovery rate pendapatan BLUD",
      sat: "%",
      neg: false,
      r23: 71.8,
      t: 75,
      r: 68.4,
      ak: 80,
    },
    {
      id: "spm",
      sas: S1,
      ind: "Persentase pemenuhan SPM rumah sakit",
      sat: "%",
      neg: false,
      r23: 84,
      t: 90,
      r: 80.6,
      ak: 95,
    },
    {
      id: "ndr",
      sas: S2,
      ind: "Net Death Rate (NDR)",
      sat: "‰",
      neg: true,
      r23: 26.3,
      t: 25,
      r: 21.6,
      ak: 22,
    },
    {
      id: "gdr",
      sas: S2,
      ind: "Gross Death Rate (GDR)",
      sat: "‰",
      neg: true,
      r23: 43.1,
      t: 40,
      r: 44.2,
      ak: 36,
    },
    {
      id: "ido",
      sas: S2,
      ind: "Angka kejadian infeksi daerah operasi (IDO)",
      sat: "%",
      neg: true,
      r23: 2.4,
      t: 2,
      r: 1.7,
      ak: 1.5,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(8)", fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, num: "(9)" },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(10)", fmt: DEC },
    { key: "cak", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", num: "(11)", fmt: DEC },
  ];
  const cap = (neg: boolean, T: string, R: string) =>
    neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
  const val = (neg: boolean, T: number, R: number) => round(neg ? ((2 * T - R) / T) * 100 : (R / T) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i) => ({
        id: x.id,
        cells: (c: { a(k: string): string }) => {
          const planted = x.id === "gdr";
          const shown = planted ? round((x.r / x.t) * 100) : val(x.neg, x.t, x.r);
          return {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            r23: x.r23,
            t: x.t,
            r: x.r,
            c: fx(cap(planted ? false : x.neg, c.a("t"), c.a("r"))),
            p: x.id === "spm" ? "Sangat Baik" : predikatBaik(shown),
            ak: x.ak,
            cak: fx(cap(x.neg, c.a("ak"), c.a("r"))),
          };
        },
      })),
      {
        id: "avg",
        span: ["no", "t"],
        cells: (c: { a(k: string, id?: string): string }) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "ikm")}:${c.a("c", "ido")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: NDR, GDR dan IDO adalah indikator negatif; capaian = (2 x Target - Realisasi) / Target x 100.",
    "Skala predikat: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("c", "gdr") },
    rules: ["capaian-mismatch"],
    note: "GDR (negative) computed R/T = 110.50; refleksi gives 89.50",
    truth: `(2*${A("t", "gdr")}-${A("r", "gdr")})/${A("t", "gdr")}*100`,
  });
  b.plant({
    at: { sheet: S, cell: A("p", "spm") },
    rules: ["predikat-mismatch"],
    note: "Sangat Baik for a capaian of 89.56 (Baik)",
    truth: `PREDIKAT_BAIK(${A("c", "spm")})`,
  });
  for (const id of ["ndr", "ido"]) {
    const T = A("t", id);
    const R = A("r", id);
    b.ok({
      sheet: S,
      cell: A("c", id),
      rules: ["capaian-mismatch"],
      truth: `(2*${T}-${R})/${T}*100`,
      trap: `${R}/${T}*100`,
    });
  }
  for (const id of ["ikm", "crr", "spm"])
    b.ok({
      sheet: S,
      cell: A("c", id),
      rules: ["capaian-mismatch"],
      truth: `${A("r", id)}/${A("t", id)}*100`,
    });
  for (const id of ["ikm", "crr", "ndr", "ido"])
    b.ok({ sheet: S, cell: A("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${A("c", id)})` });
  b.ok({
    sheet: S,
    cell: A("cak", "gdr"),
    rules: ["capaian-mismatch"],
    truth: `(2*${A("ak", "gdr")}-${A("r", "gdr")})/${A("ak", "gdr")}*100`,
    trap: `${A("r", "gdr")}/${A("ak", "gdr")}*100`,
  });
  b.ok({
    sheet: S,
    cell: A("cak", "ikm"),
    rules: ["capaian-mismatch"],
    truth: `${A("r", "ikm")}/${A("ak", "ikm")}*100`,
  });
  return b.finish();
}
