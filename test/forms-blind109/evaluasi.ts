// E.81 Evaluasi terhadap hasil Renja of the Dinas Sumber Daya Air dan Bina Marga of Provinsi Jawa
// Tengah for year n-1 = 2024 (program 1.03.02, irrigation): ordinal headers "(n-2)" / "(n-1)", the
// quarters under one three-row group, number row merged over the K / Rp pairs with "12 = 8+9+10+11",
// "13 = 6 + 12", "14 = 13 / 5 x 100". Rates are levels: the year's K is the Triwulan IV value and the
// "s.d." K the latest level; flows (km, dokumen) add their quarters. Every number is invented.
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

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
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

export function e81SdaJateng(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dinas-sdabm-jawa-tengah-2024.xlsx",
    "E.81 evaluation of the Renja 2024 (Dinas SDA dan Bina Marga, Jawa Tengah, irrigation)",
    "E.81 for program 1.03.02 of a provincial Dinas SDA dan Bina Marga, n-1 = 2024 (title), Renstra 2021-2026: No | Kode | Urusan / Bidang / Program / Kegiatan / Sub Kegiatan | Indikator (unit in the text) | (5) Target Renstra akhir | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp | (12) | (13) | (14), each K | Rp; three header rows; number row merged over the pairs with formulas; Rata-rata and Predikat rows; Unit PD",
  );
  const S = "E.81 SDA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI JAWA TENGAH",
    "DINAS SUMBER DAYA AIR DAN BINA MARGA",
    "Jl. Madukoro Blok AA-BB No. 9, Semarang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI JAWA TENGAH",
    "RENJA DINAS SUMBER DAYA AIR DAN BINA MARGA TAHUN 2024 (n-1), s.d. TRIWULAN IV",
    "Periode Renstra Perangkat Daerah 2021-2026",
  ]);
  s.gap();
  const lines: Ln[] = [
    {
      id: "s1",
      kode: "1.03.02.1.02.0003",
      nm: "Rehabilitasi Jaringan Irigasi Permukaan",
      ind: "Panjang jaringan irigasi permukaan yang direhabilitasi (km)",
      level: false,
      k5: 120,
      rp5: 690_000_000_000,
      k6: 58.4,
      rp6: 412_380_600_000,
      k7: 24,
      rp7: 148_500_000_000,
      kq: [0, 3.2, 9.6, 11.7],
      rpq: [8_420_500_000, 31_806_250_000, 52_117_400_000, 49_880_900_000],
    },
    {
      id: "s2",
      kode: "1.03.02.1.02.0004",
      nm: "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan",
      ind: "Persentase jaringan irigasi permukaan yang berfungsi baik setelah dioperasikan dan dipelihara (%)",
      level: true,
      k5: 95,
      rp5: 310_000_000_000,
      k6: 88.2,
      rp6: 182_640_500_000,
      k7: 90,
      rp7: 64_250_000_000,
      kq: [88.9, 89.4, 90.1, 90.6],
      rpq: [14_380_200_000, 16_115_750_000, 15_902_300_000, 16_488_900_000],
    },
    {
      id: "s3",
      kode: "1.03.02.1.02.0007",
      nm: "Penyusunan Rencana Teknis dan Dokumen Lingkungan Hidup untuk Konstruksi Irigasi dan Rawa",
      ind: "Jumlah dokumen rencana teknis irigasi yang disusun (dokumen)",
      level: false,
      k5: 40,
      rp5: 18_500_000_000,
      k6: 21,
      rp6: 9_842_150_000,
      k7: 8,
      rp7: 3_960_000_000,
      kq: [0, 2, 3, 3],
      rpq: [0, 985_400_000, 1_420_750_000, 1_318_600_000],
    },
  ];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 18 },
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
      width: 38,
    },
    ...pair("5", ["Target Renstra PD pada Tahun Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024 (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const cap = (c: Ctx, m: string) => fx(`ROUND(${c.a(`${m}13`)}/${c.a(`${m}5`)}*100,2)`);
  const subRow = (x: Ln, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Irigasi dan Air Baku",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) is a typed total with two digits swapped
      out.rp12 = x.id === "s1" ? 142_252_050_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s3's K (14) divides (12) by (7), the Renja capaian, instead of (13) by (5)
      out.k14 = x.id === "s3" ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`) : cap(c, "k");
      out.rp14 = cap(c, "rp");
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const levelRow = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    k: number[],
    kq: Array<number | "-">,
    rp: (c: Ctx, key: string) => Cell,
    pj: string,
  ): Row => ({
    id,
    bold: id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { kode, nm, ind, k5: k[0], k6: k[1], k7: k[2], pj };
      qk.forEach((key, j) => (out[key] = kq[j]));
      for (const key of rpKeys) out[key] = rp(c, key);
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = cap(c, "k");
      out.rp14 = cap(c, "rp");
      return out;
    },
  });
  const k14 = (x: Ln) => {
    const n = x.level ? (x.kq[3] as number) : x.k6 + (x.kq as number[]).reduce((m, v) => m + v, 0);
    return round((n / x.k5) * 100);
  };
  // the stated average: s3 shows (12)/(7) = 100.00
  const stated = lines.map((x) => (x.id === "s3" ? 100 : k14(x)));
  const avgK = round(stated.reduce((n, v) => n + v, 0) / stated.length);
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
      {
        id: "bid",
        bold: true,
        cells: { kode: "1.03", nm: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG" },
      },
      levelRow(
        "prog",
        "1.03.02",
        "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
        "Persentase jaringan irigasi kewenangan provinsi dalam kondisi baik (%)",
        [82, 74.6, 78],
        [75.1, 75.8, 77.2, 78.35],
        (c, key) => fx(c.a(key, "keg")),
        "Dinas SDA dan Bina Marga",
      ),
      levelRow(
        "keg",
        "1.03.02.1.02",
        "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi Lintas Kabupaten/Kota",
        "Persentase daerah irigasi kewenangan provinsi yang ditangani (%)",
        [100, 61.5, 72],
        ["-", 64.3, 68.9, 73.4],
        (c, key) => fx(`SUM(${c.a(key, "s1")}:${c.a(key, "s3")})`),
        "Bidang Irigasi dan Air Baku",
      ),
      ...lines.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "ind"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
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
    "Faktor pendorong: kerja sama P3A/GP3A dalam penelusuran jaringan dan kontrak tahun jamak yang berjalan sesuai jadwal.",
    "Faktor penghambat: banjir Februari 2024 di DAS Jratunseluna menunda rehabilitasi saluran sekunder pada triwulan I.",
    "Tindak lanjut: percepatan lelang dini paket rehabilitasi tahun 2025 pada bulan November 2024.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Semarang, 27 Januari 2025",
    jabatan: ["KEPALA DINAS SUMBER DAYA AIR DAN BINA MARGA", "PROVINSI JAWA TENGAH"],
    nama: "Ir. BAGUS WIRAWAN HADIPRANOTO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720415 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const s1 = lines[0];
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Realisasi Rp (12) of sub kegiatan 1.03.02.1.02.0003 is a typed 142,252,050,000 among 8+9+10+11 formulas; the four quarters add up to ${s1.rpq.reduce((n, v) => n + v, 0).toLocaleString("en")} (two digits swapped)`,
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of the dokumen rencana teknis is =ROUND(12/7*100,2) = 100.00, the Renja capaian; (13) 29 / (5) 40 x 100 gives 72.50",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV value, the s.d. K the latest level
  for (const id of ["s2", "keg", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("kq3", id)}+${a("kq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3"]) {
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
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
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
