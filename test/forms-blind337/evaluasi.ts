// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pariwisata:
// daya tarik wisata, desa wisata, objek wisata pemungut retribusi, hunian hotel, lama tinggal.
// Every place, name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  r: [number, number, number];
  rq: number[];
};

/** E.81 of the Dinas Pariwisata Kabupaten Lembah Sarimanik (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Pariwisata(): BookW {
  const b = new BookW(
    "e81-dinas-pariwisata-lembah-sarimanik-337.xlsx",
    "E.81 Evaluasi Renja (Pariwisata)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; Kode Rekening first (no No column); 'K | Rp' pairs; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12'; a level row (TPK hotel); Rata-rata and Predikat footer",
  );
  const S = "Eval Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIMANIK",
    "DINAS PARIWISATA, PEMUDA DAN OLAHRAGA",
    "Jl. Bukit Tambun Tulang No. 12, Nagari Sarimanik",
  ]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Dinas Pariwisata Lingkup Kabupaten Lembah Sarimanik",
    "Renstra 2021-2026 - Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "3.26.02.2.01.0001",
    ur: "Penetapan Daya Tarik Wisata dan Pengembangan Desa Wisata",
    ind: "Jumlah desa wisata yang dibina",
    sat: "desa",
    level: false,
    k: [25, 13, 6],
    q: [0, 2, 2, 2],
    r: [2_450_000_000, 1_312_600_000, 540_000_000],
    rq: [48_300_000, 126_750_000, 171_200_000, 172_900_000],
  };
  const s2: E = {
    id: "s2",
    kode: "3.26.02.2.01.0003",
    ur: "Pengelolaan Objek Wisata Pemungut Retribusi",
    ind: "Jumlah objek wisata pemungut retribusi yang dikelola",
    sat: "objek",
    level: false,
    k: [15, 9, 4],
    q: [1, 1, 1, 1],
    r: [3_120_000_000, 1_704_350_000, 685_000_000],
    rq: [92_450_000, 168_300_000, 187_650_000, 214_800_000],
  };
  const add = (i: number) => s1.r[i] + s2.r[i];
  const keg: E = {
    id: "keg",
    kode: "3.26.02.2.01",
    ur: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
    ind: "Jumlah daya tarik wisata yang dikelola dan ditingkatkan",
    sat: "DTW",
    level: false,
    k: [40, 21, 8],
    q: [1, 2, 3, 2],
    r: [add(0), add(1), add(2)],
    rq: [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.26.02",
    ur: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
    ind: "Tingkat penghunian kamar (TPK) hotel berbintang",
    sat: "%",
    level: true,
    k: [62, 54.3, 58],
    q: [51.2, 55.8, 60.4, 59.1],
  };
  const rows = [prog, keg, s1, s2];
  // planted: sub kegiatan .0003 (12) Rp typed 636,200,000; its quarters give 663,200,000
  const R12S2 = 636_200_000;
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r12 = (e: E) => (e.id === "s2" ? R12S2 : sum(e.rq));
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round(((e.r[1] + r12(e)) / e.r[0]) * 100);
  // planted: kegiatan (14) K typed 82.50; 29 / 40 x 100 = 72.50
  const K14KEG = 82.5;
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair(
      "5",
      "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)",
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k[0],
      r5: e.r[0],
      k6: e.k[1],
      r6: e.r[1],
      k7: e.k[2],
      r7: e.r[2],
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: r12(e),
      k13: k13(e),
      r13: e.r[1] + r12(e),
      k14: e.id === "keg" ? K14KEG : k14(e),
      r14: r14(e),
      pj: "Bidang Destinasi Pariwisata",
    },
  }));
  const k14s = rows.map((e) => (e.id === "keg" ? K14KEG : k14(e)));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: {
          kode: "Predikat kinerja",
          k14: predikat(round(sum(k14s) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor pendorong: event Festival Danau Sarimanik menaikkan hunian hotel pada Triwulan III."]);
  s.gap();
  signature(s, 22, {
    tempat: "Sarimanik, 16 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA, PEMUDA DAN OLAHRAGA"],
    nama: "ZULHENDRI DATUAK RAJO BASA, S.E., M.Si",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750812 200012 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 3.26.02.2.01.0003 is 636,200,000; its quarters 8+9+10+11 give 663,200,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of kegiatan 3.26.02.2.01 is 82.50; 13 / 5 x 100 = 29 / 40 x 100 = 72.50",
    truth: `ROUND(${a("k13", "keg")}/${a("k5", "keg")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas Pariwisata Kota Pantai Wolasi (Sulawesi Tenggara), Renstra 2025-2029, Rp in thousands. */
export function tc27Pariwisata(): BookW {
  const b = new BookW(
    "tc27-dinas-pariwisata-pantai-wolasi-337.xlsx",
    "T-C.27 Renstra pendanaan (Pariwisata)",
    "T-C.27 Renstra 2025-2029, '(dalam ribuan rupiah)', three header rows 'Target Kinerja Program dan Kerangka Pendanaan > Tahun ke-1..5 > Target / Rp', number row 1..n, SUM formulas for kegiatan and kondisi akhir Rp, levels (TPK, lama tinggal) and flows (dokumen, event)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PANTAI WOLASI",
    "DINAS PARIWISATA",
    "Jl. Teluk Wolasi No. 3, Kendari Pesisir",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pariwisata Kota Pantai Wolasi Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "3.26.03.2.01.0001",
      ur: "Penyediaan Data dan Penyusunan Profil Pasar Pariwisata",
      ind: "Jumlah dokumen profil pasar wisatawan nusantara dan mancanegara",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [185_000, 192_500, 201_000, 210_400, 221_000],
    },
    {
      id: "s2",
      kode: "3.26.03.2.01.0002",
      ur: "Pelaksanaan Promosi Pariwisata Dalam dan Luar Negeri",
      ind: "Jumlah event promosi wisata yang diselenggarakan",
      sat: "event",
      level: false,
      awal: 5,
      k: [6, 7, 7, 8, 8],
      rp: [1_240_000, 1_318_500, 1_402_750, 1_476_000, 1_553_200],
    },
  ];
  const keg: P = {
    id: "keg",
    kode: "3.26.03.2.01",
    ur: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kota",
    ind: "Rata-rata lama tinggal wisatawan",
    sat: "hari",
    level: true,
    awal: 1.72,
    k: [1.8, 1.9, 2, 2.1, 2.2],
  };
  const prog: P = {
    id: "prog",
    kode: "3.26.03",
    ur: "PROGRAM PEMASARAN PARIWISATA",
    ind: "Tingkat penghunian kamar (TPK) hotel",
    sat: "%",
    level: true,
    awal: 55.4,
    k: [57, 59, 61, 63, 65],
  };
  // planted: kegiatan Tahun ke-3 Rp typed 1,630,750 where its sub kegiatan give 1,603,750
  const KEG_Y3 = 1_630_750;
  // planted: kegiatan kondisi akhir K (a level) = Tahun ke-4 target 2.1; Tahun ke-5 is 2.2
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 30,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
  ];
  for (let y = 1; y <= 5; y++) {
    const g = ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`];
    cols.push({
      key: `k${y}`,
      head: [...g, "Target"],
      role: "target",
      year: 2024 + y,
      num: 4 + 2 * y,
      fmt: DEC,
      width: 9,
    });
    cols.push({
      key: `r${y}`,
      head: [...g, "Rp"],
      role: "anggaran",
      year: 2024 + y,
      num: 5 + 2 * y,
      fmt: RP,
      width: 13,
    });
  }
  cols.push(
    {
      key: "kka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      fmt: DEC,
      width: 9,
    },
    {
      key: "rka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  );
  const rowOf = (p: P): Row => ({
    id: p.id,
    cells: (x) => {
      const c: Record<string, Cell> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        unit: "Bidang Pemasaran Pariwisata",
        lok: "Kota Pantai Wolasi",
      };
      for (let y = 1; y <= 5; y++) {
        c[`k${y}`] = p.k[y - 1];
        if (p.rp) c[`r${y}`] = p.rp[y - 1];
        else if (p.id === "keg")
          c[`r${y}`] = y === 3 ? KEG_Y3 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s2")})`);
        else c[`r${y}`] = fx(x.a(`r${y}`, "keg"));
      }
      c.kka = p.level ? (p.id === "keg" ? p.k[3] : p.k[4]) : sum(p.k);
      c.rka = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: [prog, keg, ...subs].map(rowOf) });
  s.gap();
  s.lines(["Sumber: Renstra Dinas Pariwisata Kota Pantai Wolasi 2025-2029 (Bab VI)."]);
  s.gap();
  signature(s, 16, {
    tempat: "Pantai Wolasi, 20 Maret 2025",
    jabatan: ["KEPALA DINAS PARIWISATA KOTA PANTAI WOLASI"],
    nama: "Hj. WA ODE RASNIATI, S.Sos., M.Si",
    nip: "19780214 200312 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const years = (p: string, id: string) => [1, 2, 3, 4, 5].map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "keg") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 3.26.03.2.01 Tahun ke-3 Rp typed 1,630,750 among SUM formulas; its sub kegiatan give 201,000 + 1,402,750 = 1,603,750",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kka", "keg") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of rata-rata lama tinggal (a level) is 2.1, the Tahun ke-4 target; Tahun ke-5 is 2.2",
    truth: a("k5", "keg"),
  });
  b.ok({
    sheet: S,
    cell: a("kka", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: years("k", "prog"),
  });
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: a("kka", id), rules: ["kondisi-akhir-mismatch"], truth: years("k", id) });
    b.ok({
      sheet: S,
      cell: a("rka", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years("r", id),
    });
  }
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  return b.finish();
}
