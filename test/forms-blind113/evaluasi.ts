// An E.81 evaluation of the Renja 2024 of a kota's Dinas Perhubungan in Sumatera Barat (Permendagri
// 86/2017): ordinal headers "(n-1)" / "(n-2)" resolved from the title "s.d. Triwulan IV Tahun 2024",
// K | Rp pairs for columns 5-14, the number row merged over the pairs with "12 = 8+9+10+11",
// "13 = 6 + 12" and "14 = 13 / 5 x 100". Flows (rambu terpasang, keberangkatan angkutan) add their
// quarters; the rates (kendaraan lulus uji, perlengkapan jalan dalam kondisi baik) are levels: the
// year is the Triwulan IV level and "s.d." is the latest level. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

type Keg = {
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

export function e81DishubBukitSikumpar(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dishub-bukit-sikumpar-2024.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Perhubungan)",
    "E.81 of a Dinas Perhubungan kota in Sumatera Barat, s.d. Triwulan IV 2024: 1 No | 2 Kode | 3 Program / Kegiatan | 4 Indikator | 5 Target Renstra akhir periode (2026) | 6 Realisasi s.d. Renja tahun lalu (n-2) | 7 Target Renja tahun berjalan (n-1) | 8-11 Realisasi Triwulan I-IV | 12 | 13 | 14, each K | Rp; 15 Unit PD; ordinal headers, number row merged over the pairs with formulas; typed values; footer Rata-rata capaian and Predikat",
  );
  const S = "E81 Dishub 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BUKIT SIKUMPAR",
    "DINAS PERHUBUNGAN",
    "Jl. Sudirman No. 27 Bukit Sikumpar, Sumatera Barat",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA BUKIT SIKUMPAR",
    "Renja Perangkat Daerah Dinas Perhubungan Kota Bukit Sikumpar",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const K: Keg[] = [
    {
      id: "k1",
      kode: "2.15.02.2.02",
      nm: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah rambu, marka dan alat pengaman jalan yang terpasang",
      sat: "unit",
      level: false,
      k5: 1_200,
      k6: 780,
      k7: 260,
      kq: [0, 65, 110, 78],
      rp5: 9_850_000_000,
      rp6: 6_120_450_000,
      rp7: 2_145_000_000,
      rpq: [112_400_000, 486_250_000, 874_300_000, 598_760_000],
    },
    {
      id: "k2",
      kode: "2.15.02.2.05",
      nm: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala (KIR)",
      sat: "%",
      level: true,
      k5: 95,
      k6: 88.4,
      k7: 92,
      kq: [89.1, 90.35, 91.2, 92.6],
      rp5: 4_600_000_000,
      rp6: 2_715_800_000,
      rp7: 985_000_000,
      rpq: [198_450_000, 247_900_000, 262_380_000, 251_170_000],
    },
    {
      id: "k3",
      kode: "2.15.02.2.03",
      nm: "Pengelolaan Terminal Penumpang Tipe C",
      ind: "Jumlah keberangkatan angkutan umum yang tercatat di terminal tipe C",
      sat: "rit",
      level: false,
      k5: 86_000,
      k6: 49_820,
      k7: 17_500,
      kq: [4_120, 4_385, 4_290, 4_655],
      rp5: 3_250_000_000,
      rp6: 1_902_600_000,
      rp7: 684_000_000,
      rpq: [141_200_000, 168_450_000, 172_900_000, 188_300_000],
    },
  ];
  const sumOf = (f: (k: Keg) => number) => K.reduce((n, k) => n + f(k), 0);
  const prog: Keg = {
    id: "p",
    kode: "2.15.02",
    nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    ind: "Persentase fasilitas perlengkapan jalan kota dalam kondisi baik",
    sat: "%",
    level: true,
    k5: 85,
    k6: 76.2,
    k7: 80,
    kq: [76.8, 77.5, 79.1, 80.4],
    rp5: sumOf((k) => k.rp5),
    rp6: sumOf((k) => k.rp6),
    rp7: sumOf((k) => k.rp7),
    rpq: [0, 1, 2, 3].map((q) => sumOf((k) => k.rpq[q])),
  };
  const k12 = (k: Keg) => (k.level ? k.kq[3] : sum4(k.kq));
  const rp12 = (k: Keg) => sum4(k.rpq);
  const k13 = (k: Keg) => (k.level ? k12(k) : k.k6 + k12(k));
  const rp13 = (k: Keg) => k.rp6 + rp12(k);
  const c14 = (k: Keg) => round((k13(k) / k.k5) * 100);
  const r14 = (k: Keg) => round((rp13(k) / k.rp5) * 100);
  const kf = (k: Keg) => (k.level ? DEC : "#,##0");

  const pair = (n: string, head: string[], kRole: Col["role"], rRole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [...head, "K"], role: kRole, year, num: n.replace(/^q/, ""), width: 9 },
    { key: `rp${n}`, head: [...head, "Rp"], role: rRole, year, num: n.replace(/^q/, ""), fmt: RP, width: 15 },
  ];
  const TW = "Realisasi Kinerja Pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 14 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    ...pair(
      "5",
      ["Target Kinerja Capaian Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"],
      "target",
      "anggaran",
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${8 + i}`, [TW, q], "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)"],
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  cols.forEach((c) => {
    if (c.num === "12") c.num = "12 = 8+9+10+11";
    if (c.num === "13") c.num = "13 = 6 + 12";
    if (c.num === "14") c.num = "14 = 13/5 x 100%";
  });

  // planted: the Rp of column 12 of the perlengkapan jalan kegiatan typed with two digits swapped
  const RP12_K1_TYPED = 2_017_710_000;
  // planted: column 14 K of the terminal kegiatan holds the Renja capaian 12 / 7 x 100
  const C14_K3_TYPED = round((k12(K[2]) / K[2].k7) * 100);
  const line = (k: Keg, no: number | string): Row => ({
    id: k.id,
    bold: k.id === "p",
    cells: {
      no,
      kode: k.kode,
      nm: k.nm,
      ind: `${k.ind} (${k.sat})`,
      k5: { v: k.k5, fmt: kf(k) },
      rp5: k.rp5,
      k6: { v: k.k6, fmt: kf(k) },
      rp6: k.rp6,
      k7: { v: k.k7, fmt: kf(k) },
      rp7: k.rp7,
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((q) => [
          [`kq${8 + q}`, { v: k.kq[q], fmt: kf(k) }],
          [`rpq${8 + q}`, k.rpq[q]],
        ]),
      ),
      k12: { v: k12(k), fmt: kf(k) },
      rp12: k.id === "k1" ? RP12_K1_TYPED : rp12(k),
      k13: { v: k13(k), fmt: kf(k) },
      rp13: rp13(k),
      k14: { v: k.id === "k3" ? C14_K3_TYPED : c14(k), fmt: DEC },
      rp14: { v: r14(k), fmt: DEC },
      unit:
        k.id === "p"
          ? "Dinas Perhubungan"
          : k.id === "k2"
            ? "UPTD Pengujian Kendaraan Bermotor"
            : "Bidang LLAJ",
    },
  });
  const avgK = round((c14(K[0]) + c14(K[1]) + C14_K3_TYPED) / 3);
  const avgRp = round((r14(K[0]) + r14(K[1]) + r14(K[2])) / 3);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog, 1),
      ...K.map((k, i) => line(k, `1.${i + 1}`)),
      {
        id: "avg",
        bold: true,
        span: ["no", "rp13"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "k1")}:${x.a("k14", "k3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${x.a("rp14", "k1")}:${x.a("rp14", "k3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rp13"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK bidang transportasi darat dan peralatan uji KIR terakreditasi.",
    "Faktor penghambat: pengadaan rambu baru dapat dikontrakkan pada Triwulan II; sebagian angkutan kota tidak lagi singgah di terminal.",
    "Tindak lanjut: percepatan lelang pada Triwulan I Tahun 2025 dan penertiban trayek angkutan kota.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Bukit Sikumpar, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KOTA BUKIT SIKUMPAR,"],
    nama: "Ir. HENDRA SYAFRIZAL DT. RAJO BASA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const quarters = (m: "k" | "rp", id: string) => [8, 9, 10, 11].map((q) => a(`${m}q${q}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "k1") },
    rules: ["sum-mismatch"],
    note: `Column 12 Rp of kegiatan 2.15.02.2.02 is ${RP12_K1_TYPED.toLocaleString("en")}, but the four quarters add up to ${rp12(K[0]).toLocaleString("en")} (digits swapped)`,
    truth: quarters("rp", "k1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "k3") },
    rules: ["capaian-mismatch"],
    note: `Column 14 K of the terminal tipe C kegiatan holds 12 / 7 x 100 = ${C14_K3_TYPED} (the Renja capaian); 13 / 5 x 100 = ${c14(K[2])}`,
    truth: `ROUND(${a("k13", "k3")}/${a("k5", "k3")}*100,2)`,
  });
  // flows add their quarters
  for (const id of ["k1", "k3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: quarters("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  // levels: the year is the Triwulan IV level, s.d. is the latest level
  for (const id of ["k2", "p"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq11", id),
      trap: quarters("k", id),
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
  for (const id of ["k2", "k3"]) {
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: quarters("rp", id) });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "k1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "k1")}/${a("k5", "k1")}*100,2)`,
  });
  for (const m of ["rp5", "rp6", "rp7", "rpq8", "rpq11"])
    b.ok({
      sheet: S,
      cell: a(m, "p"),
      rules: ["sum-mismatch"],
      truth: K.map((k) => a(m, k.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  return b.finish();
}

function sum4(xs: number[]): number {
  return round(
    xs.reduce((a, b) => a + b, 0),
    2,
  );
}
