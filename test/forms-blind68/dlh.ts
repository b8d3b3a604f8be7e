// Environment-office tables: the monthly waste-tonnage recap 2024 of the Dinas Lingkungan Hidup of
// Kabupaten Haruyan Hulu (Kalimantan Selatan), twelve months with a yearly JUMLAH and a monthly
// average, and the E.81 evaluation of the Renja 2024 of the Dinas Lingkungan Hidup of Kabupaten
// Lembor Timur (Nusa Tenggara Timur) with K and Rp per quarter. Every person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const HARI = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// timbulan, diangkut ke TPA, diolah di TPS3R / bank sampah (ton per month)
const TIMBULAN = [
  3712.4, 3468.9, 3741.6, 3655.2, 3790.3, 3702.8, 3811.5, 3798.1, 3689.7, 3824.6, 3736.2, 3902.7,
];
const ANGKUT = [
  2388.6, 2251.3, 2402.9, 2376.5, 2455.8, 2417.6, 2489.2, 2478.4, 2430.1, 2512.7, 2466.3, 2594.8,
];
const OLAH = [264.2, 248.7, 271.5, 268.9, 279.4, 291.4, 285.6, 288.2, 276.8, 294.1, 287.5, 301.9];

/** Rekap bulanan timbulan dan penanganan sampah 2024, DLH Kabupaten Haruyan Hulu. */
export function rekapSampahHaruyan(): BookW {
  const b = new BookW(
    "rekap-bulanan-tonase-sampah-2024-dlh-kab-haruyan-hulu.xlsx",
    "monthly waste-tonnage recap with yearly total and monthly average",
    "No | Bulan | Jml Hari | 'Timbulan Sampah (ton)' | 'Sampah Tertangani (ton)' > 'Terangkut ke TPA Sungai Raya' | 'Diolah TPS3R / Bank Sampah' | Jumlah | 'Rata-rata Terangkut (ton/hari)' | '% Sampah Tertangani'; number row (1)..(9); JUMLAH 2024 and RATA-RATA PER BULAN rows; the yearly % divides the totals",
  );
  const S = "Rekap Tonase";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN HARUYAN HULU",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Brigjend H. Hasan Basry No. 27 Pagat Hilir, Kalimantan Selatan",
  ]);
  s.lines(
    [
      "REKAPITULASI BULANAN TIMBULAN DAN PENANGANAN SAMPAH",
      "TAHUN 2024 (Sumber: jembatan timbang TPA Sungai Raya dan laporan TPS3R)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const G = "Sampah Tertangani (ton)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", num: "(2)", width: 13 },
    { key: "hari", head: ["Jml Hari"], role: "lainnya", num: "(3)", width: 7 },
    {
      key: "tim",
      head: ["Timbulan Sampah (ton)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: "#,##0.0",
      width: 13,
    },
    {
      key: "ang",
      head: [G, "Terangkut ke TPA Sungai Raya"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: "#,##0.0",
      width: 13,
    },
    {
      key: "olah",
      head: [G, "Diolah TPS3R / Bank Sampah"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: "#,##0.0",
      width: 13,
    },
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (5) + (6)",
      fmt: "#,##0.0",
      width: 13,
    },
    {
      key: "tph",
      head: ["Rata-rata Terangkut (ton/hari)"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (5) : (3)",
      fmt: DEC,
      width: 12,
    },
    {
      key: "pct",
      head: ["% Sampah Tertangani"],
      role: "realisasi",
      year: 2024,
      num: "(9) = (7) : (4) x 100",
      fmt: DEC,
      width: 12,
    },
  ];
  const rows: Row[] = BULAN.map((m, i) => ({
    id: `m${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      bln: m,
      hari: HARI[i],
      tim: TIMBULAN[i],
      ang: ANGKUT[i],
      olah: OLAH[i],
      // planted: June's Jumlah typed 2,790.0 over the formula; 2,417.6 + 291.4 = 2,709.0
      jml: i === 5 ? 2790 : fx(`${c.a("ang")}+${c.a("olah")}`),
      tph: fx(`ROUND(${c.a("ang")}/${c.a("hari")},2)`),
      pct: fx(`ROUND(${c.a("jml")}/${c.a("tim")}*100,2)`),
    }),
  }));
  const sumOf = (k: string, c: { a(k: string, id?: string): string }, last = "m12") =>
    fx(`SUM(${c.a(k, "m1")}:${c.a(k, last)})`);
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => ({
      no: "JUMLAH 2024",
      hari: sumOf("hari", c),
      tim: sumOf("tim", c),
      // planted: the range stops at November
      ang: sumOf("ang", c, "m11"),
      olah: sumOf("olah", c),
      jml: sumOf("jml", c),
      tph: fx(`ROUND(${c.a("ang")}/${c.a("hari")},2)`),
      pct: fx(`ROUND(${c.a("jml")}/${c.a("tim")}*100,2)`),
    }),
  });
  const avg = (k: string, c: { a(k: string, id?: string): string }) =>
    fx(`ROUND(AVERAGE(${c.a(k, "m1")}:${c.a(k, "m12")}),1)`);
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => ({
      no: "RATA-RATA PER BULAN",
      tim: avg("tim", c),
      olah: avg("olah", c),
      jml: avg("jml", c),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: % sampah tertangani tahunan dihitung dari jumlah setahun, bukan dijumlah atau dirata-rata dari persentase bulanan.",
    "Target RPJMD 2024: sampah tertangani 68 %; ton/hari dihitung dari sampah terangkut ke TPA saja.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pagat Hilir, 15 Januari 2025",
    jabatan: ["Kepala Bidang Pengelolaan Sampah dan Limbah B3,"],
    nama: "Ir. MUHAMMAD RIDUAN NOOR, M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19780312 200501 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "m6") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "June's Jumlah typed 2,790.0 over the formula of the other months; 2,417.6 + 291.4 = 2,709.0 (digits swapped)",
    truth: `${a("ang", "m6")}+${a("olah", "m6")}`,
    tol: 0.06,
  });
  b.plant({
    at: { sheet: S, cell: a("ang", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH terangkut =SUM(E..) stops at November: 26,669.4 ton; with December's 2,594.8 it is 29,264.2",
    truth: `SUM(${a("ang", "m1")}:${a("ang", "m12")})`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("jml", "tot")}/${a("tim", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "m1")}:${a("pct", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tim", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("tim", "tot")}/12,1)`,
    trap: `SUM(${a("tim", "m1")}:${a("tim", "m12")})`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: a("olah", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("olah", "m1")}:${a("olah", "m12")})`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: a("tph", "m2"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("ang", "m2")}/29,2)`,
    trap: `ROUND(${a("ang", "m2")}/28,2)`,
  });
  return b.finish();
}

type E = {
  id: string;
  kd: string;
  ur: string;
  ind?: string;
  sat?: string;
  tk?: number;
  trp?: number;
  qk?: number[];
  qrp?: number[];
  /** level indicator: the year's K is the Triwulan IV value */
  level?: boolean;
  kids?: string[];
  bold?: boolean;
};

/** E.81 evaluasi Renja 2024 DLH Kabupaten Lembor Timur, K and Rp per triwulan. */
export function e81DlhLembor(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-tw4-2024-dlh-kab-lembor-timur.xlsx",
    "E.81 evaluation with K and Rp per quarter (DLH)",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Renja PD 2024' > K | Rp | 'Realisasi Kinerja pada Triwulan' > I .. IV > K | Rp | 'Realisasi Capaian Kinerja dan Anggaran Renja PD s.d. Triwulan IV' > K | Rp | 'Tingkat Capaian Renja PD (%)' > K | Rp | Unit PJ; three header rows and a number row 1..19; a level indicator's year is its Triwulan IV value",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBOR TIMUR",
      "RENJA PERANGKAT DAERAH DINAS LINGKUNGAN HIDUP KABUPATEN LEMBOR TIMUR",
      "PERIODE PELAKSANAAN: TAHUN 2024",
      "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD: sampah tertangani 65 %",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: E[] = [
    {
      id: "p1",
      kd: "2.11.11",
      ur: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      ind: "Persentase sampah tertangani",
      sat: "%",
      tk: 65,
      qk: [58.4, 60.9, 63.2, 66.1],
      level: true,
      kids: ["k1"],
      bold: true,
    },
    {
      id: "k1",
      kd: "2.11.11.2.01",
      ur: "Pengelolaan Sampah",
      ind: "Volume sampah terangkut ke TPA",
      sat: "ton/hari",
      tk: 46,
      qk: [41.8, 43.2, 45.9, 47.3],
      level: true,
      kids: ["s1", "s2", "s3"],
      bold: true,
    },
    {
      id: "s1",
      kd: "2.11.11.2.01.0003",
      ur: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
      ind: "Jumlah TPS / TPS3R yang dibangun",
      sat: "unit",
      tk: 6,
      trp: 1_845_000_000,
      qk: [0, 1, 2, 3],
      qrp: [0, 312_400_000, 684_950_000, 801_280_000],
    },
    {
      id: "s2",
      // planted: the kegiatan part of the code typed .02 under kegiatan .01
      kd: "2.11.11.2.02.0008",
      ur: "Penanganan Sampah dengan Pengangkutan dari TPS ke TPA",
      ind: "Jumlah ritase angkutan sampah",
      sat: "rit",
      tk: 7300,
      trp: 2_460_000_000,
      qk: [1794, 1812, 1856, 1873],
      qrp: [538_200_000, 601_750_000, 617_900_000, 654_385_000],
    },
    {
      id: "s3",
      kd: "2.11.11.2.01.0009",
      ur: "Peningkatan Peran Serta Masyarakat dalam Pengelolaan Sampah",
      ind: "Jumlah bank sampah aktif yang dibina",
      sat: "unit",
      tk: 24,
      trp: 187_500_000,
      qk: [18, 20, 23, 25],
      level: true,
      qrp: [21_600_000, 48_350_000, 52_900_000, 61_415_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const TG = "Target Renja PD Tahun 2024";
  const RQ = "Realisasi Kinerja pada Triwulan";
  const RY = "Realisasi Capaian Kinerja dan Anggaran Renja PD s.d. Triwulan IV";
  const TC = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD (%)";
  let n = 1;
  const num = () => String(n++);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: num(), width: 5 },
    { key: "kd", head: ["Kode"], role: "kode", num: num(), width: 18 },
    {
      key: "ur",
      head: ["Urusan / Program / Kegiatan / Sub Kegiatan"],
      role: "lainnya",
      num: num(),
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: num(),
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 9 },
    { key: "tk", head: [TG, "K"], role: "target", year: 2024, num: num(), fmt: "#,##0.##", width: 9 },
    { key: "trp", head: [TG, "Rp"], role: "anggaran", year: 2024, num: num(), fmt: RP, width: 16 },
    ...Q.flatMap((q, i): Col[] => [
      {
        key: `q${i}k`,
        head: [RQ, q, "K"],
        role: "realisasi",
        year: 2024,
        num: num(),
        fmt: "#,##0.##",
        width: 8,
      },
      {
        key: `q${i}rp`,
        head: [RQ, q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: num(),
        fmt: RP,
        width: 15,
      },
    ]),
    { key: "rk", head: [RY, "K"], role: "realisasi", year: 2024, num: num(), fmt: "#,##0.##", width: 9 },
    { key: "rrp", head: [RY, "Rp"], role: "realisasi-anggaran", year: 2024, num: num(), fmt: RP, width: 16 },
    { key: "ck", head: [TC, "K"], role: "capaian", year: 2024, num: num(), fmt: DEC, width: 8 },
    { key: "crp", head: [TC, "Rp"], role: "capaian", year: 2024, num: num(), fmt: DEC, width: 8 },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 16 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    bold: x.bold,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        no: i + 1,
        kd: x.kd,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        tk: x.tk,
        pj: "Bidang PSLB3",
      };
      const kids = x.kids ?? [];
      const rpOf = (k: string): Cell =>
        kids.length ? fx(kids.map((id) => c.a(k, id)).join("+")) : undefined;
      out.trp = x.trp ?? rpOf("trp");
      Q.forEach((_, j) => {
        out[`q${j}k`] = x.qk![j];
        out[`q${j}rp`] = x.qrp ? x.qrp[j] : rpOf(`q${j}rp`);
      });
      out.rk = x.level ? fx(c.a("q3k")) : fx(`SUM(${c.a("q0k")},${c.a("q1k")},${c.a("q2k")},${c.a("q3k")})`);
      // planted: the TPS sub kegiatan's yearly Rp keeps a cached 1,789,630,000 (digits swapped)
      out.rrp = x.qrp
        ? fx(
            `SUM(${c.a("q0rp")},${c.a("q1rp")},${c.a("q2rp")},${c.a("q3rp")})`,
            x.id === "s1" ? 1_789_630_000 : undefined,
          )
        : rpOf("rrp");
      out.ck = fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`);
      out.crp = fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: penambahan 2 unit dump truck (DAK 2024). Faktor penghambat: akses jalan ke TPA Wae Mese pada musim hujan.",
    "Realisasi K persentase, ton/hari dan bank sampah aktif adalah posisi akhir triwulan, bukan penjumlahan triwulan.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Lembor, 10 Januari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kabupaten Lembor Timur,"],
    nama: "FRANSISKUS X. NGGADUT, S.T., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700918 199803 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kd", "s2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan pengangkutan coded 2.11.11.2.02.0008 under kegiatan 2.11.11.2.01 Pengelolaan Sampah",
    truth: a("kd", "k1"),
    actual: `PARENT(${a("kd", "s2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rrp", "s1") },
    rules: ["sum-mismatch"],
    note: "TPS sub kegiatan yearly Rp =SUM of the quarters with a stale 1,789,630,000; 0 + 312,400,000 + 684,950,000 + 801,280,000 = 1,798,630,000",
    truth: `${a("q0rp", "s1")}+${a("q1rp", "s1")}+${a("q2rp", "s1")}+${a("q3rp", "s1")}`,
    tol: 1,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p1"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "p1"),
    trap: `${a("q0k", "p1")}+${a("q1k", "p1")}+${a("q2k", "p1")}+${a("q3k", "p1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "p1"),
    rules: ["sum-mismatch"],
    truth: a("trp", "k1"),
    trap: `SUM(${a("trp", "k1")}:${a("trp", "s3")})`,
    tol: 1,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "s2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rk", "s2")}/${a("tk", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "s3"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "s3"),
    trap: `${a("q0k", "s3")}+${a("q1k", "s3")}+${a("q2k", "s3")}+${a("q3k", "s3")}`,
  });
  return b.finish();
}
