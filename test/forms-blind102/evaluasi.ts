// An E.81 evaluation of the Renja 2024 of the Dinas Kehutanan Provinsi Sumatera Barat (Renstra
// 2021-2026): three header rows (group > Triwulan > K | Rp), ordinal (n-2) / (n-1) headers resolved
// from the title, typed values only apart from the footer. The survival rate of planted seedlings and
// the KTH class share are levels (year = Triwulan IV, s.d. = latest level). Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
} from "../forms/kit";

type R = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: number[];
  rpq: number[];
};

export function e81DishutSumbar(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dishut-sumbar-tw4-2024.xlsx",
    "E.81 evaluation of the Renja of a Dinas Kehutanan (2024)",
    "E.81 for the Renja 2024 of Dinas Kehutanan Provinsi Sumatera Barat: three header rows with 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp, (n-2) and (n-1) headers resolved from the title, typed values, a rata-rata and predikat footer",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA BARAT",
    "DINAS KEHUTANAN",
    "Jl. Khatib Sulaiman No. 46 Padang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI",
    "RENJA DINAS KEHUTANAN PROVINSI SUMATERA BARAT S.D. TRIWULAN IV TAHUN 2024",
    "Periode Renstra 2021-2026",
  ]);
  s.gap();
  const rows: R[] = [
    {
      id: "p1",
      kode: "3.28.05",
      nm: "PROGRAM PENGELOLAAN DAERAH ALIRAN SUNGAI (DAS)",
      ind: "Persentase luas lahan kritis yang terehabilitasi",
      sat: "%",
      level: true,
      k5: 18,
      rp5: 0,
      k6: 11.2,
      rp6: 0,
      k7: 14,
      rp7: 0,
      kq: [11.6, 12.3, 13.1, 14.2],
      rpq: [],
    },
    {
      id: "k1",
      kode: "3.28.05.2.01",
      nm: "Penyelenggaraan Rehabilitasi Hutan dan Lahan",
      ind: "Luas lahan kritis yang direhabilitasi",
      sat: "Ha",
      level: false,
      k5: 9_000,
      rp5: 0,
      k6: 5_160,
      rp6: 0,
      k7: 1_500,
      rp7: 0,
      kq: [120, 380, 610, 425],
      rpq: [],
    },
    {
      id: "s1",
      kode: "3.28.05.2.01.0001",
      nm: "Penanaman Pohon pada Lahan Kritis di Luar Kawasan Hutan",
      ind: "Luas lahan kritis yang ditanami",
      sat: "Ha",
      level: false,
      k5: 9_000,
      rp5: 31_500_000_000,
      k6: 5_160,
      rp6: 17_904_300_000,
      k7: 1_500,
      rp7: 5_325_000_000,
      kq: [120, 380, 610, 425],
      rpq: [612_400_000, 1_488_750_000, 1_917_320_000, 1_204_880_000],
    },
    {
      id: "s2",
      kode: "3.28.05.2.01.0002",
      nm: "Pemeliharaan Tanaman Rehabilitasi Hutan dan Lahan",
      ind: "Persentase tanaman hidup pada areal rehabilitasi",
      sat: "%",
      level: true,
      k5: 85,
      rp5: 6_250_000_000,
      k6: 78.4,
      rp6: 3_611_900_000,
      k7: 80,
      rp7: 1_310_000_000,
      kq: [74.5, 76.2, 79.8, 81.3],
      rpq: [186_200_000, 342_650_000, 398_100_000, 361_480_000],
    },
    {
      id: "s3",
      kode: "3.28.05.2.01.0003",
      nm: "Pembuatan Bangunan Konservasi Tanah dan Air",
      ind: "Jumlah bangunan konservasi tanah dan air (dam penahan, gully plug)",
      sat: "unit",
      level: false,
      k5: 240,
      rp5: 7_200_000_000,
      k6: 131,
      rp6: 3_905_400_000,
      k7: 45,
      rp7: 1_395_000_000,
      kq: [0, 12, 19, 13],
      rpq: [41_250_000, 388_900_000, 544_700_000, 372_680_000],
    },
    {
      id: "p2",
      kode: "3.28.04",
      nm: "PROGRAM PENDIDIKAN DAN PELATIHAN, PENYULUHAN DAN PEMBERDAYAAN MASYARAKAT DI BIDANG KEHUTANAN",
      ind: "Persentase KTH kelas madya dan utama",
      sat: "%",
      level: true,
      k5: 40,
      rp5: 0,
      k6: 29.5,
      rp6: 0,
      k7: 33,
      rp7: 0,
      kq: [29.5, 30.8, 31.6, 33.4],
      rpq: [],
    },
    {
      id: "k2",
      kode: "3.28.04.2.01",
      nm: "Pelaksanaan Penyuluhan Kehutanan Provinsi",
      ind: "Jumlah kelompok tani hutan yang dibina",
      sat: "kelompok",
      level: false,
      k5: 1_200,
      rp5: 0,
      k6: 702,
      rp6: 0,
      k7: 240,
      rp7: 0,
      kq: [38, 64, 81, 60],
      rpq: [],
    },
    {
      id: "s4",
      kode: "3.28.04.2.01.0002",
      nm: "Pembinaan dan Pengembangan Kelompok Tani Hutan",
      ind: "Jumlah KTH yang dibina dan dinilai kelasnya",
      sat: "kelompok",
      level: false,
      k5: 1_200,
      rp5: 4_800_000_000,
      k6: 702,
      rp6: 2_761_500_000,
      k7: 240,
      rp7: 985_000_000,
      kq: [38, 64, 81, 60],
      rpq: [118_300_000, 254_600_000, 317_450_000, 261_920_000],
    },
    {
      id: "s5",
      kode: "3.28.04.2.01.0003",
      nm: "Fasilitasi Usaha Hasil Hutan Bukan Kayu oleh Kelompok Tani Hutan",
      ind: "Jumlah KUPS HHBK yang difasilitasi (madu, gambir, kayu manis)",
      sat: "KUPS",
      level: false,
      k5: 300,
      rp5: 3_600_000_000,
      k6: 171,
      rp6: 2_064_800_000,
      k7: 55,
      rp7: 720_000_000,
      kq: [6, 15, 19, 12],
      rpq: [52_700_000, 201_350_000, 246_900_000, 188_430_000],
    },
  ];
  // money of kegiatan and program rows = sum of their sub kegiatan
  const byId = new Map(rows.map((x) => [x.id, x]));
  const money = (ids: string[], f: (x: R) => number) => ids.reduce((n, id) => n + f(byId.get(id)!), 0);
  const kids: Record<string, string[]> = {
    p1: ["s1", "s2", "s3"],
    k1: ["s1", "s2", "s3"],
    p2: ["s4", "s5"],
    k2: ["s4", "s5"],
  };
  for (const [id, ks] of Object.entries(kids)) {
    const x = byId.get(id)!;
    x.rp5 = money(ks, (y) => y.rp5);
    x.rp6 = money(ks, (y) => y.rp6);
    x.rp7 = money(ks, (y) => y.rp7);
    x.rpq = [0, 1, 2, 3].map((q) => money(ks, (y) => y.rpq[q]));
  }
  const k12 = (x: R) => (x.level ? x.kq[3] : sum4(x.kq));
  const k13 = (x: R) => (x.level ? k12(x) : x.k6 + k12(x));
  const rp12 = (x: R) => sum4(x.rpq);
  const rp13 = (x: R) => x.rp6 + rp12(x);
  const cap = (a: number, t: number) => round((a / t) * 100);

  const pair = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: "#,##0.##", width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    {
      key: "nm",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "(3)",
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4a)", width: 9 },
    ...pair(
      "5",
      ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"],
      "(5)",
      "target",
      "anggaran",
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "(6)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "(7)",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        `(${8 + i})`,
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "(12)=(8)+(9)+(10)+(11)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan"],
      "(13)=(6)+(12)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", "K"],
      role: "capaian",
      num: "(14)=(13)/(5)x100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", "Rp"],
      role: "capaian",
      num: "(14)=(13)/(5)x100%",
      fmt: DEC,
      width: 9,
    },
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "(15)", width: 18 },
  ];
  // planted values
  const s3 = byId.get("s3")!;
  const s4 = byId.get("s4")!;
  const wrongRp12s3 = 1_374_530_000; // quarters add up to 1,347,530,000
  const wrongK14s4 = cap(k12(s4), s4.k7); // the Renja capaian (12)/(7) put in column 14
  const subs = ["s1", "s2", "s3", "s4", "s5"];
  const k14 = (x: R) => (x.id === "s4" ? wrongK14s4 : cap(k13(x), x.k5));
  const avgK = round(subs.reduce((n, id) => n + k14(byId.get(id)!), 0) / subs.length);
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3.28", nm: "URUSAN PEMERINTAHAN BIDANG KEHUTANAN" } },
      ...rows.map((x) => {
        const isSub = x.kode.split(".").length === 6;
        const out: Record<string, Cell> = {
          no: isSub ? String(++no) : undefined,
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          k5: x.k5,
          k6: x.k6,
          k7: x.k7,
          kq1: x.kq[0],
          kq2: x.kq[1],
          kq3: x.kq[2],
          kq4: x.kq[3],
          k12: k12(x),
          k13: k13(x),
          k14: k14(x),
          unit: ["p2", "k2", "s4", "s5"].includes(x.id)
            ? "Bidang Penyuluhan dan PSKL"
            : "Bidang Rehabilitasi Hutan dan Lahan",
        };
        out.rp5 = x.rp5;
        out.rp6 = x.rp6;
        out.rp7 = x.rp7;
        out.rpq1 = x.rpq[0];
        out.rpq2 = x.rpq[1];
        out.rpq3 = x.rpq[2];
        out.rpq4 = x.rpq[3];
        out.rp12 = x.id === "s3" ? wrongRp12s3 : rp12(x);
        out.rp13 = rp13(x);
        out.rp14 = cap(rp13(x), x.rp5);
        return { id: x.id, bold: !isSub, cells: out };
      }),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${subs.map((id) => c.a("k14", id)).join(",")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avgK) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan KPH dan penyuluh kehutanan swadaya dalam pendampingan KTH.",
    "Faktor penghambat: musim kemarau panjang pada triwulan III menurunkan persentase tanaman hidup.",
    "Tindak lanjut: penyulaman tanaman rehabilitasi pada awal musim hujan 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Padang, 24 Januari 2025",
    jabatan: ["KEPALA DINAS KEHUTANAN", "PROVINSI SUMATERA BARAT,"],
    nama: "Ir. AFRIZAL NURDIN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690814 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch"],
    note: `Realisasi Rp (12) of sub kegiatan 3.28.05.2.01.0003 is a typed 1,374,530,000; its four quarters add up to ${rp12(s3).toLocaleString("en")}`,
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s4") },
    rules: ["capaian-mismatch"],
    note: `Tingkat capaian K (14) of sub kegiatan 3.28.04.2.01.0002 is ${wrongK14s4}, the Renja capaian (12)/(7) = ${k12(s4)} / ${s4.k7}; (13)/(5) = ${k13(s4)} / ${s4.k5} gives ${cap(k13(s4), s4.k5)}`,
    truth: `ROUND(${a("k13", "s4")}/${a("k5", "s4")}*100,2)`,
  });
  // levels: the year is the Triwulan IV value, s.d. the latest level
  for (const id of ["s2", "p1", "p2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3", "s4", "s5", "k1", "k2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "s5", "k1", "k2", "p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s4", "s5"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
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
  for (const k of ["rp5", "rp6", "rp7", ...qr]) {
    b.ok({
      sheet: S,
      cell: a(k, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
    b.ok({ sheet: S, cell: a(k, "k2"), rules: ["sum-mismatch"], truth: `${a(k, "s4")}+${a(k, "s5")}` });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const [kid, par] of [
    ["s1", "k1"],
    ["s3", "k1"],
    ["s5", "k2"],
    ["k1", "p1"],
    ["k2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", kid),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", kid)})`,
      actual: a("kode", par),
    });
  return b.finish();
}

function sum4(xs: number[]): number {
  return round(
    xs.reduce((n, v) => n + v, 0),
    4,
  );
}
