// E.81, T-C.27 and LKjIP of set 348 (Dinas Pemuda dan Olahraga): Kabupaten Lembah Sariak (Sumatera
// Barat) and Kota Tanjung Harapan Baru (Kalimantan Timur). Places, people and numbers are invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  type Col,
} from "../forms/kit";

const kr = (key: string, group: string[], num: string, k: Partial<Col>, rp: Partial<Col>): Col[] => [
  { key: `${key}K`, head: [...group, "K"], num, fmt: DEC, ...k },
  { key: `${key}Rp`, head: [...group, "Rp"], num, fmt: RP, ...rp },
];

type E81Row = {
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  t5: [number, number];
  r6: [number, number];
  t7: [number, number];
  qK: number[];
  qRp?: number[];
};

export function e81Dispora(): BookW {
  const b = new BookW("e81-dispora-lembah-sariak-348.xlsx", "E.81", "Evaluasi Renja Dispora 2024");
  const s = b.sheet("Eval Renja TW IV");
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIAK",
    "DINAS PEMUDA DAN OLAHRAGA",
    "Jl. Bagindo Aziz No. 14, Lubuk Sariak",
  ]);
  s.lines(["EVALUASI HASIL PELAKSANAAN RENJA DISPORA s.d. TRIWULAN IV TAHUN 2024"], 1, { bold: true });
  s.gap();
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)" },
    { key: "ur", head: ["Program / Kegiatan"], num: "(2)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    ...kr(
      "t5",
      ["Target Renstra pada Akhir Periode (2026)"],
      "(5)",
      { role: "target", year: 2026 },
      { role: "anggaran", year: 2026 },
    ),
    ...kr(
      "r6",
      ["Realisasi Renstra s.d. Renja 2023"],
      "(6)",
      { role: "realisasi", year: 2023 },
      { role: "realisasi-anggaran", year: 2023 },
    ),
    ...kr(
      "t7",
      ["Target Renja 2024"],
      "(7)",
      { role: "target", year: 2024 },
      { role: "anggaran", year: 2024 },
    ),
    ...Q.flatMap((q, i) =>
      kr(
        `q${i + 1}`,
        ["Realisasi Kinerja 2024", `Triwulan ${q}`],
        `(${8 + i})`,
        { role: "realisasi", year: 2024 },
        { role: "realisasi-anggaran", year: 2024 },
      ),
    ),
    ...kr(
      "r12",
      ["Realisasi Renja 2024"],
      "(12)",
      { role: "realisasi", year: 2024 },
      { role: "realisasi-anggaran", year: 2024 },
    ),
    ...kr(
      "r13",
      ["Realisasi Renstra s.d. 2024"],
      "13 = 6 + 12",
      { role: "realisasi", year: 2024 },
      { role: "realisasi-anggaran", year: 2024 },
    ),
    ...kr(
      "c14",
      ["Tingkat Capaian Renstra s.d. 2024 (%)"],
      "14 = 13/5 x 100",
      { role: "capaian", fmt: DEC },
      { role: "capaian", fmt: DEC },
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "(15)" },
  ];
  const data: E81Row[] = [
    {
      kode: "4.13.02",
      ur: "Program Pengembangan Kapasitas Daya Saing Keolahragaan",
      ind: "Persentase atlet berprestasi tingkat provinsi dan nasional",
      sat: "%",
      level: true,
      t5: [40, 14_500_000_000],
      r6: [31.5, 8_240_000_000],
      t7: [35, 3_150_000_000],
      qK: [31.8, 32.6, 33.9, 34.6],
    },
    {
      kode: "4.13.02.2.01",
      ur: "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah",
      ind: "Jumlah atlet yang mengikuti pelatda",
      sat: "orang",
      level: false,
      t5: [600, 6_200_000_000],
      r6: [355, 3_480_000_000],
      t7: [120, 1_340_000_000],
      qK: [20, 35, 40, 28],
      qRp: [210_000_000, 365_000_000, 402_000_000, 318_500_000],
    },
    {
      kode: "4.13.02.2.02",
      ur: "Penyediaan Sarana dan Prasarana Olahraga",
      ind: "Jumlah sarana olahraga yang direhabilitasi",
      sat: "unit",
      level: false,
      t5: [25, 5_800_000_000],
      r6: [13, 3_120_000_000],
      t7: [6, 1_210_000_000],
      qK: [0, 1, 2, 3],
      qRp: [95_000_000, 280_000_000, 310_000_000, 398_900_000],
    },
    {
      kode: "4.13.02.2.03",
      ur: "Penghargaan Atlet dan Pelatih Berprestasi",
      ind: "Persentase atlet peraih medali yang menerima penghargaan",
      sat: "%",
      level: true,
      t5: [100, 2_500_000_000],
      r6: [90, 1_640_000_000],
      t7: [95, 600_000_000],
      qK: [45, 58, 76, 92],
      qRp: [0, 0, 150_000_000, 288_000_000],
    },
  ];
  // JS mirror of the sheet's arithmetic, for the typed footer predikat
  const qRp = (d: E81Row, i: number) => d.qRp?.[i] ?? sum3(data.slice(1).map((x) => x.qRp![i]));
  const sum3 = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  const PLANT_13RP = 4_303_900_000;
  const PLANT_14K = 96.84;
  const cK = data.map((d, i) => {
    if (i === 3) return PLANT_14K;
    const k12 = d.level ? d.qK[3] : sum3(d.qK);
    return round(((d.level ? k12 : d.r6[0] + k12) / d.t5[0]) * 100);
  });
  const cRp = data.map((d, i) => {
    const r13 = i === 2 ? PLANT_13RP : d.r6[1] + sum3([0, 1, 2, 3].map((q) => qRp(d, q)));
    return round((r13 / d.t5[1]) * 100);
  });
  const avgK = round(sum3(cK) / 4);
  const avgRp = round(sum3(cRp) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...data.map((d, i) => ({
        id: `r${i}`,
        bold: i === 0,
        cells: (x: { r: number; a: (k: string, id?: string) => string }) => {
          const cells: Record<string, unknown> = {
            kode: d.kode,
            ur: d.ur,
            ind: d.ind,
            sat: d.sat,
            t5K: d.t5[0],
            t5Rp: d.t5[1],
            r6K: d.r6[0],
            r6Rp: d.r6[1],
            t7K: d.t7[0],
            t7Rp: d.t7[1],
            pj: i === 0 ? "Bidang Olahraga" : "Seksi Prestasi Olahraga",
          };
          for (let q = 1; q <= 4; q++) {
            cells[`q${q}K`] = d.qK[q - 1];
            cells[`q${q}Rp`] = d.qRp
              ? d.qRp[q - 1]
              : fx(`${x.a(`q${q}Rp`, "r1")}+${x.a(`q${q}Rp`, "r2")}+${x.a(`q${q}Rp`, "r3")}`);
          }
          const qs = (u: string) => [1, 2, 3, 4].map((q) => x.a(`q${q}${u}`)).join("+");
          cells.r12K = d.level ? fx(x.a("q4K")) : fx(qs("K"));
          cells.r12Rp = fx(qs("Rp"));
          cells.r13K = d.level ? fx(x.a("r12K")) : fx(`${x.a("r6K")}+${x.a("r12K")}`);
          cells.r13Rp = i === 2 ? PLANT_13RP : fx(`${x.a("r6Rp")}+${x.a("r12Rp")}`);
          cells.c14K = i === 3 ? PLANT_14K : fx(`ROUND(${x.a("r13K")}/${x.a("t5K")}*100,2)`);
          cells.c14Rp = fx(`ROUND(${x.a("r13Rp")}/${x.a("t5Rp")}*100,2)`);
          return cells as never;
        },
      })),
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan anggaran",
          c14K: fx(`ROUND(AVERAGE(${x.a("c14K", "r0")}:${x.a("c14K", "r3")}),2)`),
          c14Rp: fx(`ROUND(AVERAGE(${x.a("c14Rp", "r0")}:${x.a("c14Rp", "r3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", c14K: predikat(avgK), c14Rp: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan KONI dan klub binaan.",
    "Faktor penghambat: rehabilitasi GOR Sariak tertunda.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lubuk Sariak, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA"],
    nama: "Drs. Rusli Datuak Bandaro",
    pangkat: "Pembina Utama Muda",
    nip: "19710312 199603 1 004",
  });
  const S = s.name;
  b.plant({
    at: { sheet: S, cell: t.a("r13Rp", "r2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(13) Rp of 4.13.02.2.02 typed 4,303,900,000; 6 + 12 gives 4,203,900,000",
    truth: `=${t.a("r6Rp", "r2")}+${t.a("r12Rp", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("c14K", "r3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "(14) K of 4.13.02.2.03 typed 96.84 (92 / Renja target 95); 13 / 5 x 100 = 92.00",
    truth: `=ROUND(${t.a("r13K", "r3")}/${t.a("t5K", "r3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("r12K", "r0"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("q4K", "r0")}`,
    trap: `=${t.a("q1K", "r0")}+${t.a("q2K", "r0")}+${t.a("q3K", "r0")}+${t.a("q4K", "r0")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("r13K", "r0"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("r12K", "r0")}`,
    trap: `=${t.a("r6K", "r0")}+${t.a("r12K", "r0")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c14Rp", "pred"),
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT(${t.a("c14Rp", "avg")})`,
  });
  return b.finish();
}

export function tc27Dispora(): BookW {
  const b = new BookW(
    "tc27-dispora-tanjung-harapan-baru-348.xlsx",
    "T-C.27",
    "Renstra Dispora 2025-2029 pendanaan",
  );
  const s = b.sheet("T-C.27");
  s.lines(
    [
      "RENCANA PROGRAM, KEGIATAN DAN PENDANAAN INDIKATIF",
      "DINAS PEMUDA DAN OLAHRAGA KOTA TANJUNG HARAPAN BARU",
      "RENSTRA 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const yearCols: Col[] = [1, 2, 3, 4, 5].flatMap((n) => [
    {
      key: `t${n}`,
      head: [G, `Tahun ke-${n}`, "Target"],
      role: "target" as const,
      year: 2024 + n,
      num: 5 + 2 * n - 2,
      fmt: DEC,
    },
    {
      key: `p${n}`,
      head: [G, `Tahun ke-${n}`, "Rp"],
      role: "anggaran" as const,
      year: 2024 + n,
      num: 5 + 2 * n - 1,
      fmt: RP,
    },
  ]);
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
    },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 4,
      fmt: DEC,
    },
    ...yearCols,
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 14,
      fmt: DEC,
    },
    {
      key: "akRp",
      head: ["Kondisi Kinerja Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      year: 2029,
      num: 15,
      fmt: RP,
    },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 17 },
  ];
  type K = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    awal: number;
    t: number[];
    p?: number[];
    kind: "level" | "flow" | "stock";
  };
  const keg: K[] = [
    {
      id: "k1",
      kode: "2.19.03.2.01",
      ur: "Pemberdayaan dan Peningkatan Kapasitas Pemuda",
      ind: "Jumlah organisasi kepemudaan aktif (stok)",
      awal: 64,
      t: [66, 69, 72, 74, 77],
      p: [1_150_000, 1_210_000, 1_275_000, 1_330_000, 1_400_000],
      kind: "stock",
    },
    {
      id: "k2",
      kode: "2.19.03.2.02",
      ur: "Pengembangan Kewirausahaan Pemuda",
      ind: "Jumlah wirausaha muda baru yang dibina",
      awal: 85,
      t: [90, 100, 110, 120, 130],
      p: [860_000, 925_000, 990_000, 1_040_000, 1_120_000],
      kind: "flow",
    },
    {
      id: "k3",
      kode: "2.19.03.2.03",
      ur: "Penyediaan Sarana Kepemudaan",
      ind: "Persentase kecamatan dengan rumah pemuda layak",
      awal: 40,
      t: [45, 55, 62, 70, 80],
      p: [2_300_000, 2_650_000, 2_480_000, 2_910_000, 3_050_000],
      kind: "level",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (x) => ({
          kode: "2.19.03",
          ur: "Program Pengembangan Kapasitas Daya Saing Kepemudaan",
          ind: "Indeks pembangunan pemuda",
          awal: 51.2,
          ...Object.fromEntries(Y.map((n) => [`t${n}`, [52, 53.1, 54.3, 55.5, 56.8][n - 1]])),
          ...Object.fromEntries(
            Y.map((n) => [
              `p${n}`,
              n === 3 ? 4_835_000 : fx(`SUM(${x.a(`p${n}`, "k1")}:${x.a(`p${n}`, "k3")})`),
            ]),
          ),
          akK: fx(x.a("t5")),
          akRp: fx(Y.map((n) => x.a(`p${n}`)).join("+")),
          unit: "Bidang Kepemudaan",
          lok: "Kota Tanjung Harapan Baru",
        }),
      },
      ...keg.map((k) => ({
        id: k.id,
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          kode: k.kode,
          ur: k.ur,
          ind: k.ind,
          awal: k.awal,
          ...Object.fromEntries(Y.map((n) => [`t${n}`, k.t[n - 1]])),
          ...Object.fromEntries(Y.map((n) => [`p${n}`, k.p![n - 1]])),
          akK:
            k.id === "k3"
              ? 312
              : k.kind === "flow"
                ? fx(Y.map((n) => x.a(`t${n}`)).join("+"))
                : fx(x.a("t5")),
          akRp: fx(Y.map((n) => x.a(`p${n}`)).join("+")),
          unit: "Seksi Pemberdayaan Pemuda",
          lok: "7 kecamatan",
        }),
      })),
    ],
  });
  s.gap();
  s.lines(["*) Indikator kegiatan 2.19.03.2.01 adalah stok: kondisi akhir = target Tahun ke-5."]);
  const S = s.name;
  b.plant({
    at: { sheet: S, cell: t.a("p3", "prog") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "program Tahun ke-3 Rp typed 4,835,000; kegiatan give 4,745,000",
    truth: `=SUM(${t.a("p3", "k1")}:${t.a("p3", "k3")})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("akK", "k3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a % typed 312 (the sum of the five years); Tahun ke-5 target is 80",
    truth: `=${t.a("t5", "k3")}`,
  });
  const sumT = (id: string) => Y.map((n) => t.a(`t${n}`, id)).join("+");
  b.ok({
    sheet: S,
    cell: t.a("akK", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${t.a("t5", "k1")}`,
    trap: `=${sumT("k1")}`,
  });
  b.ok({ sheet: S, cell: t.a("akK", "k2"), rules: ["kondisi-akhir-mismatch"], truth: `=${sumT("k2")}` });
  b.ok({
    sheet: S,
    cell: t.a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${t.a("t5", "prog")}`,
    trap: `=${sumT("prog")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("p2", "prog"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("p2", "k1")}+${t.a("p2", "k2")}+${t.a("p2", "k3")}`,
  });
  return b.finish();
}

export function lkjipDispora(): BookW {
  const b = new BookW("lkjip-2024-dispora-lembah-sariak-348.xlsx", "LKjIP", "LKjIP 2024 Dispora");
  const s = b.sheet("Tabel 3.1");
  s.lines(["Tabel 3.1 Pengukuran Kinerja Dinas Pemuda dan Olahraga Kabupaten Lembah Sariak Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Tahun 2024", "Kategori"], role: "predikat" },
  ];
  const SA = "Meningkatnya prestasi olahraga daerah";
  const SB = "Meningkatnya peran pemuda dalam pembangunan";
  type L = { sas: string; ind: string; sat: string; r23: number; t: number; r: number; neg?: boolean };
  const rows: L[] = [
    { sas: SA, ind: "Jumlah medali emas Porprov", sat: "keping", r23: 18, t: 22, r: 25 },
    { sas: SA, ind: "Persentase cabor berprestasi tingkat provinsi", sat: "%", r23: 41.5, t: 45, r: 43.2 },
    { sas: SA, ind: "Persentase sarana olahraga dalam kondisi baik", sat: "%", r23: 58, t: 65, r: 47.1 },
    {
      sas: SB,
      ind: "Persentase pemuda pengangguran terbuka (16-30 th)",
      sat: "%",
      r23: 13.1,
      t: 12.5,
      r: 11.8,
      neg: true,
    },
    { sas: SB, ind: "Jumlah wirausaha muda baru", sat: "orang", r23: 96, t: 110, r: 104 },
  ];
  const cap = (x: L) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i) => ({
        id: `i${i}`,
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          c: x.neg
            ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`, i === 1 ? 104.17 : undefined),
          pred: i === 2 ? "Baik" : predikatBaik(i === 1 ? 104.17 : cap(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i0")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Lubuk Sariak, 28 Februari 2025",
    jabatan: ["Kepala Dinas"],
    nama: "Drs. Rusli Datuak Bandaro",
    nip: "19710312 199603 1 004",
  });
  const S = s.name;
  b.plant({
    at: { sheet: S, cell: t.a("c", "i1") },
    rules: ["capaian-mismatch"],
    note: "stale cached 104.17; 43.2 / 45 x 100 gives 96.00",
    truth: `=ROUND(${t.a("r", "i1")}/${t.a("t", "i1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pred", "i2") },
    rules: ["predikat-mismatch"],
    note: '"Baik" for a capaian of 72.46; the > 65-75 band is Cukup',
    truth: `=PREDIKAT_BAIK(${t.a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: `=ROUND((2*${t.a("t", "i3")}-${t.a("r", "i3")})/${t.a("t", "i3")}*100,2)`,
    trap: `=${t.a("r", "i3")}/${t.a("t", "i3")}*100`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pred", "i0"),
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT_BAIK(${t.a("c", "i0")})`,
  });
  return b.finish();
}
