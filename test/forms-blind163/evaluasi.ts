// Evaluation tables: the E.81 Renja evaluation 2024 of the Dinas ESDM Provinsi Kalimantan Tengah
// (PJU tenaga surya and pengawasan ketenagalistrikan add their quarters, the rasio elektrifikasi is a
// level), and a recap of the Badan Kesbangpol Kalimantan Tengah: serapan per program beside the ormas
// registered per kabupaten. Every person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
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

export function e81EsdmKalteng(): BookW {
  const b = new BookW(
    "e81-renja-esdm-elektrifikasi-pjuts-kalteng.xlsx",
    "E.81 evaluasi hasil Renja (Dinas ESDM)",
    "E.81 of the Dinas ESDM Provinsi Kalimantan Tengah, Renja 2024 (n-1): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each K | Rp, three header rows, ordinal years resolved from the title, '(dalam ribuan rupiah)', number row with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; Rata-rata and Predikat rows",
  );
  const S = "E.81 ESDM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TENGAH",
    "DINAS ENERGI DAN SUMBER DAYA MINERAL",
    "Jl. Tjilik Riwut Km. 5,5 Palangka Raya",
  ]);
  s.lines([
    "Formulir E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Provinsi Kalimantan Tengah",
    "Renja Dinas ESDM Tahun 2024 (n-1), Renstra Perangkat Daerah 2021-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "3.28.05.1.01.0001",
      nm: "Pembangunan Penerangan Jalan Umum Tenaga Surya (PJUTS) di Perdesaan",
      ind: "Jumlah unit PJUTS yang terpasang",
      sat: "unit",
      level: false,
      k5: 1200,
      rp5: 18_000_000,
      k6: 640,
      rp6: 9_120_000,
      k7: 220,
      rp7: 3_300_000,
      kq: [0, 40, 95, 85],
      rpq: [0, 615_400, 1_402_750, 1_236_900],
    },
    {
      id: "s2",
      kode: "3.28.05.1.01.0002",
      nm: "Fasilitasi Penyambungan Listrik Rumah Tangga Tidak Mampu",
      ind: "Rasio elektrifikasi provinsi",
      sat: "%",
      level: true,
      k5: 99.5,
      rp5: 6_500_000,
      k6: 97.12,
      rp6: 3_870_000,
      k7: 98.4,
      rp7: 1_250_000,
      kq: ["-", 97.45, 97.9, 98.31],
      rpq: [112_500, 284_300, 396_750, 441_200],
    },
    {
      id: "s3",
      kode: "3.28.05.1.01.0003",
      nm: "Pengawasan Keselamatan Instalasi Ketenagalistrikan",
      ind: "Jumlah instalasi tenaga listrik yang diawasi",
      sat: "instalasi",
      level: false,
      k5: 250,
      rp5: 2_400_000,
      k6: 142,
      rp6: 1_395_600,
      k7: 55,
      rp7: 520_000,
      kq: [10, 15, 16, 12],
      rpq: [78_400, 131_250, 142_600, 151_300],
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
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: DEC, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 14 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 30,
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
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)"],
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const capaian = (c: Ctx, out: Record<string, Cell>) => {
    out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
    out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
  };
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
        pj: "Bidang Ketenagalistrikan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s1's Rp (13) typed, two digits swapped (12,375,050 is right)
      out.rp13 = x.id === "s1" ? 12_735_050 : fx(`${c.a("rp6")}+${c.a("rp12")}`);
      capaian(c, out);
      return out;
    },
  });
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1.1",
        kode: "3.28.05.1.01",
        nm: "Penyediaan Tenaga Listrik untuk Masyarakat Tidak Mampu dan Daerah Perdesaan",
        ind: "Jumlah desa yang memperoleh akses listrik",
        sat: "desa",
        k5: 120,
        k6: 64,
        k7: 24,
        kq1: 0,
        kq2: 5,
        kq3: 9,
        kq4: 8,
        pj: "Bidang Ketenagalistrikan",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      capaian(c, out);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1",
        kode: "3.28.05",
        nm: "PROGRAM PENGELOLAAN KETENAGALISTRIKAN",
        ind: "Rasio desa berlistrik",
        sat: "%",
        k5: 100,
        k6: 96.8,
        k7: 98,
        kq1: "-",
        kq2: "-",
        kq3: "-",
        kq4: 98.6,
        pj: "Dinas ESDM",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      capaian(c, out);
      return out;
    },
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN PILIHAN" } },
      { id: "bid", bold: true, cells: { kode: "3.28", nm: "ENERGI DAN SUMBER DAYA MINERAL" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      // planted: Sangat Tinggi typed for an average of 82.82 (Tinggi, > 75 - 90)
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Energi Skala Kecil dan koordinasi dengan PT PLN (Persero) UIW Kalselteng.",
    "Faktor penghambat: akses angkutan sungai ke desa di hulu Kahayan dan Katingan pada musim kemarau.",
    "Tindak lanjut: pemasangan PJUTS triwulan I dimulai lebih awal; pengawasan instalasi digabung dengan uji laik operasi.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Palangka Raya, 24 Januari 2025",
    jabatan: ["KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL", "PROVINSI KALIMANTAN TENGAH,"],
    nama: "Ir. YOHANES DANDUNG SAMBAH, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp s.d. 2024 (13) of the PJUTS sub kegiatan is a typed 12,735,050 among 6 + 12 formulas; 9,120,000 + 3,255,050 give 12,375,050 (digits swapped)",
    truth: `${a("rp6", "s1")}+${a("rp12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat Sangat Tinggi typed for the average capaian 82.82; the band > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the rasio elektrifikasi is a level: the year is Triwulan IV, the s.d. value the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: ["kq2", "kq3", "kq4"].map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s2", "s3"]) {
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
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
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

// ============================================ Badan Kesbangpol Kalimantan Tengah, rekap 2024

type Prog = { id: string; kode: string; nm: string; pagu: number; real: number };
type Kab = { id: string; nm: string; lama: number; baru: number; aktif: number };

export function rekapKesbangpolKalteng(): BookW {
  const b = new BookW(
    "rekap-serapan-ormas-kesbangpol-kalteng.xlsx",
    "Rekap sektor: serapan per program and ormas per kabupaten (Badan Kesbangpol)",
    "Two tables side by side on one sheet, one empty column between them, of different heights: Rekap realisasi anggaran per program 2024 (Kode | Program | Pagu (Rp) | Realisasi (Rp) | Serapan (%)) with a JUMLAH row; Rekap ormas per kabupaten/kota (No | Kabupaten/Kota | Ormas Terdaftar s.d. 2023 | Pendaftaran Baru 2024 | Jumlah s.d. 2024 | Ormas Aktif Melapor | % Aktif) with number row '(5) = (3) + (4)', '(7) = (6) / (5) x 100' and a Jumlah row",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines(["REKAPITULASI KINERJA SEKTORAL BADAN KESBANGPOL TAHUN 2024"]);
  s.gap();
  const P: Prog[] = [
    {
      id: "p1",
      kode: "8.01.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      pagu: 14_862_450_000,
      real: 14_105_337_800,
    },
    {
      id: "p2",
      kode: "8.01.02",
      nm: "Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
      pagu: 2_150_000_000,
      real: 2_047_915_000,
    },
    {
      id: "p3",
      kode: "8.01.03",
      nm: "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik",
      pagu: 4_380_000_000,
      real: 4_412_650_000,
    },
    {
      id: "p4",
      kode: "8.01.04",
      nm: "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
      pagu: 1_875_000_000,
      real: 1_702_380_000,
    },
    {
      id: "p5",
      kode: "8.01.05",
      nm: "Program Pembinaan dan Pengembangan Ketahanan Ekonomi, Sosial, dan Budaya",
      pagu: 2_640_000_000,
      real: 2_395_860_000,
    },
  ];
  const top = s.r;
  const t1 = s.table(
    {
      cols: [
        { key: "kode", head: ["Kode"], role: "kode", width: 10 },
        { key: "nm", head: ["Program"], width: 44 },
        { key: "pagu", head: ["Pagu Anggaran 2024 (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
        {
          key: "real",
          head: ["Realisasi s.d. 31 Desember 2024 (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 1,
      rows: [
        ...P.map((p): Row => ({
          id: p.id,
          cells: (x: Ctx) => ({
            kode: p.kode,
            nm: p.nm,
            pagu: p.pagu,
            real: p.real,
            ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["kode", "nm"],
          cells: (x: Ctx) => ({
            kode: "JUMLAH",
            pagu: fx(`SUM(${x.a("pagu", "p1")}:${x.a("pagu", "p5")})`),
            real: fx(`SUM(${x.a("real", "p1")}:${x.a("real", "p5")})`),
            ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const K: Kab[] = [
    { id: "b1", nm: "Kota Palangka Raya", lama: 412, baru: 37, aktif: 301 },
    { id: "b2", nm: "Kabupaten Kotawaringin Timur", lama: 286, baru: 24, aktif: 187 },
    { id: "b3", nm: "Kabupaten Kapuas", lama: 214, baru: 19, aktif: 128 },
    { id: "b4", nm: "Kabupaten Barito Selatan", lama: 97, baru: 8, aktif: 61 },
    { id: "b5", nm: "Kabupaten Katingan", lama: 118, baru: 11, aktif: 70 },
    { id: "b6", nm: "Kabupaten Gunung Mas", lama: 76, baru: 6, aktif: 52 },
    { id: "b7", nm: "Kabupaten Murung Raya", lama: 63, baru: 5, aktif: 33 },
    { id: "b8", nm: "Kabupaten Lamandau", lama: 58, baru: 4, aktif: 39 },
  ];
  const trueBaru = K.reduce((n, k) => n + k.baru, 0);
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", num: "(2)", width: 28 },
        {
          key: "lama",
          head: ["Ormas Terdaftar", "s.d. 2023"],
          role: "realisasi",
          year: 2023,
          num: "(3)",
          width: 10,
        },
        {
          key: "baru",
          head: ["Ormas Terdaftar", "Baru 2024"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          width: 10,
        },
        {
          key: "jml",
          head: ["Ormas Terdaftar", "Jumlah s.d. 2024"],
          role: "realisasi",
          year: 2024,
          num: "(5) = (3) + (4)",
          width: 12,
        },
        { key: "akt", head: ["Ormas Aktif Melaporkan Kegiatan"], num: "(6)", width: 12 },
        {
          key: "pct",
          head: ["% Aktif"],
          role: "capaian",
          year: 2024,
          num: "(7) = (6) / (5) x 100",
          fmt: DEC,
          width: 10,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (x: Ctx) => ({
            no: i + 1,
            kab: k.nm,
            lama: k.lama,
            baru: k.baru,
            jml: fx(`${x.a("lama")}+${x.a("baru")}`),
            akt: k.aktif,
            pct: fx(`ROUND(${x.a("akt")}/${x.a("jml")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kab"],
          cells: (x: Ctx) => ({
            no: "Jumlah",
            lama: fx(`SUM(${x.a("lama", "b1")}:${x.a("lama", "b8")})`),
            // planted: stale cached result from before Gunung Mas registered two more ormas in Desember
            baru: fx(`SUM(${x.a("baru", "b1")}:${x.a("baru", "b8")})`, trueBaru - 2),
            jml: fx(`SUM(${x.a("jml", "b1")}:${x.a("jml", "b8")})`),
            akt: fx(`SUM(${x.a("akt", "b1")}:${x.a("akt", "b8")})`),
            pct: fx(`ROUND(${x.a("akt")}/${x.a("jml")}*100,2)`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.r = Math.max(t1.lastDataRow, t2.lastDataRow) + 2;
  s.lines([
    "Sumber: SIPD dan aplikasi SIORMAS; ormas aktif = menyampaikan laporan kegiatan tahunan.",
    "Baris JUMLAH: serapan dan persentase dihitung dari jumlah, bukan dijumlahkan atau dirata-ratakan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Palangka Raya, 15 Januari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "PROVINSI KALIMANTAN TENGAH,"],
    nama: "Drs. NATALIS RINGKAI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690502 199003 1 009",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a1("real", "p3") },
        { sheet: S, cell: a1("ser", "p3") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Realisasi of program 8.01.03 is 4,412,650,000 against a pagu of 4,380,000,000 (serapan 100.75 %): an SP2D of 125,400,000 for the fasilitasi pendidikan politik pemilih pemula was posted twice; 4,287,250,000 is right",
    truth: `${a1("real", "p3")}-125400000`,
  });
  b.plant({
    at: { sheet: S, cell: a2("baru", "tot") },
    rules: ["sum-mismatch"],
    note: `Jumlah of the ormas baru 2024 is =SUM with a stale cached result ${trueBaru - 2}; the eight rows give ${trueBaru}`,
    truth: `SUM(${a2("baru", "b1")}:${a2("baru", "b8")})`,
  });
  for (const id of ["p1", "p2", "p4", "p5"])
    b.ok({
      sheet: S,
      cell: a1("ser", id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a1("real", id)}/${a1("pagu", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a1("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: P.map((p) => a1("pagu", p.id)).join("+"),
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a2("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a2("lama", k.id)}+${a2("baru", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a2("pct", k.id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a2("akt", k.id)}/${a2("jml", k.id)}*100,2)`,
    });
  }
  for (const k of ["lama", "jml", "akt"])
    b.ok({
      sheet: S,
      cell: a2(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a2(k, "b1")}:${a2(k, "b8")})`,
    });
  // the Jumlah row's % is the ratio of the totals, not the sum nor the mean of the rows
  b.ok({
    sheet: S,
    cell: a2("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a2("akt", "b1")}:${a2("akt", "b8")})/SUM(${a2("jml", "b1")}:${a2("jml", "b8")})*100,2)`,
    trap: `ROUND(AVERAGE(${a2("pct", "b1")}:${a2("pct", "b8")}),2)`,
  });
  return b.finish();
}
