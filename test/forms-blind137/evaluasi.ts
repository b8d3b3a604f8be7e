// The plans and evaluations of a Dinas Tenaga Kerja: the E.81 Renja evaluation 2024 of a Banten
// kabupaten (program 2.07.03 pelatihan kerja, BLK training counts that add their quarters and a pass
// rate that is a level), and the T-C.27 Renstra 2025-2029 funding table of a Sulawesi Tengah
// kabupaten (program 2.07.04 penempatan, the open unemployment rate falling, Rp in thousands).
// Every name and number is invented.
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

// ============================================ Disnaker Kabupaten Cibaliung Raya (Banten), E.81 2024

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

export function e81Disnaker(): BookW {
  const b = new BookW(
    "e81-renja-disnaker-blk-cibaliung-raya-2024.xlsx",
    "E.81 evaluasi Renja (Dinas Tenaga Kerja, pelatihan BLK)",
    "E.81 of a Dinas Tenaga Kerja in Banten, s.d. Triwulan IV 2024, Renstra 2022-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (5) Target Renstra akhir periode, (6) Realisasi s.d. Renja tahun lalu (n-2), (7) Target Renja tahun berjalan (n-1), (8)-(11) Triwulan I-IV, (12), (13), (14); ordinal headers, years only in the title; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; Rata-rata and Predikat rows; faktor pendorong / penghambat",
  );
  const S = "E.81 Disnaker";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIBALIUNG RAYA",
    "DINAS TENAGA KERJA",
    "Jl. Raya Labuan Km. 4 Cibaliung, Telp. (0253) 401 227",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS TENAGA KERJA KABUPATEN CIBALIUNG RAYA",
    "PERIODE PELAKSANAAN: TRIWULAN I s.d. TRIWULAN IV TAHUN 2024",
    "Renstra Perangkat Daerah Tahun 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.07.03.2.01.0001",
      nm: "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi",
      ind: "Jumlah pencari kerja yang mengikuti pelatihan berbasis kompetensi di UPTD BLK",
      sat: "orang",
      level: false,
      k5: 1_600,
      rp5: 6_400_000_000,
      k6: 640,
      rp6: 2_486_500_000,
      k7: 320,
      rp7: 1_312_000_000,
      kq: [0, 96, 128, 96],
      rpq: [84_250_000, 402_600_000, 468_150_000, 329_870_000],
    },
    {
      id: "s2",
      kode: "2.07.03.2.01.0002",
      nm: "Pelaksanaan Uji Kompetensi dan Sertifikasi bagi Lulusan Pelatihan",
      ind: "Persentase peserta pelatihan yang lulus uji kompetensi",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 1_250_000_000,
      k6: 82.4,
      rp6: 468_300_000,
      k7: 85,
      rp7: 262_500_000,
      kq: ["-", 78.13, 84.38, 86.56],
      rpq: [0, 61_200_000, 98_450_000, 94_380_000],
    },
  ];
  const K = "K";
  const RPH = "Rp";
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    f?: string,
  ): Col[] => [
    { key: `k${key}`, head: [head, K], role: kRole, year, num, fmt: f, width: 9 },
    { key: `rp${key}`, head: [head, RPH], role: rpRole, year, num, fmt: f ?? RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
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
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
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
    ...Q.map((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ).flat(),
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
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)",
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
      2024,
      DEC,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr];
  const cap = (k: string, c: Ctx) => fx(`ROUND(${c.a(`${k}13`)}/${c.a(`${k}5`)}*100,2)`);
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
        pj: "UPTD BLK",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      // a level: the year's K is the Triwulan IV value, the s.d. K the latest level
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) typed 1,248,870,000 (the quarters give 1,284,870,000)
      out.rp12 = x.id === "s1" ? 1_248_870_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = cap("k", c);
      // planted: s2's Rp (14) holds the Renja capaian 12 / 7 instead of 13 / 5
      out.rp14 = x.id === "s2" ? fx(`ROUND(${c.a("rp12")}/${c.a("rp7")}*100,2)`) : cap("rp", c);
      return out;
    },
  });
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1.1",
        kode: "2.07.03.2.01",
        nm: "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
        ind: "Jumlah lulusan pelatihan berbasis kompetensi",
        sat: "orang",
        k5: 1_450,
        k6: 575,
        k7: 290,
        kq1: 0,
        kq2: 86,
        kq3: 117,
        kq4: 88,
        pj: "UPTD BLK",
      };
      for (const k of [...rpKeys, "rp12"]) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s2")})`);
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = cap("k", c);
      out.rp14 = cap("rp", c);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1",
        kode: "2.07.03",
        nm: "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
        ind: "Persentase lulusan pelatihan UPTD BLK yang terserap dunia kerja",
        sat: "%",
        k5: 65,
        k6: 52.6,
        k7: 56,
        kq1: "-",
        kq2: "-",
        kq3: 41.3,
        kq4: 57.8,
        pj: "Bidang Pelatihan dan Produktivitas",
      };
      for (const k of [...rpKeys, "rp12"]) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = cap("k", c);
      out.rp14 = cap("rp", c);
      return out;
    },
  };
  const k14s = [
    round((57.8 / 65) * 100),
    round((866 / 1450) * 100),
    round((960 / 1600) * 100),
    round((86.56 / 90) * 100),
  ];
  const avg = round(k14s.reduce((n, v) => n + v, 0) / k14s.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "2", nm: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "2.07", nm: "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kemitraan UPTD BLK dengan kawasan industri dan LPK swasta untuk magang.",
    "Faktor penghambat: peralatan kejuruan otomotif dan las belum memenuhi standar uji kompetensi.",
    "Tindak lanjut: pengusulan DAK non fisik dan revitalisasi workshop BLK pada Renja 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Cibaliung, 24 Januari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "KABUPATEN CIBALIUNG RAYA,"],
    nama: "H. ENDANG SUHERMAN, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19711104 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.07.03.2.01.0001 is a typed 1,248,870,000 among formulas; Triwulan I-IV add up to 1,284,870,000 (digits swapped)",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian Rp (14) of sub kegiatan 2.07.03.2.01.0002 is =ROUND(12/7*100,2) = 96.77 (the Renja capaian); 13 / 5 x 100 = 722,330,000 / 1,250,000,000 gives 57.79",
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  // levels: the year is the Triwulan IV value, s.d. is the latest level
  for (const id of ["s2", "prog"]) {
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
  for (const id of ["s1", "keg"]) {
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
  b.ok({
    sheet: S,
    cell: a("rp12", "s2"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp6", "s2")}+${a("rp12", "s2")}`,
  });
  for (const k of rpKeys)
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
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

// ================================= Disnakertrans Kabupaten Tojo Pesisir (Sulawesi Tengah), T-C.27

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow: boolean;
  rp?: number[];
  f: string;
};

export function tc27Disnakertrans(): BookW {
  const b = new BookW(
    "tc27-renstra-penempatan-disnakertrans-tojo-pesisir.xlsx",
    "T-C.27 rencana program dan pendanaan (Disnakertrans, penempatan)",
    "T-C.27 of a Dinas Tenaga Kerja dan Transmigrasi in Sulawesi Tengah, Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; three header rows, number row 1 .. 19; SUM formulas for kegiatan / program Rp and kondisi akhir Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOJO PESISIR", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Tojo Pesisir Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "2.07.04.2.02.0001",
      nm: "Penyelenggaraan Bursa Kerja dan Job Fair",
      ind: "Jumlah penyelenggaraan bursa kerja",
      sat: "kali",
      awal: 2,
      tg: [2, 2, 3, 3, 3],
      flow: true,
      rp: [285_000, 300_000, 420_000, 441_000, 463_000],
      f: "0",
    },
    {
      id: "s2",
      kode: "2.07.04.2.02.0002",
      nm: "Pengelolaan Sistem Informasi Pasar Kerja",
      ind: "Persentase pencari kerja terdaftar yang ditempatkan",
      sat: "%",
      awal: 38.5,
      tg: [40, 42, 44, 46, 48],
      flow: false,
      rp: [176_500, 185_300, 194_600, 204_300, 214_500],
      f: DEC,
    },
    {
      id: "s3",
      kode: "2.07.04.2.02.0003",
      nm: "Penyuluhan dan Bimbingan Jabatan bagi Pencari Kerja",
      ind: "Jumlah pencari kerja yang mendapatkan bimbingan jabatan",
      sat: "orang",
      awal: 540,
      tg: [600, 650, 700, 750, 800],
      flow: true,
      rp: [98_750, 103_700, 108_900, 114_300, 120_000],
      f: "0",
    },
  ];
  const keg: Line = {
    id: "keg",
    kode: "2.07.04.2.02",
    nm: "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
    ind: "Jumlah pencari kerja yang ditempatkan melalui layanan antarkerja",
    sat: "orang",
    awal: 1_180,
    tg: [1_250, 1_300, 1_350, 1_400, 1_450],
    flow: true,
    f: "#,##0",
  };
  // planted: the 2027 TPT target typed 36.50 for 3.65 (a decimal slip)
  const prog: Line = {
    id: "prog",
    kode: "2.07.04",
    nm: "PROGRAM PENEMPATAN TENAGA KERJA",
    ind: "Tingkat Pengangguran Terbuka (TPT)",
    sat: "%",
    awal: 4.12,
    tg: [3.95, 3.8, 36.5, 3.5, 3.35],
    flow: false,
    f: DEC,
  };
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kt", head: [KA, "Target"], role: "kondisi-akhir", year: 2029, num: 16, width: 10 },
    { key: "kr", head: [KA, "Rp"], role: "kondisi-akhir", year: 2029, num: 17, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const rKeys = Y.map((y) => `r${y}`);
  const line = (x: Line, rp: (c: Ctx, k: string) => Cell): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: { v: x.awal, fmt: x.f },
        unit:
          x.id === "prog"
            ? "Bidang Penempatan dan Perluasan Kesempatan Kerja"
            : "Seksi Penempatan Tenaga Kerja",
        lok: "Kab. Tojo Pesisir",
      };
      Y.forEach((y, i) => {
        out[`t${y}`] = { v: x.tg[i], fmt: x.f };
        out[`r${y}`] = rp(c, `r${y}`);
      });
      // planted: s2's kondisi akhir K typed 44.00 (the average of the five targets; the 2029 target is 48.00)
      out.kt =
        x.id === "s2"
          ? { v: 44, fmt: DEC }
          : x.flow
            ? fx(`SUM(${c.a("t1")},${c.a("t2")},${c.a("t3")},${c.a("t4")},${c.a("t5")})`)
            : fx(c.a("t5"));
      out.kr = fx(`SUM(${rKeys.map((k) => c.a(k)).join(",")})`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      line(prog, (c, k) => fx(c.a(k, "keg"))),
      line(keg, (c, k) => fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`)),
      ...subs.map((x) => line(x, (_c, k) => x.rp![Number(k.slice(1)) - 1])),
      {
        id: "jml",
        bold: true,
        span: ["kode", "awal"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { kode: "JUMLAH PENDANAAN INDIKATIF" };
          for (const k of [...rKeys, "kr"]) out[k] = fx(c.a(k, "prog"));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: TPT semakin kecil semakin baik; target TPT dan persentase penempatan adalah nilai akhir periode,",
    "target jumlah orang dan jumlah kegiatan pada kondisi akhir adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Ampana Raya, 15 Juli 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi,"],
    nama: "Drs. MOH. RIZAL LAHAMI, M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19730615 199903 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t3", "prog") },
    rules: ["target-outlier", "target-trend"],
    note: "TPT target for Tahun ke-3 (2027) is 36.50 among 3.95, 3.80, 3.50, 3.35: a decimal slip for 3.65 (the path falls 0.15 a year)",
    truth: "3.65",
  });
  b.plant({
    at: { sheet: S, cell: a("kt", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the persentase pencari kerja ditempatkan (a rate) is a typed 44.00, the average of the five targets; the 2029 target 48.00 is the end-period condition",
    truth: a("t5", "s2"),
  });
  // the TPT (a rate, lower is better) ends at its last target, not the sum
  b.ok({
    sheet: S,
    cell: a("kt", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t5", "prog"),
    trap: `SUM(${a("t1", "prog")}:${a("t5", "prog")})`,
  });
  b.ok({ sheet: S, cell: a("t5", "prog"), rules: ["target-trend"], truth: "3.35" });
  for (const x of [keg, subs[0], subs[2]])
    b.ok({
      sheet: S,
      cell: a("kt", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`t${y}`, x.id)).join("+"),
      // counts of people and events add their five years
      trap: a("t5", x.id),
    });
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rKeys.map((k) => a(k, id)).join("+"),
    });
  for (const k of rKeys)
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(k, x.id)).join("+"),
    });
  for (const x of subs)
    b.ok({
      sheet: S,
      cell: a("kode", x.id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", x.id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}
