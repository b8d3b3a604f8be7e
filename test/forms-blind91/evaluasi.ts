// An E.79-like evaluation of the Dinas Pendidikan dan Kebudayaan of Provinsi Nusa Tenggara Timur for
// 2024 (Renstra 2024-2026): three header rows (the quarters under one "Realisasi Kinerja pada
// Triwulan" group, each over K | Rp), an extra Renja capaian column (12/7), no "No" column. Flows add
// their quarters; the APM and the share of qualified teachers are levels (Triwulan IV, latest level).
// Every number is invented.
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
  type Ctx,
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
  kq: number[];
  rpq: number[];
};

export function e79PendidikanNtt(): BookW {
  const b = new BookW(
    "evaluasi-e79-dikmen-pk-ntt-tw4-2024.xlsx",
    "E.79-like evaluation of the Dinas Pendidikan program (2024)",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | 'Realisasi Kinerja pada Triwulan' > I..IV (8)-(11) | (12) Realisasi 2024 | (13) Capaian Renja 2024 (%) | (14) Realisasi s.d. 2024 | (15) Capaian Renstra (%), each K | Rp under three header rows; Rata-rata and Predikat rows; Unit penanggung jawab",
  );
  const S = "E79 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RKPD PROVINSI NUSA TENGGARA TIMUR S.D. TRIWULAN IV TAHUN 2024",
    "Urusan Pendidikan - Renstra Perangkat Daerah 2024-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.01.02.2.01.0011",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMA yang direhabilitasi",
      sat: "unit",
      level: false,
      k5: 240,
      rp5: 45_600_000_000,
      k6: 71,
      rp6: 13_490_000_000,
      k7: 56,
      rp7: 10_640_000_000,
      kq: [0, 14, 22, 18],
      rpq: [0, 2_415_600_000, 4_128_900_000, 3_611_750_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.01.0017",
      nm: "Pembinaan Minat, Bakat dan Kreativitas Siswa",
      ind: "Jumlah siswa SMA yang mengikuti ajang talenta tingkat provinsi",
      sat: "orang",
      level: false,
      k5: 5_400,
      rp5: 6_150_000_000,
      k6: 1_640,
      rp6: 1_912_450_000,
      k7: 1_800,
      rp7: 2_050_000_000,
      kq: [215, 640, 512, 368],
      rpq: [188_400_000, 702_350_000, 596_800_000, 421_900_000],
    },
    {
      id: "s3",
      kode: "1.01.02.2.01.0020",
      nm: "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan SMA",
      ind: "Persentase guru SMA berkualifikasi S1/D-IV",
      sat: "%",
      level: true,
      k5: 98,
      rp5: 21_300_000_000,
      k6: 94.6,
      rp6: 6_884_200_000,
      k7: 96,
      rp7: 7_100_000_000,
      kq: [94.6, 95.1, 95.1, 96.4],
      rpq: [1_702_000_000, 1_745_300_000, 1_768_450_000, 1_821_900_000],
    },
  ];
  const T = "Realisasi Kinerja pada Triwulan";
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja PD Tahun 2024"], "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) => pair(`q${i + 1}`, [T, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024)),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k13",
      head: ["Tingkat Capaian Renja 2024 (%)", "K"],
      role: "capaian",
      year: 2024,
      num: "13 = 12/7 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp13",
      head: ["Tingkat Capaian Renja 2024 (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: "13 = 12/7 x 100",
      fmt: DEC,
      width: 9,
    },
    ...pair(
      "14",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "14 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k15",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "15 = 14/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp15",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "15 = 14/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "16", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const ratios = (c: Ctx, out: Record<string, Cell>) => {
    out.k13 = fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`);
    out.rp13 = fx(`ROUND(${c.a("rp12")}/${c.a("rp7")}*100,2)`);
    out.k15 = fx(`ROUND(${c.a("k14")}/${c.a("k5")}*100,2)`);
    out.rp15 = fx(`ROUND(${c.a("rp14")}/${c.a("rp5")}*100,2)`);
  };
  const typedK12 = 1_375;
  const subRow = (x: Sub): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
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
        pj: "Bidang Pembinaan SMA",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      // planted: s2's K (12) typed with two digits swapped
      out.k12 = x.id === "s2" ? typedK12 : x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k14 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp14 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      ratios(c, out);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp14"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "1.01.02.2.01",
        nm: "Pengelolaan Pendidikan Sekolah Menengah Atas",
        ind: "Jumlah satuan pendidikan SMA yang memenuhi standar sarana prasarana",
        sat: "sekolah",
        k5: 60,
        k6: 19,
        k7: 15,
        kq1: 0,
        kq2: 3,
        kq3: 5,
        kq4: 6,
        pj: "Bidang Pembinaan SMA",
      };
      for (const k of rpKeys) {
        // planted: the kegiatan's Renja 2024 pagu stops one sub kegiatan short
        const end = k === "rp7" ? "s2" : "s3";
        out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, end)})`);
      }
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k14 = fx(`${c.a("k6")}+${c.a("k12")}`);
      ratios(c, out);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "1.01.02",
        nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
        ind: "Angka Partisipasi Murni (APM) SMA/SMK/SLB",
        sat: "%",
        k5: 72,
        k6: 64.85,
        k7: 67,
        kq1: 64.85,
        kq2: 64.85,
        kq3: 66.2,
        kq4: 66.74,
        pj: "Dinas Pendidikan dan Kebudayaan",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k14 = fx(c.a("k12"));
      ratios(c, out);
      return out;
    },
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "1", nm: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "1.01", nm: "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["kode", "sat"],
        cells: (c: Ctx) => ({
          kode: "Rata-rata capaian kinerja Renstra (%)",
          k15: fx(`ROUND(AVERAGE(${c.a("k15", "prog")}:${c.a("k15", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["kode", "sat"], cells: { kode: "Predikat kinerja" } },
    ],
  });
  // the predikat of the average, written after the table is laid out (its value comes from the claims)
  const k15 = (k14: number, k5: number) => round((k14 / k5) * 100);
  const s1 = subs[0];
  const s2 = subs[1];
  const s3 = subs[2];
  const avg = round(
    (k15(66.74, 72) +
      k15(19 + 14, 60) +
      k15(s1.k6 + s1.kq.reduce((n, v) => n + v, 0), s1.k5) +
      k15(s2.k6 + typedK12, s2.k5) +
      k15(s3.kq[3], s3.k5)) /
      5,
  );
  s.put(t.row("pred"), s.ws.getColumn(t.c("k15")).number, predikat(avg));
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Fisik dan kemitraan dengan perguruan tinggi untuk kualifikasi guru.",
    "Faktor penghambat: akses ke sekolah di pulau-pulau kecil dan cuaca pada triwulan I.",
    "Tindak lanjut: percepatan lelang rehabilitasi ruang kelas sejak triwulan I tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Kupang, 24 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan", "Provinsi Nusa Tenggara Timur,"],
    nama: "Dr. MARSELINUS BORO KEDANG, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690307 199503 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi K 2024 (12) of the ajang talenta (a flow) is a typed 1,375 among quarter-sum formulas; 215 + 640 + 512 + 368 = 1,735",
    truth: qk.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp7", "keg") },
    rules: ["sum-mismatch"],
    note: "The kegiatan's Renja 2024 pagu (7) Rp is =SUM over the first two sub kegiatan (12,690,000,000); with the 7,100,000,000 of sub kegiatan .0020 it is 19,790,000,000",
    truth: `SUM(${a("rp7", "s1")}:${a("rp7", "s3")})`,
  });
  // traps: the levels take the Triwulan IV value and the latest level
  for (const id of ["s3", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k14", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s3", "prog"])
    b.ok({
      sheet: S,
      cell: a("k15", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k14", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp12", id)}/${a("rp7", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", ...qr, "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}
