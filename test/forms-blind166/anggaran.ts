// Funding and evaluation tables of the P2P program of a Dinas Kesehatan: a T-C.27 Renstra 2025-2029
// (Sumatera Utara, K | Rp pairs per year, "(dalam ribuan rupiah)") and an E.81 Renja 2024 evaluation
// (NTT, K | Rp per quarter). TB, HIV, malaria and DBD sub kegiatan under 1.02.02.2.02. Every name and
// number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

// ====================================== T-C.27, Dinas Kesehatan Kabupaten Tapanuli Hilir (Sumut)

type Sub = { id: string; kode: string; nm: string; ind: string; k: number[]; rp: number[] };

export const TC27_SUBS: Sub[] = [
  {
    id: "s1",
    kode: "1.02.02.2.02.0036",
    nm: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
    ind: "Persentase orang terduga TB yang mendapat pelayanan sesuai standar",
    k: [100, 100, 100, 100, 100],
    rp: [845_200, 870_000, 905_500, 940_000, 985_750],
  },
  {
    id: "s2",
    kode: "1.02.02.2.02.0037",
    nm: "Pengelolaan Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV",
    ind: "Persentase orang berisiko terinfeksi HIV yang diperiksa",
    k: [90, 92, 95, 97, 100],
    rp: [512_400, 530_000, 548_600, 566_000, 590_300],
  },
  {
    id: "s3",
    kode: "1.02.02.2.02.0041",
    nm: "Pengelolaan Pelayanan Kesehatan Malaria",
    ind: "Persentase kasus malaria yang diobati sesuai standar",
    k: [95, 96, 97, 98, 100],
    rp: [318_750, 325_000, 334_200, 342_800, 351_000],
  },
  // planted: Rp 2028 typed 3,125,000 (312,500 meant: 301,000 -> 325,600)
  {
    id: "s4",
    kode: "1.02.02.2.02.0042",
    nm: "Pengelolaan Surveilans dan Pengendalian Demam Berdarah Dengue",
    ind: "Persentase kasus DBD yang ditangani sesuai standar",
    k: [100, 100, 100, 100, 100],
    rp: [276_900, 290_450, 301_000, 3_125_000, 325_600],
  },
];

export function tc27DinkesSumut(): BookW {
  const b = new BookW(
    "tc27-pendanaan-p2p-dinkes-tapanuli-hilir.xlsx",
    "T-C.27 Renstra funding (Dinas Kesehatan, P2P)",
    "T-C.27 2025-2029: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja dan Kerangka Pendanaan' > 'Tahun ke-1 (2025)' .. 'Tahun ke-5 (2029)' > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | Unit Kerja; (dalam ribuan rupiah); number row merged over the pairs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAPANULI HILIR", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18, num: 1 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36, num: 2 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36, num: 3 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8, num: 4 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 9, num: 5 },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "K"],
        role: "target",
        year: y,
        width: 7,
        num: 6 + i,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 12,
        num: 6 + i,
      },
    ]),
    {
      key: "akk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "K"],
      role: "kondisi-akhir",
      year: 2029,
      width: 8,
      num: 11,
    },
    {
      key: "akrp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 13,
      num: 11,
    },
    { key: "uk", head: ["Unit Kerja"], role: "penanggung-jawab", width: 10, num: 12 },
  ];
  const rpSum = (c: { a(k: string): string }) => years.map((y) => c.a(`rp${y}`)).join("+");
  const ids = TC27_SUBS.map((x) => x.id);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02",
          nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          ind: "Angka keberhasilan pengobatan TB (TSR)",
          sat: "%",
          awal: fmt(86.5, DEC),
          ...Object.fromEntries(
            years.flatMap((y, i) => [
              [`k${y}`, fmt([90, 91, 92, 93, 95][i], DEC)],
              [`rp${y}`, fx(c.a(`rp${y}`, "k"))],
            ]),
          ),
          akk: fx(c.a("k2029")),
          akrp: fx(rpSum(c)),
          uk: "Dinkes",
        }),
      },
      {
        id: "k",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          ind: "Persentase kasus penyakit menular yang ditangani sesuai standar",
          sat: "%",
          awal: fmt(91.2, DEC),
          ...Object.fromEntries(
            years.flatMap((y, i) => [
              [`k${y}`, fmt([94, 95, 96, 98, 100][i], DEC)],
              [`rp${y}`, fx(`SUM(${c.a(`rp${y}`, "s1")}:${c.a(`rp${y}`, "s4")})`)],
            ]),
          ),
          akk: fx(c.a("k2029")),
          akrp: fx(rpSum(c)),
          uk: "Bidang P2P",
        }),
      },
      ...TC27_SUBS.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: "%",
          awal: fmt(x.k[0] - 2, "0"),
          ...Object.fromEntries(
            years.flatMap((y, i): Array<[string, Cell]> => [
              [`k${y}`, x.k[i]],
              [`rp${y}`, x.rp[i]],
            ]),
          ),
          akk: fx(c.a("k2029")),
          // planted: the HIV sub kegiatan's kondisi akhir Rp typed without 2029
          akrp: x.id === "s2" ? 2_157_000 : fx(rpSum(c)),
          uk: "Bidang P2P",
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: pagu indikatif tahun 2026-2029 bersifat sementara dan disesuaikan dengan kemampuan keuangan daerah.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Pandan Hilir, 14 Juli 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. JUNIOR T. HUTAGALUNG, M.Kes.",
    nip: "19790821 200701 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rowSum = (id: string) => years.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akrp", "s2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan .0037 (HIV) is a typed 2,157,000 = 2025-2028 only; with 2029's 590,300 the five years give 2,747,300",
    truth: rowSum("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp2028", "s4") },
    rules: ["target-outlier"],
    note: "Rp 2028 of sub kegiatan .0042 (DBD) is 3,125,000 between 301,000 (2027) and 325,600 (2029); 312,500 meant (a zero too many)",
    truth: "312500",
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akrp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rowSum(id),
      // with K | Rp side by side, a SUM over the range adds the K percentages too
      trap: `SUM(${a("rp2025", id)}:${a("rp2029", id)})`,
    });
  for (const id of ["p", "k", ...ids])
    b.ok({
      sheet: S,
      cell: a("akk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap:
        id === "p" || id === "k" || id === "s2" || id === "s3"
          ? years.map((y) => a(`k${y}`, id)).join("+")
          : undefined,
    });
  for (const y of [2025, 2026, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(`rp${y}`, id)).join("+"),
    });
  for (const id of ids)
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  return b.finish();
}

// ================================================ E.81, Dinas Kesehatan Kabupaten Belu Utara (NTT)

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  tk: number;
  trp: number;
  kq: number[];
  rpq: number[];
};

export const E81_SUBS: E[] = [
  {
    id: "s1",
    kode: "1.02.02.2.02.0036",
    nm: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
    ind: "Jumlah orang terduga TB yang mendapat pelayanan sesuai standar",
    sat: "orang",
    level: false,
    tk: 3600,
    trp: 612_500_000,
    kq: [780, 910, 960, 1020],
    rpq: [98_400_000, 151_250_000, 163_800_000, 176_900_000],
  },
  {
    id: "s2",
    kode: "1.02.02.2.02.0037",
    nm: "Pengelolaan Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV",
    ind: "Persentase ODHIV yang mendapat pengobatan ARV",
    sat: "%",
    level: true,
    tk: 75,
    trp: 348_000_000,
    kq: [61.2, 64.8, 67.5, 70.4],
    rpq: [52_300_000, 88_150_000, 95_600_000, 101_450_000],
  },
  // planted: Triwulan IV Rp typed 118,650,000 (58,650,000 by the SP2D)
  {
    id: "s3",
    kode: "1.02.02.2.02.0041",
    nm: "Pengelolaan Pelayanan Kesehatan Malaria",
    ind: "Persentase kasus malaria positif yang diobati sesuai standar",
    sat: "%",
    level: true,
    tk: 100,
    trp: 215_750_000,
    kq: [100, 100, 100, 100],
    rpq: [31_000_000, 58_200_000, 62_400_000, 118_650_000],
  },
  // planted: coded 1.02.03.2.02.0042 under kegiatan 1.02.02.2.02
  {
    id: "s4",
    kode: "1.02.03.2.02.0042",
    nm: "Pengelolaan Surveilans dan Pengendalian Demam Berdarah Dengue",
    ind: "Persentase kasus DBD yang ditangani sesuai standar",
    sat: "%",
    level: true,
    tk: 100,
    trp: 184_300_000,
    kq: [100, 97.5, 100, 100],
    rpq: [22_100_000, 47_800_000, 51_350_000, 55_900_000],
  },
];

export function e81DinkesNtt(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-p2p-dinkes-belu-utara.xlsx",
    "E.81 Renja evaluation (Dinas Kesehatan, P2P, 2024)",
    "E.81 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (6) Target Renja 2024 | (7)-(10) Realisasi Triwulan I-IV | (11) Realisasi Capaian s.d. Triwulan IV | (12) Tingkat Capaian (%), each K | Rp; number row '11 = 7+8+9+10', '12 = 11 / 6 x 100'; levels take Triwulan IV",
  );
  const S = "E.81 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BELU UTARA", "DINAS KESEHATAN"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Belu Utara",
    "Renja Dinas Kesehatan Tahun 2024 - Triwulan IV",
  ]);
  s.gap();
  const TW = ["I", "II", "III", "IV"];
  const pair = (key: string, head: string[], num: string, k: Partial<Col>, rp: Partial<Col>): Col[] => [
    { key: `${key}k`, head: [...head, "K"], num, width: 8, ...k },
    { key: `${key}rp`, head: [...head, "Rp"], num, fmt: RP, width: 14, ...rp },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 4, num: "1" },
    { key: "kode", head: ["Kode"], role: "kode", width: 18, num: "2" },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34, num: "3" },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34, num: "4" },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8, num: "5" },
    ...pair(
      "t",
      ["Target Renja Tahun 2024"],
      "6",
      { role: "target", year: 2024 },
      { role: "anggaran", year: 2024 },
    ),
    ...TW.flatMap((q, i) => pair(`q${i + 1}`, ["Realisasi Kinerja pada Triwulan", q], String(7 + i), {}, {})),
    ...pair(
      "r",
      ["Realisasi Capaian Kinerja dan Anggaran s.d. Triwulan IV"],
      "11 = 7+8+9+10",
      { role: "realisasi", year: 2024 },
      { role: "realisasi-anggaran", year: 2024 },
    ),
    ...pair(
      "c",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran (%)"],
      "12 = 11 / 6 x 100",
      { role: "capaian", year: 2024, fmt: DEC },
      { role: "capaian", year: 2024, fmt: DEC },
    ),
  ];
  const qs = [1, 2, 3, 4];
  const ids = E81_SUBS.map((x) => x.id);
  const sumRow = (id: string, first: string, last: string) => (c: { a(k: string, id?: string): string }) => ({
    [`trp`]: fx(id === "p" ? c.a("trp", "k") : `SUM(${c.a("trp", first)}:${c.a("trp", last)})`),
    ...Object.fromEntries(
      qs.map((q) => [
        `q${q}rp`,
        fx(id === "p" ? c.a(`q${q}rp`, "k") : `SUM(${c.a(`q${q}rp`, first)}:${c.a(`q${q}rp`, last)})`),
      ]),
    ),
    rrp: fx(qs.map((q) => c.a(`q${q}rp`)).join("+")),
    crp: fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`),
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          no: 1,
          kode: "1.02.02",
          nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          ind: "Angka keberhasilan pengobatan TB",
          sat: "%",
          tk: fmt(90, DEC),
          q4k: fmt(88.6, DEC),
          rk: fx(c.a("q4k")),
          ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
          ...sumRow("p", "", "")(c),
        }),
      },
      {
        id: "k",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          ...sumRow("k", "s1", "s4")(c),
        }),
      },
      ...E81_SUBS.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          tk: x.tk,
          trp: x.trp,
          ...Object.fromEntries(
            qs.flatMap((q) => [
              [`q${q}k`, x.kq[q - 1]],
              [`q${q}rp`, x.rpq[q - 1]],
            ]),
          ),
          rk: fx(x.level ? c.a("q4k") : qs.map((q) => c.a(`q${q}k`)).join("+")),
          rrp: fx(qs.map((q) => c.a(`q${q}rp`)).join("+")),
          ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
          crp: fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`),
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: penemuan kasus TB aktif melalui skrining di posyandu dan sekolah.",
    "Faktor penghambat: stok OAT dan reagen TCM terlambat pada Triwulan II.",
    "Catatan: indikator persentase (tingkat) diisi nilai Triwulan IV, bukan jumlah triwulan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Atambua Utara, 10 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "drg. FLORIANUS B. MALI, M.P.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760628 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("crp", "s3") },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Realisasi anggaran of sub kegiatan .0041 (malaria) is 270,250,000 against a pagu of 215,750,000 (125.26 %): Triwulan IV typed 118,650,000 where the SP2D gives 58,650,000; the true serapan is 97.45 %",
    truth: `ROUND((${a("q1rp", "s3")}+${a("q2rp", "s3")}+${a("q3rp", "s3")}+58650000)/${a("trp", "s3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Surveilans dan Pengendalian DBD is coded 1.02.03.2.02.0042 (program 1.02.03) under kegiatan 1.02.02.2.02; 1.02.02.2.02.0042 meant",
    truth: `${a("kode", "k")}&".0042"`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k")})`,
    actual: a("kode", "p"),
  });
  b.ok({
    sheet: S,
    cell: a("rk", "s1"),
    rules: ["sum-mismatch"],
    truth: qs.map((q) => a(`q${q}k`, "s1")).join("+"),
  });
  for (const id of ["s2", "s4"])
    b.ok({
      sheet: S,
      cell: a("rk", id),
      rules: ["sum-mismatch"],
      truth: a("q4k", id),
      // a level: the year's value is Triwulan IV, not the four quarters added
      trap: qs.map((q) => a(`q${q}k`, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s4"]) {
    b.ok({
      sheet: S,
      cell: a("crp", id),
      rules: ["serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a("rrp", id)}/${a("trp", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("rrp", id),
      rules: ["sum-mismatch"],
      truth: qs.map((q) => a(`q${q}rp`, id)).join("+"),
    });
  }
  b.ok({
    sheet: S,
    cell: a("ck", "s1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rk", "s1")}/${a("tk", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "k"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => a("trp", id)).join("+"),
  });
  for (const q of [1, 2, 3])
    b.ok({
      sheet: S,
      cell: a(`q${q}rp`, "k"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(`q${q}rp`, id)).join("+"),
    });
  return b.finish();
}
