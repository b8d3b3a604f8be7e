// An E.81 evaluation of the Renja of a Dinas Sosial in DI Yogyakarta (Kabupaten Gunung Sewu, invented),
// s.d. Triwulan IV Tahun 2024 with ordinal headers (n-2) / (n-1): program 1.06.04 Rehabilitasi Sosial
// with the SPM level "Persentase PPKS yang terpenuhi kebutuhan dasarnya" (its quarters are levels),
// one kegiatan and three sub kegiatan whose counts of people served add their quarters.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: number[];
  rpq: number[];
};

export function e81DinsosGunungSewu(): BookW {
  const b = new BookW(
    "e81-renja-dinsos-rehsos-gunung-sewu.xlsx",
    "E.81 evaluasi hasil Renja Dinas Sosial (2024)",
    "E.81 s.d. Triwulan IV 2024 of the Dinas Sosial of a DIY kabupaten: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) | (6) Realisasi s.d. Renja (n-2) | (7) Target Renja (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNG SEWU",
    "DINAS SOSIAL",
    "Jl. Wonosari - Baron Km. 4, Gunung Sewu, Daerah Istimewa Yogyakarta",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN GUNUNG SEWU",
    "RENJA DINAS SOSIAL KABUPATEN GUNUNG SEWU PERIODE PELAKSANAAN: s.d. TRIWULAN IV TAHUN 2024",
    "Indikator dan target kinerja Renstra Dinas Sosial 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.06.04.2.01.0001",
      nm: "Penyediaan Permakanan bagi Lanjut Usia Terlantar",
      ind: "Jumlah lanjut usia terlantar yang menerima permakanan",
      sat: "orang",
      k5: 1_500,
      rp5: 4_050_000_000,
      k6: 870,
      rp6: 2_331_600_000,
      k7: 320,
      rp7: 864_000_000,
      kq: [75, 82, 80, 79],
      rpq: [198_450_000, 221_400_000, 216_000_000, 213_300_000],
    },
    {
      id: "s2",
      kode: "1.06.04.2.01.0002",
      nm: "Penyediaan Alat Bantu bagi Penyandang Disabilitas Terlantar",
      ind: "Jumlah penyandang disabilitas terlantar yang menerima alat bantu",
      sat: "orang",
      k5: 600,
      rp5: 1_680_000_000,
      k6: 352,
      rp6: 968_000_000,
      k7: 130,
      rp7: 364_000_000,
      kq: [0, 46, 52, 30],
      rpq: [0, 127_650_000, 145_320_000, 83_880_000],
    },
    {
      id: "s3",
      kode: "1.06.04.2.01.0003",
      nm: "Penjangkauan dan Rehabilitasi Sosial Dasar Gelandangan dan Pengemis di Luar Panti",
      ind: "Jumlah gelandangan dan pengemis yang dijangkau dan direhabilitasi",
      sat: "orang",
      k5: 450,
      rp5: 1_125_000_000,
      k6: 268,
      rp6: 642_500_000,
      k7: 95,
      rp7: 237_500_000,
      kq: [21, 26, 24, 22],
      rpq: [48_600_000, 62_150_000, 60_900_000, 58_740_000],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  // planted: s2's Rp (12) typed, Triwulan II entered as 172,650,000 instead of 127,650,000
  const s2typed = 172_650_000 + 145_320_000 + 83_880_000;
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
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
        pj: "Bidang Rehabilitasi Sosial",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = x.id === "s2" ? s2typed : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s3's K (14) is the Renja capaian 12 / 7 instead of 13 / 5
      out.k14 =
        x.id === "s3"
          ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
          : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1.1",
        kode: "1.06.04.2.01",
        nm: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
        ind: "Jumlah PPKS yang memperoleh rehabilitasi sosial dasar di luar panti",
        sat: "orang",
        k5: 2_550,
        k6: 1_490,
        k7: 545,
        kq1: 96,
        kq2: 154,
        kq3: 156,
        kq4: 131,
        pj: "Bidang Rehabilitasi Sosial",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1",
        kode: "1.06.04",
        nm: "PROGRAM REHABILITASI SOSIAL",
        ind: "Persentase PPKS yang terpenuhi kebutuhan dasarnya di luar panti (SPM)",
        sat: "%",
        k5: 95,
        k6: 82.4,
        k7: 88,
        kq1: 61.2,
        kq2: 70.5,
        kq3: 79.8,
        kq4: 89.6,
        pj: "Dinas Sosial",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      // a level: the year's K is the Triwulan IV level and the s.d. K the latest level
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "1.06", nm: "URUSAN PEMERINTAHAN BIDANG SOSIAL" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja" } },
    ],
  });
  b.finish();
  // the predikat rows are typed from the cached averages
  const get = (cell: string) => {
    const v = s.ws.getCell(cell).value as { result?: number };
    return Number(v.result);
  };
  const a = (k: string, id: string) => t.a(k, id);
  s.ws.getCell(a("k14", "pred")).value = predikat(get(a("k14", "avg")));
  s.ws.getCell(a("rp14", "pred")).value = predikat(get(a("rp14", "avg")));
  s.r = t.lastDataRow + 2;
  s.lines([
    "Faktor pendorong: dukungan TKSK dan PSM di setiap kapanewon dalam pendataan PPKS.",
    "Faktor penghambat: pengadaan alat bantu disabilitas baru terealisasi pada triwulan II.",
    "Tindak lanjut: percepatan verifikasi DTKS dan penjangkauan gepeng bersama Satpol PP.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Gunung Sewu, 20 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN GUNUNG SEWU,"],
    nama: "Drs. BAMBANG WIDYATMOKO, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720514 199803 1 006",
  });

  const sumQ = (ks: string[], id: string) => ks.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp (12) of sub kegiatan 1.06.04.2.01.0002 is a typed 401,850,000 among 8+9+10+11 formulas (Triwulan II read as 172,650,000); the quarters add up to 356,850,000",
    truth: sumQ(qr, "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "K (14) of sub kegiatan 1.06.04.2.01.0003 is =ROUND(12/7*100,2) = 97.89, the Renja capaian; 13/5 x 100 = (268 + 93) / 450 x 100 gives 80.22",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // traps: the program's rate is a level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: sumQ(qk, "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("kq4", "prog")}/${a("k5", "prog")}*100,2)`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: sumQ(qk, id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: sumQ(qr, id) });
  for (const id of ["s1", "s2", "keg"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", "rpq1", "rpq4"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b;
}
