// Planning tables of a Dinas Perpustakaan dan Kearsipan on kearsipan: the E.81 evaluation of the
// Renja 2024 (s.d. Triwulan IV) of Kabupaten Rinjani Timur (NTB), ordinal (n-2) / (n-1) headers with
// K | Rp pairs, and the T-C.27 of the Renstra 2025-2029 of Kabupaten Teluk Tomini Raya (Sulawesi
// Tengah), "Tahun ke-1 .. ke-5" over Target | Rp "(dalam ribuan rupiah)". Every number is invented.
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

// ============================================================= E.81 Renja 2024, Kabupaten Rinjani Timur

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5?: number;
  k6: number;
  rp6?: number;
  k7: number;
  rp7?: number;
  kq: Array<number | "-">;
  rpq?: number[];
};

export function e81Arsip(): BookW {
  const b = new BookW(
    "e81-renja-kearsipan-rinjani-timur.xlsx",
    "E.81 evaluasi Renja (Dinas Perpustakaan dan Kearsipan)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Perpustakaan dan Kearsipan in NTB: columns 1-15 with K | Rp pairs, ordinal (n-2) / (n-1) headers resolved from the title, number row merged over the pairs ('12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'); program 2.24.02 with two kegiatan and three sub kegiatan; rata-rata and predikat rows",
  );
  const S = "E.81 Arsip";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RINJANI TIMUR",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "Jalan Pariwisata No. 17 Selong Baru, Telp. (0376) 21455",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN RINJANI TIMUR",
    "RENJA DINAS PERPUSTAKAAN DAN KEARSIPAN s.d. TRIWULAN IV TAHUN 2024",
    "Periode Renstra PD 2021-2026   |   Urusan Kearsipan (2.24)",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "2.24.02.2.01.0001",
      nm: "Pengelolaan Arsip Inaktif pada Record Center Daerah",
      ind: "Jumlah boks arsip inaktif yang ditata dan dideskripsi",
      sat: "boks",
      level: false,
      k5: 12000,
      rp5: 2_400_000_000,
      k6: 6850,
      rp6: 1_372_500_000,
      k7: 2000,
      rp7: 465_000_000,
      kq: [380, 520, 610, 540],
      rpq: [61_250_000, 118_400_000, 142_750_000, 131_900_000],
    },
    {
      id: "s2",
      kode: "2.24.02.2.01.0002",
      nm: "Penilaian dan Pemusnahan Arsip Inaktif berdasarkan JRA",
      ind: "Persentase arsip inaktif yang telah dinilai berdasarkan JRA",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 950_000_000,
      k6: 62.5,
      rp6: 512_300_000,
      k7: 75,
      rp7: 198_000_000,
      kq: ["-", 40, 58.75, 78.4],
      rpq: [12_500_000, 48_600_000, 61_200_000, 70_150_000],
    },
    {
      id: "s3",
      kode: "2.24.02.2.03.0001",
      nm: "Penyediaan Informasi Kearsipan melalui SIKN dan JIKN",
      ind: "Jumlah deskripsi arsip yang diunggah ke SIKN / JIKN",
      sat: "deskripsi",
      level: false,
      k5: 25000,
      rp5: 1_150_000_000,
      k6: 13200,
      rp6: 641_800_000,
      k7: 4500,
      rp7: 238_500_000,
      kq: [900, 1150, 1300, 1240],
      rpq: [35_400_000, 58_950_000, 66_700_000, 71_300_000],
    },
  ];
  const keg1: Ln = {
    id: "keg1",
    kode: "2.24.02.2.01",
    nm: "Pengelolaan Arsip Dinamis",
    ind: "Jumlah perangkat daerah yang arsip inaktifnya dikelola",
    sat: "PD",
    level: false,
    k5: 40,
    k6: 22,
    k7: 8,
    kq: [1, 2, 3, 3],
  };
  const keg2: Ln = {
    id: "keg2",
    kode: "2.24.02.2.03",
    nm: "Pengelolaan Simpul Jaringan Informasi Kearsipan Nasional Tingkat Kabupaten",
    ind: "Jumlah laporan pengelolaan simpul jaringan JIKN",
    sat: "laporan",
    level: false,
    k5: 6,
    k6: 3,
    k7: 1,
    kq: [0, 0, 0, 1],
  };
  const prog: Ln = {
    id: "prog",
    kode: "2.24.02",
    nm: "PROGRAM PENGELOLAAN ARSIP",
    ind: "Persentase arsip inaktif perangkat daerah yang dikelola sesuai kaidah kearsipan",
    sat: "%",
    level: true,
    k5: 90,
    k6: 55.3,
    k7: 70,
    kq: ["-", "-", 61.2, 72.85],
  };
  const pair = (
    n: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${n}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
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
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
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
      "Realisasi Capaian Kinerja dan Anggaran Renja (n-1)",
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
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. (n-1) (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. (n-1) (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const line = (x: Ln, no: string, rpOf?: (k: string, c: Ctx) => Cell): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.id === "prog" ? "Dinas Perpustakaan dan Kearsipan" : "Bidang Kearsipan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      if (x.rpq) {
        out.rp5 = x.rp5;
        out.rp6 = x.rp6;
        out.rp7 = x.rp7;
        qr.forEach((k, j) => (out[k] = x.rpq![j]));
        // planted: the Rp (12) of s3 is typed, its quarters were revised afterwards
        out.rp12 = x.id === "s3" ? 223_350_000 : fx(qr.map((k) => c.a(k)).join("+"));
        out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      } else if (rpOf) for (const k of rpKeys) out[k] = rpOf(k, c);
      // a level: (12) is the Triwulan IV level and (13) the latest level
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: keg1's (14) K is the Renja capaian 12 / 7
      out.k14 = fx(
        x.id === "keg1"
          ? `ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`
          : `ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`,
      );
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const k14 = (x: Ln) => {
    const q = x.kq.filter((v): v is number => typeof v === "number");
    const k13 = x.level ? q[q.length - 1] : x.k6 + q.reduce((n, v) => n + v, 0);
    return round((k13 / x.k5) * 100);
  };
  const avg = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
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
      { id: "bid", bold: true, cells: { kode: "2.24", nm: "URUSAN PEMERINTAHAN BIDANG KEARSIPAN" } },
      line(prog, "", (k, c) => fx(`${c.a(k, "keg1")}+${c.a(k, "keg2")}`)),
      line(keg1, "1", (k, c) => fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s2")})`)),
      line(subs[0], "1.1"),
      line(subs[1], "1.2"),
      line(keg2, "2", (k, c) => fx(c.a(k, "s3"))),
      line(subs[2], "2.1"),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND((${c.a("k14", "s1")}+${c.a("k14", "s2")}+${c.a("k14", "s3")})/3,2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: tersedianya record center daerah dan arsiparis fungsional di Bidang Kearsipan.",
    "Faktor penghambat: sebagian perangkat daerah belum menyerahkan daftar arsip inaktif usul musnah tepat waktu.",
    "Tindak lanjut: supervisi JRA ke perangkat daerah pada triwulan I tahun 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Selong Baru, 27 Januari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN", "KABUPATEN RINJANI TIMUR,"],
    nama: "LALU MUHAMAD ZAINUDDIN, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740812 199903 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.24.02.2.03.0001 (SIKN / JIKN) is a typed 223,350,000 among =8+9+10+11 formulas; its quarters add up to 232,350,000",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Column 14 K of kegiatan 2.24.02.2.01 is =ROUND(12/7*100,2) = 112.50, the Renja capaian; 13 / 5 x 100 = (22 + 9) / 40 gives 77.50",
    truth: `ROUND(${a("k13", "keg1")}/${a("k5", "keg1")}*100,2)`,
  });
  // levels: (12) K is the Triwulan IV value, (13) K the latest level
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
  for (const id of ["s1", "s3", "keg1", "keg2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "keg2", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"]) {
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
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12"])
    b.ok({ sheet: S, cell: a(k, "keg1"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const [id, up] of [
    ["s1", "keg1"],
    ["s2", "keg1"],
    ["s3", "keg2"],
    ["keg1", "prog"],
    ["keg2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}

// ======================================================= T-C.27 Renstra 2025-2029, Kabupaten Teluk Tomini Raya

type Tl = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** kondisi akhir K as typed */
  ak: number;
  rp?: number[];
};

export function tc27Arsip(): BookW {
  const b = new BookW(
    "tc27-pendanaan-arsip-statis-teluk-tomini-raya.xlsx",
    "T-C.27 Renstra funding (Dinas Perpustakaan dan Kearsipan)",
    "T-C.27 of the Renstra 2025-2029 of a Dinas Perpustakaan dan Kearsipan in Sulawesi Tengah, (dalam ribuan rupiah): Tujuan | Sasaran | Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian Awal | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit Kerja | Lokasi; three header rows and a number row; kegiatan SUM and program + formulas, kondisi akhir Rp = the five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TELUK TOMINI RAYA", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perpustakaan dan Kearsipan",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tl[] = [
    {
      id: "prog",
      kode: "2.24.02",
      nm: "PROGRAM PENGELOLAAN ARSIP",
      ind: "Persentase arsip statis yang terselamatkan dan terolah",
      sat: "%",
      awal: 41.5,
      tg: [48, 55, 62, 68, 75],
      ak: 75,
    },
    {
      id: "kA",
      kode: "2.24.02.2.01",
      nm: "Pengelolaan Arsip Dinamis",
      ind: "Jumlah perangkat daerah yang menerapkan JRA",
      sat: "PD",
      awal: 9,
      tg: [6, 6, 6, 6, 6],
      ak: 30,
    },
    {
      id: "a1",
      kode: "2.24.02.2.01.0001",
      nm: "Pengelolaan Arsip Inaktif Perangkat Daerah",
      ind: "Jumlah boks arsip inaktif yang dikelola di record center",
      sat: "boks",
      awal: 1850,
      tg: [1500, 1600, 1700, 1800, 1900],
      ak: 8500,
      rp: [312_450, 328_600, 345_750, 362_900, 381_200],
    },
    {
      id: "a2",
      kode: "2.24.02.2.01.0002",
      nm: "Pengawasan Kearsipan Internal",
      ind: "Persentase perangkat daerah yang diawasi dengan hasil minimal Baik",
      sat: "%",
      awal: 35,
      tg: [45, 55, 65, 75, 85],
      // planted: the 2028 target, not the 2029 target
      ak: 75,
      rp: [118_300, 124_150, 131_600, 138_250, 145_900],
    },
    {
      id: "kB",
      kode: "2.24.02.2.02",
      nm: "Pengelolaan Arsip Statis",
      ind: "Jumlah arsip statis yang diakuisisi, diolah dan dilestarikan",
      sat: "berkas",
      awal: 2400,
      tg: [2600, 2800, 3000, 3200, 3400],
      ak: 15000,
    },
    {
      id: "b1",
      kode: "2.24.02.2.02.0001",
      nm: "Akuisisi Arsip Statis dari Penyelenggara Negara dan Tokoh Masyarakat",
      ind: "Jumlah arsip statis yang diakuisisi",
      sat: "berkas",
      awal: 950,
      tg: [1000, 1100, 1200, 1300, 1400],
      ak: 6000,
      rp: [226_800, 241_350, 255_900, 268_400, 284_750],
    },
    {
      id: "b2",
      // planted: coded under program 2.24.03 while it stands under kegiatan 2.24.02.2.02
      kode: "2.24.03.2.02.0002",
      nm: "Pengolahan dan Penyajian Arsip Statis melalui SIKN / JIKN",
      ind: "Persentase khazanah arsip statis yang tersaji di SIKN / JIKN",
      sat: "%",
      awal: 28.4,
      tg: [35, 42, 50, 58, 65],
      ak: 65,
      rp: [174_250, 182_600, 195_300, 204_850, 216_400],
    },
    {
      id: "b3",
      kode: "2.24.02.2.02.0003",
      nm: "Preservasi dan Alih Media Arsip Statis",
      ind: "Jumlah arsip statis yang dialihmediakan",
      sat: "berkas",
      awal: 1450,
      tg: [1600, 1700, 1800, 1900, 2000],
      ak: 9000,
      rp: [289_500, 301_250, 318_600, 333_100, 349_800],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 4, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 7,
      width: 11,
    },
    ...[1, 2, 3, 4, 5].flatMap((n, i): Col[] => [
      {
        key: `k${n}`,
        head: [G, `Tahun ke-${n}`, "Target"],
        role: "target",
        year: 2025 + i,
        num: 8 + 2 * i,
        width: 9,
      },
      {
        key: `r${n}`,
        head: [G, `Tahun ke-${n}`, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        num: 9 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: 18,
      width: 10,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "19 = 9+11+13+15+17",
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21, width: 14 },
  ];
  const rk = ["r1", "r2", "r3", "r4", "r5"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          tuj: "Meningkatnya tata kelola kearsipan daerah",
          sas: "Meningkatnya kualitas pengelolaan dan penyelamatan arsip",
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ak: x.ak,
          unit: "Bidang Kearsipan",
          lok: "Kab. Teluk Tomini Raya",
        };
        x.tg.forEach((v, i) => (out[`k${i + 1}`] = v));
        rk.forEach((k, i) => {
          if (x.rp) out[k] = x.rp[i];
          else if (x.id === "prog") out[k] = fx(`${c.a(k, "kA")}+${c.a(k, "kB")}`);
          else if (x.id === "kA") out[k] = fx(`SUM(${c.a(k, "a1")}:${c.a(k, "a2")})`);
          else out[k] = fx(`SUM(${c.a(k, "b1")}:${c.a(k, "b3")})`);
        });
        out.akr = fx(rk.map((k) => c.a(k)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
    "Tahun ke-1 s.d. ke-5 = tahun 2025 s.d. 2029.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Ampana Baru, 14 Agustus 2024",
    jabatan: ["Kepala Dinas Perpustakaan dan Kearsipan,"],
    nama: "Dr. MOH. ARIFIN LASAMPA, S.Pd., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710305 199703 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "a2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the pengawasan kearsipan internal rate (a level) is 75, the Tahun ke-4 (2028) target; the Tahun ke-5 target is 85",
    truth: a("k5", "a2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengolahan dan Penyajian Arsip Statis is coded 2.24.03.2.02.0002 (program 2.24.03) under kegiatan 2.24.02.2.02; its code is 2.24.02.2.02.0002",
    truth: `${a("kode", "kB")}&".0002"`,
  });
  for (const x of rows) {
    if (x.id === "a2") continue;
    const level = x.sat === "%";
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: level ? a("k5", x.id) : ["k1", "k2", "k3", "k4", "k5"].map((k) => a(k, x.id)).join("+"),
      // a rate ends at its last target; a count of boks / berkas / PD adds its five years
      trap: level ? ["k1", "k2", "k3", "k4", "k5"].map((k) => a(k, x.id)).join("+") : a("k5", x.id),
    });
    b.ok({
      sheet: S,
      cell: a("akr", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rk.map((k) => a(k, x.id)).join("+"),
    });
  }
  for (const k of rk) {
    b.ok({ sheet: S, cell: a(k, "kA"), rules: ["sum-mismatch"], truth: `${a(k, "a1")}+${a(k, "a2")}` });
    b.ok({
      sheet: S,
      cell: a(k, "kB"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "b1")}+${a(k, "b2")}+${a(k, "b3")}`,
    });
    b.ok({ sheet: S, cell: a(k, "prog"), rules: ["sum-mismatch"], truth: `${a(k, "kA")}+${a(k, "kB")}` });
  }
  for (const [id, up] of [
    ["a1", "kA"],
    ["a2", "kA"],
    ["b1", "kB"],
    ["b3", "kB"],
    ["kA", "prog"],
    ["kB", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}
