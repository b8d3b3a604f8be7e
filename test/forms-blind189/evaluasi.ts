// An E.81 evaluation of the Renja 2024 (Permendagri 86/2017) of the Dinas Perindustrian of a Sumatera
// Selatan kabupaten: program 3.31.02 with one kegiatan and three sub kegiatan (halal / SNI, sentra
// IKM, merek), ordinal (n-2) / (n-1) headers resolved from the title, K | Rp pairs, a number row
// "12 = 8+9+10+11", "13 = 6 + 12", "14 = 13/5 x 100%". Flows add their quarters; the rates are levels
// (year = Triwulan IV, s.d. = latest level). Every name and number is invented.
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
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81IkmOganLestari(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-disperin-ikm-ogan-lestari.xlsx",
    "E.81 evaluasi Renja 2024 (Dinas Perindustrian, IKM)",
    "E.81 s.d. Triwulan IV 2024 of the Dinas Perindustrian Kabupaten Ogan Lestari: No | Kode | Urusan / Bidang / Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs with formulas; footer rata-rata K / Rp and predikat; faktor pendorong / penghambat",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN OGAN LESTARI",
    "DINAS PERINDUSTRIAN",
    "Jl. Merdeka No. 27 Kayuagung Lestari, Sumatera Selatan",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERINDUSTRIAN KABUPATEN OGAN LESTARI",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra Perangkat Daerah 2021-2026)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "3.31.02.2.01.0001",
      nm: "Fasilitasi Sertifikasi Halal dan SNI bagi Industri Kecil dan Menengah",
      ind: "Jumlah IKM yang difasilitasi sertifikasi halal / SNI",
      sat: "IKM",
      level: false,
      k5: 600,
      rp5: 3_150_000_000,
      k6: 310,
      rp6: 1_604_250_000,
      k7: 120,
      rp7: 612_400_000,
      kq: [18, 34, 41, 29],
      rpq: [64_300_000, 158_900_000, 187_450_000, 176_820_000],
    },
    {
      id: "s2",
      kode: "3.31.02.2.01.0002",
      nm: "Pembinaan dan Pengembangan Sentra IKM",
      ind: "Persentase sentra IKM yang aktif berproduksi",
      sat: "%",
      level: true,
      k5: 85,
      rp5: 2_480_000_000,
      k6: 72.5,
      rp6: 1_318_600_000,
      k7: 78,
      rp7: 498_750_000,
      kq: [73.1, 74.6, 76.9, 79.2],
      rpq: [52_150_000, 121_400_000, 146_880_000, 160_270_000],
    },
    {
      id: "s3",
      kode: "3.31.02.2.01.0003",
      nm: "Fasilitasi Pendaftaran Hak Kekayaan Intelektual (Merek) Produk IKM",
      ind: "Jumlah produk IKM yang didaftarkan mereknya",
      sat: "produk",
      level: false,
      k5: 450,
      rp5: 1_125_000_000,
      k6: 236,
      rp6: 588_300_000,
      k7: 90,
      rp7: 214_600_000,
      kq: [8, 27, 31, 22],
      rpq: [18_750_000, 61_200_000, 72_940_000, 55_380_000],
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
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const cap = (c: Ctx, m: string) => fx(`ROUND(${c.a(`${m}13`)}/${c.a(`${m}5`)}*100,2)`);
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
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
        pj: "Bidang Industri Kecil dan Menengah",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) is a typed number (digits swapped) among the formulas
      out.rp12 = x.id === "s1" ? 578_470_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s3's K (14) divides (12) by (7), the Renja capaian, instead of (13) by (5)
      out.k14 = x.id === "s3" ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`) : cap(c, "k");
      out.rp14 = cap(c, "rp");
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN PILIHAN" } },
      { id: "bid", bold: true, cells: { kode: "3.31", nm: "URUSAN PEMERINTAHAN BIDANG PERINDUSTRIAN" } },
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "3.31.02",
            nm: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
            ind: "Persentase IKM yang menerapkan standar (SNI / halal)",
            sat: "%",
            k5: 22,
            k6: 14.8,
            k7: 17,
            kq1: "-",
            kq2: 15.6,
            kq3: "-",
            kq4: 17.4,
            pj: "Dinas Perindustrian",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = cap(c, "k");
          out.rp14 = cap(c, "rp");
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "3.31.02.2.01",
            nm: "Pembangunan dan Pengembangan Industri Kecil dan Menengah",
            ind: "Jumlah IKM binaan yang naik kelas",
            sat: "IKM",
            k5: 250,
            k6: 128,
            k7: 48,
            kq1: 6,
            kq2: 11,
            kq3: 15,
            kq4: 14,
            pj: "Bidang Industri Kecil dan Menengah",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = cap(c, "k");
          out.rp14 = cap(c, "rp");
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: "Tinggi" } },
    ],
  });
  // the predikat holds with the planted K (14) and with the true one alike
  const trueAvg = round((72 + round((79.2 / 85) * 100) + 72) / 3);
  if (predikat(trueAvg) !== "Tinggi") throw new Error("e81 predikat");
  s.gap();
  s.lines([
    "Faktor pendorong: kerja sama dengan LPH Universitas Sriwijaya dan BPOM dalam pendampingan sertifikasi halal.",
    "Faktor penghambat: sebagian sentra IKM songket dan kemplang belum memiliki rumah produksi bersama.",
    "Tindak lanjut: usulan DAK revitalisasi sentra IKM tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Kayuagung Lestari, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN", "KABUPATEN OGAN LESTARI,"],
    nama: "Ir. M. FIRDAUS HASIBUAN, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 3.31.02.2.01.0001 is a typed 578,470,000 among =8+9+10+11 formulas; the four quarters add up to 587,470,000 (digits swapped)",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of sub kegiatan 3.31.02.2.01.0003 is =ROUND(12/7*100,2) = 97.78, the Renja capaian; 13/5 x 100 = (236 + 88) / 450 gives 72.00",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // the sentra rate and the program's rate are levels
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id === "s2" ? qk.map((k) => a(k, id)).join("+") : `${a("kq2", id)}+${a("kq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
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
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}
