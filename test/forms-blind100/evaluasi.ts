// An E.81 Renja evaluation (Permendagri 86/2017) of the Dinas Pemuda dan Olahraga of Provinsi Maluku, year
// n-1 = 2024, headers in ordinals ((n-2), (n-1)) with the year only in the title; every body value typed.
// Flows (kejuaraan diikuti, laporan) add their quarters; rates are levels (Triwulan IV, latest level).
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
  type Row,
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
  kq: Array<number | "-">;
  rpq: number[];
  bold?: boolean;
};

export function e81DisporaMaluku(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dispora-maluku-tw4-2024.xlsx",
    "E.81 evaluation of the Renja of a Dispora (2024)",
    "E.81 of the Dispora Provinsi Maluku, s.d. Triwulan IV 2024: ordinal (n-2)/(n-1) headers, three header rows (group > triwulan > K/Rp), typed values, rata-rata and predikat footer",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI MALUKU",
    "DINAS PEMUDA DAN OLAHRAGA",
    "Jl. Pattimura No. 14, Ambon 97124",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI MALUKU",
    "RENJA DINAS PEMUDA DAN OLAHRAGA PROVINSI MALUKU TAHUN 2024",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024 (Renstra 2019-2024)",
  ]);
  s.gap();
  const subs: R[] = [
    {
      id: "s1",
      kode: "2.19.03.2.01.0001",
      nm: "Pembinaan Atlet Pemusatan Latihan Daerah (Pelatda) PON",
      ind: "Jumlah kejuaraan nasional yang diikuti atlet Pelatda",
      sat: "kejuaraan",
      level: false,
      k5: 40,
      rp5: 17_500_000_000,
      k6: 27,
      rp6: 11_420_600_000,
      k7: 10,
      rp7: 3_250_000_000,
      kq: [2, 3, 3, 2],
      rpq: [520_400_000, 865_150_000, 1_012_300_000, 744_900_000],
    },
    {
      id: "s2",
      kode: "2.19.03.2.01.0002",
      nm: "Pemberian Penghargaan bagi Atlet dan Pelatih Berprestasi",
      ind: "Persentase atlet peraih medali PON yang menerima penghargaan",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 6_000_000_000,
      k6: 85,
      rp6: 3_480_000_000,
      k7: 90,
      rp7: 1_250_000_000,
      kq: ["-", "-", 60, 95],
      rpq: [0, 0, 312_500_000, 905_000_000],
    },
    {
      id: "s3",
      kode: "2.19.03.2.02.0001",
      nm: "Penyelenggaraan Kejuaraan Olahraga Tingkat Provinsi",
      ind: "Jumlah kejuaraan tingkat provinsi yang diselenggarakan",
      sat: "kejuaraan",
      level: false,
      k5: 25,
      rp5: 12_000_000_000,
      k6: 16,
      rp6: 7_860_000_000,
      k7: 6,
      rp7: 2_400_000_000,
      kq: [1, 2, 2, 1],
      rpq: [210_000_000, 615_800_000, 980_400_000, 452_300_000],
    },
  ];
  const add = (xs: R[], f: (x: R) => number) => xs.reduce((n, x) => n + f(x), 0);
  const keg = (id: string, kode: string, nm: string, ind: string, parts: R[]): R => ({
    id,
    kode,
    nm,
    ind,
    sat: "laporan",
    level: false,
    k5: 5,
    rp5: add(parts, (x) => x.rp5),
    k6: 4,
    rp6: add(parts, (x) => x.rp6),
    k7: 1,
    rp7: add(parts, (x) => x.rp7),
    kq: [0, 0, 0, 1],
    rpq: [0, 1, 2, 3].map((q) => add(parts, (x) => x.rpq[q])),
  });
  const keg1 = keg(
    "keg1",
    "2.19.03.2.01",
    "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Provinsi",
    "Jumlah laporan pembinaan olahraga prestasi",
    [subs[0], subs[1]],
  );
  const keg2 = keg(
    "keg2",
    "2.19.03.2.02",
    "Penyelenggaraan Kejuaraan Keolahragaan Tingkat Daerah Provinsi",
    "Jumlah laporan penyelenggaraan kejuaraan keolahragaan",
    [subs[2]],
  );
  const prog: R = {
    id: "prog",
    kode: "2.19.03",
    nm: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN",
    ind: "Persentase cabang olahraga yang meraih medali pada PON",
    sat: "%",
    level: true,
    k5: 45,
    rp5: keg1.rp5 + keg2.rp5,
    k6: 38,
    rp6: keg1.rp6 + keg2.rp6,
    k7: 42,
    rp7: keg1.rp7 + keg2.rp7,
    kq: ["-", "-", "-", 40.5],
    rpq: [0, 1, 2, 3].map((q) => keg1.rpq[q] + keg2.rpq[q]),
    bold: true,
  };
  const num = (v: number | "-") => (v === "-" ? 0 : v);
  const k12 = (x: R) =>
    x.level ? num(x.kq[3]) : add([x], (y) => y.kq.reduce<number>((n, v) => n + num(v), 0));
  const k13 = (x: R) => (x.level ? k12(x) : x.k6 + k12(x));
  const rp12 = (x: R) => x.rpq.reduce((n, v) => n + v, 0);
  const rp13 = (x: R) => x.rp6 + rp12(x);
  const k14 = (x: R) => round((k13(x) / x.k5) * 100);
  const rp14 = (x: R) => round((rp13(x) / x.rp5) * 100);

  const pair = (
    key: string,
    head: string[],
    n: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num: n, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rRole, year, num: n, fmt: RP, width: 17 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rowOf = (x: R, no: string, pj: string): Row => {
    const out: Record<string, Cell> = {
      no,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      k5: x.k5,
      rp5: x.rp5,
      k6: x.k6,
      rp6: x.rp6,
      k7: x.k7,
      rp7: x.rp7,
      k12: k12(x),
      rp12: rp12(x),
      k13: k13(x),
      rp13: rp13(x),
      k14: k14(x),
      rp14: rp14(x),
      pj,
    };
    qk.forEach((k, j) => (out[k] = x.kq[j]));
    qr.forEach((k, j) => (out[k] = x.rpq[j]));
    // planted: s1's Rp (12) typed with two digits swapped
    if (x.id === "s1") out.rp12 = 3_412_750_000;
    // planted: s3's K (14) holds the Renja capaian 12 / 7 x 100
    if (x.id === "s3") out.k14 = round((k12(x) / x.k7) * 100);
    return { id: x.id, bold: x.bold, cells: out };
  };
  const avgK = round((k14(subs[0]) + k14(subs[1]) + 100) / 3);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "2.19", nm: "URUSAN PEMERINTAHAN BIDANG KEPEMUDAAN DAN OLAHRAGA" },
      },
      rowOf(prog, "1", "Dispora Provinsi Maluku"),
      rowOf(keg1, "", "Bidang Peningkatan Prestasi Olahraga"),
      rowOf(subs[0], "a", "Bidang Peningkatan Prestasi Olahraga"),
      rowOf(subs[1], "b", "Bidang Peningkatan Prestasi Olahraga"),
      rowOf(keg2, "", "Bidang Pembudayaan Olahraga"),
      rowOf(subs[2], "c", "Bidang Pembudayaan Olahraga"),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran Sub Kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")},${c.a("k14", "s2")},${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")},${c.a("rp14", "s2")},${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: {
          no: "Predikat Kinerja",
          k14: predikat(avgK),
          rp14: predikat(round((rp14(subs[0]) + rp14(subs[1]) + rp14(subs[2])) / 3)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan KONI Provinsi Maluku dan pengurus provinsi cabang olahraga.",
    "Faktor penghambat: jadwal kejuaraan nasional bergeser ke triwulan III sehingga pencairan tertumpu di akhir tahun.",
    "Tindak lanjut: penyusunan jadwal try out Pelatda sejak awal tahun anggaran.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Ambon, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA", "PROVINSI MALUKU,"],
    nama: "Drs. JOHANIS R. LATUPEIRISSA, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690814 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.19.03.2.01.0001 is a typed 3,412,750,000; its quarters add up to 3,142,750,000",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of sub kegiatan 2.19.03.2.02.0001 is 100.00, the Renja capaian 12/7 x 100; 13/5 x 100 = 22 / 25 x 100 = 88.00",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // traps: the rates are levels
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("kq3", "s2")}+${a("kq4", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("k12", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  b.ok({ sheet: S, cell: a("k12", "prog"), rules: ["sum-mismatch"], truth: a("kq4", "prog") });
  for (const id of ["s1", "s3", "keg1", "keg2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3", "keg2"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s1", "s2", "keg1", "keg2", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s2", "s3", "keg2"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr]) {
    b.ok({ sheet: S, cell: a(k, "keg1"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
    b.ok({ sheet: S, cell: a(k, "prog"), rules: ["sum-mismatch"], truth: `${a(k, "keg1")}+${a(k, "keg2")}` });
  }
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "keg2"),
  });
  return b.finish();
}
