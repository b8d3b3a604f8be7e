// The Renja evaluation (E.81) of the Dinas PUPR Kabupaten Siringgo Hulu (Sumatera Utara) and the
// Renstra funding table (T-C.27) of the Dinas PUPR Kota Pasir Mandala (Nusa Tenggara Barat), on the
// bina marga side: kemantapan jalan, rekonstruksi, pemeliharaan rutin and jembatan. All invented.
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
  type Col,
  type Row,
} from "../forms/kit";

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 s.d. Triwulan IV 2024 of the Dinas PUPR Kabupaten Siringgo Hulu, Renstra 2021-2026. */
export function e81BinaMarga(): BookW {
  const b = new BookW(
    "e81-renja-2024-pupr-siringgo-hulu.xlsx",
    "E.81 Evaluasi Renja (PUPR Bina Marga)",
    "E.81 s.d. TW IV 2024, calendar-year headers, K | Rp pairs, number row merged over pairs; a level row (% kemantapan jalan) over km flows; Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SIRINGGO HULU",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Sisingamangaraja Km. 4 Lau Baleng",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas PUPR Kabupaten Siringgo Hulu",
    "Renstra 2021-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.03.10.2.01.0017",
    ur: "Rekonstruksi Jalan",
    ind: "Panjang jalan kabupaten yang direkonstruksi",
    sat: "km",
    level: false,
    k5: 120,
    k6: 64.8,
    k7: 18,
    q: [0, 4.5, 7.2, 5.8],
    r5: 240_500_000_000,
    r6: 128_740_000_000,
    r7: 44_600_000_000,
    rq: [1_250_000_000, 9_870_500_000, 16_420_300_000, 15_305_750_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.03.10.2.01.0033",
    ur: "Pemeliharaan Rutin Jalan",
    ind: "Panjang jalan kabupaten yang mendapat pemeliharaan rutin",
    sat: "km",
    level: false,
    k5: 300,
    k6: 171.7,
    k7: 50,
    q: [8.2, 11.1, 14.2, 13.5],
    r5: 38_750_000_000,
    r6: 21_906_400_000,
    r7: 8_250_000_000,
    rq: [1_640_200_000, 2_075_900_000, 2_210_450_000, 1_980_600_000],
  };
  const add = (k: "k5" | "k6" | "k7" | "r5" | "r6" | "r7") => round(s1[k] + s2[k], 2);
  const keg: Ev = {
    id: "keg",
    kode: "1.03.10.2.01",
    ur: "Penyelenggaraan Jalan Kabupaten/Kota",
    ind: "Panjang jalan kabupaten yang ditangani",
    sat: "km",
    level: false,
    k5: add("k5"),
    k6: add("k6"),
    k7: add("k7"),
    q: [0, 1, 2, 3].map((i) => round(s1.q[i] + s2.q[i], 2)),
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]),
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.03.10",
    ur: "PROGRAM PENYELENGGARAAN JALAN",
    ind: "Tingkat kemantapan jalan kabupaten",
    sat: "%",
    level: true,
    k5: 78,
    k6: 71.4,
    k7: 74.5,
    q: [71.6, 72.3, 73.5, 74.8],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: Ev) => (e.level ? e.q[3] : round(sum(e.q), 2));
  const k13 = (e: Ev) => (e.level ? k12(e) : round(e.k6 + k12(e), 2));
  const r12 = (e: Ev) => sum(e.rq);
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 7 },
    ...pair("5", "Target Renstra Perangkat Daerah Tahun 2026", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Renstra s.d. Renja Tahun 2023",
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
      "Realisasi Kinerja dan Anggaran Renja Tahun 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 18 },
  ];
  // planted: s2's (12) Rp typed with two digits swapped
  const R12S2 = 7_970_150_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: e.id === "s2" ? R12S2 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      // planted: s1's (14) K is the Renja capaian 12/7 x 100
      k14: e.id === "s1" ? round((k12(e) / e.k7) * 100) : k14(e),
      r14: r14(e),
      ket: e.level ? "level akhir tahun (TW IV)" : "Bidang Bina Marga",
    },
  }));
  const k14s = rows.map((e) => (e.id === "s1" ? round((k12(e) / e.k7) * 100) : k14(e)));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat Kinerja",
          k14: predikat(round(sum(k14s) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: rekonstruksi ruas Lau Baleng - Tiga Dolok tertunda karena longsor pada Triwulan I."]);
  s.gap();
  signature(s, 22, {
    tempat: "Lau Baleng, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "Ir. BONAR TUA SIMANJORANG, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730918 200003 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.03.10.2.01.0033 is 7,970,150,000; the four quarters add up to 7,907,150,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of rekonstruksi holds 12/7 x 100 = 97.22 (the Renja capaian); 13/5 x 100 = 82.3/120 x 100 = 68.58",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
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
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
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

/** T-C.27 of the Dinas PUPR Kota Pasir Mandala (NTB), Renstra 2025-2029, Rp in thousands. */
export function tc27BinaMarga(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-pupr-pasir-mandala.xlsx",
    "T-C.27 Rencana program dan pendanaan (PUPR Bina Marga)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)', unmerged group headers written once, Tahun ke-1..5 > Target | Rp, SUM formulas for program/kegiatan Rp and the kondisi akhir Rp",
  );
  const S = "T-C.27 Bina Marga";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PASIR MANDALA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas PUPR Kota Pasir Mandala 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.03.10",
      ur: "PROGRAM PENYELENGGARAAN JALAN",
      ind: "Persentase jalan kota dalam kondisi mantap",
      sat: "%",
      level: true,
      awal: 68.4,
      k: [71, 74, 77, 80, 83],
    },
    {
      id: "g",
      kode: "1.03.10.2.01",
      ur: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kota yang ditangani",
      sat: "km",
      level: false,
      awal: 12.5,
      k: [14, 15, 15.5, 16, 17],
    },
    {
      id: "s1",
      kode: "1.03.10.2.01.0017",
      ur: "Rekonstruksi Jalan",
      ind: "Panjang jalan yang direkonstruksi",
      sat: "km",
      level: false,
      awal: 3.2,
      k: [4, 4.5, 4.5, 5, 5.5],
      rp: [18_450_000, 20_100_500, 20_880_000, 23_150_000, 25_420_000],
    },
    {
      id: "s2",
      kode: "1.03.10.2.01.0033",
      ur: "Pemeliharaan Rutin Jalan",
      ind: "Panjang jalan yang dipelihara rutin",
      sat: "km",
      level: false,
      awal: 9.3,
      k: [10, 10.5, 11, 11, 11.5],
      rp: [3_860_000, 4_050_000, 4_255_000, 4_470_000, 4_690_000],
    },
    {
      id: "s3",
      kode: "1.03.11.2.01.0005",
      ur: "Rehabilitasi Jembatan",
      ind: "Jumlah jembatan yang direhabilitasi",
      sat: "unit",
      level: false,
      awal: 1,
      k: [2, 2, 3, 3, 2],
      rp: [5_200_000, 5_350_000, 7_900_000, 8_120_000, 5_780_000],
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: "(5)", fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${4 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Renstra", "Target"],
      role: "kondisi-akhir",
      num: "(16)",
      fmt: DEC,
    },
    { key: "akR", head: ["Kondisi Kinerja Akhir Renstra", "Rp"], role: "anggaran", num: "(17)", fmt: RP },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 16 },
  ];
  // planted: s2's kondisi akhir K typed 45; the five years add up to 54
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => ({
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      awal: e.awal,
      ...Object.fromEntries(
        years.flatMap((y) => [
          [`k${y}`, e.k[y - 1]],
          [`r${y}`, e.rp ? e.rp[y - 1] : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`)],
        ]),
      ),
      akK: e.id === "s2" ? 45 : e.level ? e.k[4] : round(sum(e.k), 2),
      akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
      pj: "Bidang Bina Marga",
    }),
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "first", rows: body });
  s.gap();
  s.lines(["Sumber: Renstra Dinas PUPR Kota Pasir Mandala 2025-2029 (Perwal No. 14 Tahun 2025)"]);
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of pemeliharaan rutin (km, a flow) typed 45; the five yearly targets add up to 54",
    truth: ks("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 1.03.11.2.01.0005 (Rehabilitasi Jembatan) sits under kegiatan 1.03.10.2.01",
    truth: a("kode", "g"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  for (const id of ["g", "s1", "s3"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["p", "g", "s1"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  return b.finish();
}
