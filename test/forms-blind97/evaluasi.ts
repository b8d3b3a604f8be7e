// An E.81-like evaluation of the Renja 2024 (s.d. Triwulan IV) of the Dinas Peternakan dan Kesehatan
// Hewan of an invented Lampung kabupaten: program 3.27.04 (kesehatan hewan dan kesmavet), one
// kegiatan and three sub kegiatan; flows (hewan divaksinasi, sampel diuji) add their quarters, the
// rates (kasus tertangani, cakupan vaksinasi, puskeswan standar) are levels whose year is the
// Triwulan IV value. Three header rows: the numbered group, the quarter, Kinerja | Keuangan (Rp).
// Every name and number is invented.
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

type Line = {
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

export function e81Peternakan(): BookW {
  const b = new BookW(
    "evaluasi-renja-tw4-disnakkeswan-way-sekampung.xlsx",
    "E.81-like evaluation of the Renja of a Dinas Peternakan (2024)",
    "E.81 s.d. Triwulan IV 2024 of a Lampung kabupaten's Dinas Peternakan dan Kesehatan Hewan: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) | (6) Realisasi s.d. Renja (n-2) 2023 | (7) Target Renja (n-1) 2024 | (8)-(11) 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each Kinerja | Keuangan (Rp) over three header rows; number row merged over the pairs; rates take the Triwulan IV level; rata-rata footer",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAY SEKAMPUNG",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "Jl. Ir. Sutami Km. 9 Sribhawono Baru, Telp. (0725) 641227",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN WAY SEKAMPUNG",
    "RENJA DINAS PETERNAKAN DAN KESEHATAN HEWAN s.d. TRIWULAN IV TAHUN 2024",
    "Indikator dan target kinerja Renstra PD Tahun 2021-2026",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "s1",
      kode: "3.27.04.2.01.0001",
      nm: "Pencegahan, Pengendalian dan Penanggulangan Penyakit Hewan Menular",
      ind: "Jumlah hewan penular rabies yang divaksinasi",
      sat: "ekor",
      level: false,
      k5: 42000,
      rp5: 1_850_000_000,
      k6: 24850,
      rp6: 1_012_400_000,
      k7: 8500,
      rp7: 365_000_000,
      kq: [1620, 2140, 2385, 2610],
      rpq: [48_250_000, 92_600_000, 101_150_000, 110_300_000],
    },
    {
      id: "s2",
      kode: "3.27.04.2.01.0002",
      nm: "Pelaksanaan Surveilans dan Diagnosa Penyakit Hewan",
      ind: "Jumlah sampel yang diuji laboratorium keswan",
      sat: "sampel",
      level: false,
      k5: 6000,
      rp5: 960_000_000,
      k6: 3420,
      rp6: 548_700_000,
      k7: 1200,
      rp7: 196_500_000,
      kq: [210, 335, 380, 290],
      rpq: [22_400_000, 51_750_000, 63_800_000, 52_900_000],
    },
    {
      id: "s3",
      kode: "3.27.04.2.01.0003",
      nm: "Peningkatan Sarana dan Pelayanan Pusat Kesehatan Hewan",
      ind: "Persentase puskeswan yang memenuhi standar pelayanan",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 1_200_000_000,
      k6: 62.5,
      rp6: 640_000_000,
      k7: 75,
      rp7: 285_000_000,
      kq: [62.5, 62.5, 75, 75],
      rpq: [18_700_000, 64_300_000, 97_450_000, 96_800_000],
    },
  ];
  const PD = "Kinerja";
  const KU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, PD], role: kRole, year, num, width: 10 },
    { key: `rp${key}`, head: [...head, KU], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const QG = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2) 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) 2024 yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i + 1}`, [QG, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
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
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", PD],
      role: "capaian",
      num: "14",
      fmt: DEC,
      width: 10,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", KU],
      role: "capaian",
      num: "14",
      fmt: DEC,
      width: 10,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const PLANT_RP12 = 199_850_000;
  const lineRow = (x: Line, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
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
        pj: "Bidang Keswan dan Kesmavet",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s2 Rp (12) is a typed number among the quarter-sum formulas, 9,000,000 above the quarters
      out.rp12 = x.id === "s2" ? PLANT_RP12 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s1's K (14) divides the year's realisation by the Renja target (12 / 7)
      out.k14 =
        x.id === "s1"
          ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
          : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const levelRow = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    k: [number, number, number, Array<number | "-">],
    rp: (c: Ctx, key: string) => Cell,
    pj: string,
  ): Row => ({
    id,
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { kode, nm, ind, sat: "%", k5: k[0], k6: k[1], k7: k[2], pj };
      qk.forEach((q, j) => (out[q] = k[3][j]));
      for (const key of rpKeys) out[key] = rp(c, key);
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN PILIHAN" } },
      { id: "bid", bold: true, cells: { kode: "3.27", nm: "URUSAN PEMERINTAHAN BIDANG PERTANIAN" } },
      levelRow(
        "prog",
        "3.27.04",
        "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
        "Persentase kasus penyakit hewan menular strategis yang tertangani",
        [95, 88.4, 90, ["-", 72.5, 84, 91.3]],
        (c, key) => fx(c.a(key, "keg")),
        "Dinas Peternakan dan Keswan",
      ),
      levelRow(
        "keg",
        "3.27.04.2.01",
        "Pengendalian Penyakit Hewan dan Kesehatan Masyarakat Veteriner di Daerah Kabupaten",
        "Cakupan vaksinasi rabies pada hewan penular rabies",
        [80, 68.2, 72, [18.4, 39.7, 58.9, 74.6]],
        (c, key) => fx(`SUM(${c.a(key, "s1")}:${c.a(key, "s3")})`),
        "Bidang Keswan dan Kesmavet",
      ),
      ...lines.map(lineRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan vaksin rabies dari Provinsi Lampung dan kader siaga rabies desa.",
    "Faktor penghambat: hewan penular rabies liar sulit ditangkap; dua puskeswan belum memiliki tenaga medik veteriner.",
    "Tindak lanjut: vaksinasi door to door di kecamatan endemis dan usulan formasi dokter hewan tahun 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sribhawono Baru, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN", "KABUPATEN WAY SEKAMPUNG,"],
    nama: "drh. HENDRA SAPUTRA WIRANEGARA, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760812 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 3.27.04.2.01.0002 is a typed 199,850,000 among (8)+(9)+(10)+(11) formulas; the four quarters give 190,850,000",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Renstra K (14) of the rabies vaccination is =ROUND(12/7*100,2) = 103.00 (the Renja capaian); (13) / (5) x 100 = 33,605 / 42,000 gives 80.01",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV level, the s.d. K the latest level
  for (const id of ["prog", "keg", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: (id === "prog" ? qk.slice(1) : qk).map((k) => a(k, id)).join("+"),
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
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  for (const id of ["s1", "s3"]) {
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
