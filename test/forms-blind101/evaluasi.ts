// An E.81 evaluation of the Renja 2024 (year n-1) of the BPKAD of an invented Provinsi Kepulauan Riau
// office: three header rows (the quarters grouped under one caption, each over K | Rp), a number row
// merged over the pairs, typed values only (as pasted from the SIPD export), a rata-rata and predikat
// footer. The SP2D rate is a level (column 12 K = Triwulan IV, column 13 K = the latest level); the
// kas reports and reconciliations are flows. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Sub = {
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
  kq: Array<number | string>;
  rpq: number[];
};

const lastNum = (xs: Array<number | string>): number =>
  xs.filter((x): x is number => typeof x === "number").pop()!;

export function e81BpkadKepri(): BookW {
  const b = new BookW(
    "e81-renja-bpkad-provinsi-kepri-tw4-2024.xlsx",
    "E.81 evaluation of the Renja (BPKAD Provinsi)",
    "E.81 of a provincial BPKAD, Triwulan I-IV 2024 (n-1): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja (n-2) | (7) Target Renja (n-1) | 'Realisasi ... pada Triwulan' > I..IV | (12) | (13) | (14), each K | Rp; three header rows; typed values; rata-rata and predikat footer",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KEPULAUAN RIAU",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "Jl. Basuki Rahmat No. 14 Pulau Dompak, Tanjungpinang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "PROVINSI KEPULAUAN RIAU TAHUN 2024",
    "Periode pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024 (Renstra 2022-2026)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "5.02.02.1.02.0005",
      nm: "Pengelolaan Kas Daerah dan Penempatan Uang Daerah",
      ind: "Jumlah laporan posisi kas harian yang disusun",
      sat: "laporan",
      level: false,
      k5: 1230,
      rp5: 3_150_000_000,
      k6: 490,
      rp6: 1_236_450_000,
      k7: 246,
      rp7: 648_000_000,
      kq: [60, 62, 63, 61],
      rpq: [118_420_000, 164_300_000, 171_950_000, 176_280_000],
    },
    {
      id: "s2",
      kode: "5.02.02.1.02.0008",
      nm: "Penerbitan Surat Perintah Pencairan Dana (SP2D)",
      ind: "Persentase SP2D yang terbit paling lama 2 hari kerja sejak SPM diterima",
      sat: "%",
      level: true,
      k5: 98,
      rp5: 2_400_000_000,
      k6: 94.2,
      rp6: 902_600_000,
      k7: 96,
      rp7: 512_500_000,
      kq: [91.4, 93.8, 95.1, 96.6],
      rpq: [96_400_000, 121_750_000, 134_880_000, 147_210_000],
    },
    {
      id: "s3",
      kode: "5.02.02.1.02.0011",
      nm: "Rekonsiliasi Penerimaan dan Pengeluaran Kas Daerah dengan Bank",
      ind: "Jumlah dokumen rekonsiliasi kas daerah",
      sat: "dokumen",
      level: false,
      k5: 60,
      rp5: 1_050_000_000,
      k6: 24,
      rp6: 402_300_000,
      k7: 12,
      rp7: 228_000_000,
      kq: [3, 3, 3, 3],
      rpq: [44_150_000, 56_200_000, 58_930_000, 61_470_000],
    },
  ];
  const calc = (x: Sub) => {
    const k12 = x.level ? lastNum(x.kq) : sum(x.kq as number[]);
    const rp12 = sum(x.rpq);
    const k13 = x.level ? k12 : x.k6 + k12;
    const rp13 = x.rp6 + rp12;
    return { k12, rp12, k13, rp13, k14: round((k13 / x.k5) * 100), rp14: round((rp13 / x.rp5) * 100) };
  };
  const pair = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const TW = "Realisasi Kinerja dan Anggaran Renja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 19 },
    {
      key: "nm",
      head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"],
      num: "(3)",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output) / Sub Kegiatan"],
      role: "indikator",
      num: "(4)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4a)", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "(5)", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
      "(6)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
      "(7)",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) => [
      {
        key: `kq${i + 1}`,
        head: [TW, q, "K"],
        role: "realisasi" as const,
        year: 2024,
        num: `(${8 + i})`,
        fmt: DEC,
        width: 9,
      },
      {
        key: `rpq${i + 1}`,
        head: [TW, q, "Rp"],
        role: "realisasi-anggaran" as const,
        year: 2024,
        num: `(${8 + i})`,
        fmt: RP,
        width: 15,
      },
    ]),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
      "(12)=(8)+(9)+(10)+(11)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024 (n-1)"],
      "(13)=(6)+(12)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. n-1 (%)"],
      "(14)=(13)/(5)x100",
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "(15)", width: 18 },
  ];
  const cols14 = cols.filter((c) => c.key === "k14" || c.key === "rp14");
  for (const c of cols14) c.fmt = DEC;
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const PLANT_RP12 = 20_000_000;
  const subRow = (x: Sub, i: number): Row => {
    const v = calc(x);
    const out: Record<string, Cell> = {
      no: i + 1,
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
      k12: v.k12,
      // planted: s1's Rp (12) is 20,000,000 above its four quarters
      rp12: x.id === "s1" ? v.rp12 + PLANT_RP12 : v.rp12,
      k13: v.k13,
      rp13: v.rp13,
      // planted: s3's K (14) is the Renja capaian 12 / 7 x 100, not 13 / 5 x 100
      k14: x.id === "s3" ? round((v.k12 / x.k7) * 100) : v.k14,
      rp14: v.rp14,
      unit: "Bidang Perbendaharaan",
    };
    qk.forEach((k, j) => (out[k] = x.kq[j]));
    qr.forEach((k, j) => (out[k] = x.rpq[j]));
    return { id: x.id, cells: out };
  };
  const cs = subs.map(calc);
  const tot = (f: (x: Sub, j: number) => number) => sum(subs.map(f));
  const rpSum: Record<string, Cell> = {
    rp5: tot((x) => x.rp5),
    rp6: tot((x) => x.rp6),
    rp7: tot((x) => x.rp7),
    rp12: tot((_, j) => cs[j].rp12),
    rp13: tot((_, j) => cs[j].rp13),
  };
  qr.forEach((k, j) => (rpSum[k] = tot((x) => x.rpq[j])));
  rpSum.rp14 = round(((rpSum.rp13 as number) / (rpSum.rp5 as number)) * 100);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: {
          kode: "5.02.02",
          nm: "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
          ind: "Persentase pengelolaan kas daerah sesuai ketentuan",
          sat: "%",
          k5: 100,
          k6: 92.5,
          k7: 95,
          kq1: "-",
          kq2: "-",
          kq3: "-",
          kq4: 95.4,
          k12: 95.4,
          k13: 95.4,
          k14: 95.4,
          ...rpSum,
          unit: "BPKAD",
        },
      },
      {
        id: "keg",
        cells: {
          kode: "5.02.02.1.02",
          nm: "Koordinasi dan Pengelolaan Perbendaharaan Daerah",
          ind: "Jumlah laporan pengelolaan perbendaharaan daerah",
          sat: "dokumen",
          k5: 5,
          k6: 2,
          k7: 1,
          kq1: 0,
          kq2: 0,
          kq3: 0,
          kq4: 1,
          k12: 1,
          k13: 3,
          k14: 60,
          ...rpSum,
          unit: "Bidang Perbendaharaan",
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: "Tinggi" } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: penerapan SP2D online (SIPD-RI) dan notifikasi bank RKUD.",
    "Faktor penghambat: SPM dari PD kabupaten kepulauan sering terlambat karena jaringan.",
    "Tindak lanjut: pendampingan bendahara pengeluaran PD melalui helpdesk BPKAD.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjungpinang, 24 Januari 2025",
    jabatan: ["KEPALA BADAN PENGELOLAAN KEUANGAN", "DAN ASET DAERAH PROVINSI KEPULAUAN RIAU,"],
    nama: "Drs. RAJA AZHARI SYAHPUTRA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199303 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 5.02.02.1.02.0005 is 650,950,000; its four quarters add up to 630,950,000",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the rekonsiliasi is 100.00 (12 / 7, the Renja capaian); (13) 36 / (5) 60 gives 60.00",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // the SP2D rate and the program rate are levels
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id === "s2" ? qk.map((k) => a(k, id)).join("+") : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s2", "s3"]) {
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
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}
