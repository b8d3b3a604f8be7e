// An E.81 evaluation of the Renja 2024 (n-1) of the Dinas Pariwisata of a DIY kabupaten, K | Rp per
// numbered column, typed values as the office pastes them from its e-monev: the flows (kunjungan,
// prasarana, event) add their quarters, the rates (DTW sesuai standar, hunian kamar hotel) are levels
// whose year is the Triwulan IV value and whose "s.d." value is the latest level. Every number is
// invented.
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

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  kq: number[];
  rq: number[];
  bold?: boolean;
};

const RP1 = {
  r5: 28500000000,
  r6: 14236800000,
  r7: 5120000000,
  rq: [812450000, 1364200000, 1487900000, 1302650000],
};
const RP2 = {
  r5: 9750000000,
  r6: 5118450000,
  r7: 1840000000,
  rq: [214600000, 468350000, 512800000, 583150000],
};

export function e81Pariwisata(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dinpar-gunung-sewu-kidul-2024.xlsx",
    "E.81 evaluation of the Renja 2024 (Dinas Pariwisata, DIY)",
    "E.81 s.d. Triwulan IV 2024, three header rows: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. Renja 2023 (n-2) | (7) Target Renja 2024 (n-1) | 'Realisasi Kinerja pada Triwulan' > I .. IV | (12) | (13) | (14), each K | Rp, number row merged over the pairs; typed values; Rata-rata capaian and Predikat rows; Unit PD penanggung jawab",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNG SEWU KIDUL",
    "DINAS PARIWISATA",
    "Jl. Brigjen Katamso No. 9, Wonosari Wetan, Daerah Istimewa Yogyakarta",
  ]);
  s.lines([
    "Formulir E.81",
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN GUNUNG SEWU KIDUL",
    "Renja Dinas Pariwisata Kabupaten Gunung Sewu Kidul Periode Pelaksanaan: Tahun 2024 (s.d. Triwulan IV)",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD/Renstra 2022-2026",
  ]);
  s.gap();
  const lns: Ln[] = [
    {
      id: "p1",
      kode: "3.26.02",
      nm: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      ind: "Jumlah kunjungan wisatawan ke daya tarik wisata kabupaten",
      sat: "orang",
      level: false,
      k5: 9800000,
      k6: 5612400,
      k7: 2150000,
      kq: [468210, 512930, 596840, 641770],
      ...RP1,
      bold: true,
    },
    {
      id: "k1",
      kode: "3.26.02.2.01",
      nm: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      ind: "Persentase daya tarik wisata yang dikelola sesuai standar",
      sat: "%",
      level: true,
      k5: 85,
      k6: 62.5,
      k7: 70,
      kq: [62.5, 65, 68.75, 71.88],
      ...RP1,
    },
    {
      id: "s1",
      kode: "3.26.02.2.01.0002",
      nm: "Pembangunan Prasarana Pendukung Daya Tarik Wisata",
      ind: "Jumlah prasarana pendukung DTW yang dibangun",
      sat: "unit",
      level: false,
      k5: 40,
      k6: 21,
      k7: 8,
      kq: [0, 2, 3, 3],
      ...RP1,
    },
    {
      id: "p2",
      kode: "3.26.03",
      nm: "PROGRAM PEMASARAN PARIWISATA",
      ind: "Tingkat penghunian kamar hotel",
      sat: "%",
      level: true,
      k5: 60,
      k6: 52.4,
      k7: 55,
      kq: [44.2, 51.6, 54.9, 57.35],
      ...RP2,
      bold: true,
    },
    {
      id: "k2",
      kode: "3.26.03.2.01",
      nm: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Jumlah event pariwisata yang diselenggarakan",
      sat: "event",
      level: false,
      k5: 60,
      k6: 31,
      k7: 12,
      kq: [2, 3, 4, 3],
      ...RP2,
    },
    {
      id: "s2",
      kode: "3.26.03.2.01.0003",
      nm: "Penyelenggaraan Event Pariwisata Berskala Kabupaten",
      ind: "Jumlah event berskala nasional yang diselenggarakan",
      sat: "event",
      level: false,
      k5: 15,
      k6: 7,
      k7: 3,
      kq: [0, 1, 1, 1],
      ...RP2,
    },
  ];
  // planted: the sub kegiatan's column 12 Rp has two digits swapped (4,976,200,000 for 4,967,200,000)
  const r12 = (x: Ln) => (x.id === "s1" ? 4976200000 : sum(x.rq));
  const k12 = (x: Ln) => (x.level ? x.kq[3] : sum(x.kq));
  const k13 = (x: Ln) => (x.level ? k12(x) : x.k6 + k12(x));
  const r13 = (x: Ln) => x.r6 + r12(x);
  // planted: the event kegiatan's column 14 K holds the Renja capaian 12 / 7 x 100 = 100.00
  const k14 = (x: Ln) => (x.id === "k2" ? round((k12(x) / x.k7) * 100) : round((k13(x) / x.k5) * 100));
  const r14 = (x: Ln) => round((r13(x) / x.r5) * 100);
  if (sum(RP1.rq) !== 4967200000) throw new Error("rp1");
  const avgK = round(sum(lns.map(k14)) / lns.length);

  const G5 = "Target Renstra PD pada Akhir Periode Renstra (2026)";
  const G6 = "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023 (n-2)";
  const G7 = "Target Kinerja dan Anggaran Renja Tahun 2024 (n-1) yang Dievaluasi";
  const GQ = "Realisasi Kinerja pada Triwulan";
  const G12 = "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi";
  const G13 = "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024";
  const G14 = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)";
  const pair = (
    key: string,
    group: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...group, "K"], role: kRole, year, num, fmt: DEC, width: 11 },
    { key: `r${key}`, head: [...group, "Rp"], role: rRole, year, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    {
      key: "nm",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", [G5], "5", "target", "anggaran"),
    ...pair("6", [G6], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", [G7], "7", "target", "anggaran", 2024),
    ...pair("8", [GQ, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [GQ, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [GQ, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [GQ, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", [G12], "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", [G13], "13 = 6 + 12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", [G14], "14 = 13/5 x 100%", "capaian", "capaian", 2024),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...lns.map((x, i): Row => ({
        id: x.id,
        bold: x.bold,
        cells: {
          no: x.bold ? (i === 0 ? "I" : "II") : null,
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          k5: x.k5,
          r5: x.r5,
          k6: x.k6,
          r6: x.r6,
          k7: x.k7,
          r7: x.r7,
          k8: x.kq[0],
          r8: x.rq[0],
          k9: x.kq[1],
          r9: x.rq[1],
          k10: x.kq[2],
          r10: x.rq[2],
          k11: x.kq[3],
          r11: x.rq[3],
          k12: k12(x),
          r12: r12(x),
          k13: k13(x),
          r13: r13(x),
          k14: k14(x),
          r14: r14(x),
          unit: x.id.endsWith("1") ? "Bidang Destinasi Pariwisata" : "Bidang Pemasaran Pariwisata",
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "ind"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p1")}:${c.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${c.a("r14", "p1")}:${c.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "ind"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kalender event bersama desa wisata; faktor penghambat: penutupan jalur Pantai Selatan bulan Maret.",
    "Tindak lanjut: penyesuaian target TPK pada Renja 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Wonosari Wetan, 24 Januari 2025",
    jabatan: ["Kepala Dinas Pariwisata", "Kabupaten Gunung Sewu Kidul"],
    nama: "Ir. SRI WAHYUNINGSIH HANDAYANI, M.T.",
    nip: "19710527 199803 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "column 12 Rp of sub kegiatan 3.26.02.2.01.0002 is 4,976,200,000; its four quarters add up to 4,967,200,000 (two digits swapped)",
    truth: `${a("r8", "s1")}+${a("r9", "s1")}+${a("r10", "s1")}+${a("r11", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "k2") },
    rules: ["capaian-mismatch"],
    note: "column 14 K of the event kegiatan is 100.00, the Renja capaian 12 / 7; 13 / 5 x 100 = 43 / 60 x 100 = 71.67",
    truth: `ROUND(${a("k13", "k2")}/${a("k5", "k2")}*100,2)`,
  });
  for (const id of ["k1", "p2"]) {
    const q = ["k8", "k9", "k10", "k11"].map((k) => a(k, id)).join("+");
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("k11", id),
      // a rate: the year's value is the Triwulan IV level, not the sum of the quarters
      trap: q,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      // the "s.d." value of a rate is the latest level, not 6 + 12
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["p1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: ["k8", "k9", "k10", "k11"].map((k) => a(k, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["p1", "k1", "p2", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r12", "p2"),
    rules: ["sum-mismatch"],
    truth: ["r8", "r9", "r10", "r11"].map((k) => a(k, "p2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r13", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "p2")}+${a("r12", "p2")}`,
  });
  return b.finish();
}
