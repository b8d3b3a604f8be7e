// The Renja evaluation (E.81) of the Diskominfo Kabupaten Lembah Sariak (Sumatera Barat) on statistik
// sektoral, and the Renstra funding table (T-C.27) of the Diskominfo Kota Banua Tanjung (Kalimantan
// Selatan) on persandian. Every name, person and number is invented.
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

type E = {
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

/** E.81 s.d. Triwulan IV 2024, Diskominfo Lembah Sariak: Kinerja | Keuangan (Rp), calendar years, no No column. */
export function e81Statistik(): BookW {
  const b = new BookW(
    "e81-statistik-sektoral-lembah-sariak-2024.xlsx",
    "E.81 Evaluasi Renja (statistik sektoral)",
    "E.81 s.d. TW IV 2024, Renstra 2022-2026; calendar years in the headers; Kinerja | Keuangan (Rp) pairs; no No column; number row merged over pairs; a level row (% metadata SDI) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIAK",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "Jl. Bagindo Aziz Chan No. 17, Sariak Gadang",
  ]);
  s.lines([
    "Tabel Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Lembah Sariak",
    "Renstra PD Tahun 2022-2026; Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.20.02.2.01.0001",
      ur: "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
      ind: "Jumlah rekomendasi kegiatan statistik sektoral dari BPS",
      sat: "rekomendasi",
      level: false,
      k5: 50,
      k6: 19,
      k7: 11,
      q: [1, 3, 4, 4],
      r5: 1_650_000_000,
      r6: 612_480_000,
      r7: 345_000_000,
      rq: [41_250_000, 86_900_000, 97_615_000, 109_380_000],
    },
    {
      id: "s2",
      kode: "2.20.02.2.01.0002",
      ur: "Penyelenggaraan Satu Data Indonesia di Lingkup Daerah",
      ind: "Jumlah dataset yang dipublikasi pada portal Satu Data Lembah Sariak",
      sat: "dataset",
      level: false,
      k5: 900,
      k6: 468,
      k7: 180,
      q: [22, 41, 58, 63],
      r5: 2_480_000_000,
      r6: 1_105_730_000,
      r7: 540_000_000,
      rq: [63_400_000, 128_250_000, 149_820_000, 176_910_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.20.02.2.01",
    ur: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten",
    ind: "Jumlah dokumen statistik sektoral yang diterbitkan",
    sat: "dokumen",
    level: false,
    k5: 20,
    k6: 8,
    k7: 4,
    q: [0, 1, 1, 2],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.20.02",
    ur: "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
    ind: "Persentase data statistik sektoral yang memenuhi metadata SDI",
    sat: "%",
    level: true,
    k5: 90,
    k6: 58.2,
    k7: 70,
    q: [60.4, 63.9, 67.5, 72.6],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const r13 = (e: E) => e.r6 + r12(e);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "2",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome)/ Kegiatan (Output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 10 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
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
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 10 },
  ];
  // planted: (12) Rp of .0002 typed 581,380,000 (quarters 518,380,000); (13) Rp of .0001 typed 100 million over 6 + 12
  const R12S2 = 581_380_000;
  const R13S1 = r13(subs[0]) + 100_000_000;
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: e.id === "s2" ? R12S2 : r12(e),
      k13: k13(e),
      r13: e.id === "s1" ? R13S1 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Statistik",
      ket: e.level ? "posisi TW IV" : undefined,
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
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
          kode: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: forum Satu Data dan pembinaan statistik sektoral oleh BPS Kabupaten.",
    "Tindak lanjut: percepatan pengisian metadata SDI oleh produsen data.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sariak Gadang, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA,", "STATISTIK DAN PERSANDIAN"],
    nama: "Drs. AFRIZAL DT. BAGINDO SATI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720308 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.20.02.2.01.0002 is 581,380,000; the four quarters add up to 518,380,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 2.20.02.2.01.0001 is 1,047,625,000; 6 + 12 = 612,480,000 + 335,145,000 = 947,625,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
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
  for (const id of ["prog", "keg", "s1", "s2"])
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
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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

/** T-C.27 Renstra 2025-2029, Diskominfo Kota Banua Tanjung: persandian, Rp in thousands, a Lokasi column. */
export function tc27Persandian(): BookW {
  const b = new BookW(
    "tc27-persandian-banua-tanjung-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (persandian)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; group headers written once (unmerged); Tahun ke-1..5 over Target | Rp; kegiatan Rp = SUM of its sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = SUM of the five Rp; an index, a % and flows",
  );
  const S = "Tabel 5.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANUA TANJUNG", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Tabel 5.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kominfo Kota Banua Tanjung",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.21.02",
      ur: "PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI",
      ind: "Indeks keamanan informasi (KAMI) Pemerintah Kota",
      sat: "nilai",
      level: true,
      awal: 2.45,
      k: [2.6, 2.8, 3.0, 3.2, 3.5],
    },
    {
      id: "g",
      kode: "2.21.02.2.01",
      ur: "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kota",
      ind: "Persentase perangkat daerah yang menerapkan sertifikat elektronik",
      sat: "%",
      level: true,
      awal: 38,
      k: [45, 55, 65, 75, 85],
    },
    {
      id: "s1",
      kode: "2.21.02.2.01.0001",
      ur: "Penyediaan Kebijakan, Tata Kelola, Pengamanan Persandian dan Keamanan Informasi",
      ind: "Jumlah dokumen kebijakan keamanan informasi yang disusun",
      sat: "dokumen",
      level: false,
      awal: 2,
      k: [2, 2, 3, 2, 2],
      rp: [185_400, 192_800, 236_500, 208_300, 216_700],
    },
    {
      id: "s2",
      kode: "2.21.02.2.01.0002",
      ur: "Pelaksanaan Analisis Kebutuhan dan Pengelolaan Sumber Daya Keamanan Informasi",
      ind: "Jumlah layanan sertifikat elektronik yang diterbitkan",
      sat: "sertifikat",
      level: false,
      awal: 240,
      k: [300, 320, 340, 360, 380],
      rp: [154_600, 161_200, 168_900, 176_300, 184_400],
    },
    {
      id: "s3",
      kode: "2.21.02.2.01.0003",
      ur: "Penyediaan Layanan Keamanan Informasi Pemerintah Daerah Kota",
      ind: "Persentase insiden siber yang ditangani",
      sat: "%",
      level: true,
      awal: 82,
      k: [85, 88, 90, 93, 95],
      rp: [412_750, 448_100, 476_300, 503_900, 531_250],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 5,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the index's kondisi akhir is the Tahun ke-4 target 3.20 (Tahun ke-5: 3.50)
          akK: p.id === "p" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          akR: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
          pj: "Bidang Persandian",
          lok: "Kota Banua Tanjung",
        };
        years.forEach((y) => {
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp sums only two of its three sub kegiatan
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
          out[`k${y}`] = p.k[y - 1];
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator indeks dan persentase = target tahun ke-5."]);
  s.gap();
  signature(s, 15, {
    tempat: "Banua Tanjung, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "KOTA BANUA TANJUNG"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.T., M.M.",
    nip: "19770419 200312 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const subsum = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 2.21.02.2.01 Tahun ke-3 Rp is =SUM over two sub kegiatan (405,400); with .0003's 476,300 it is 881,700",
    truth: subsum(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the Indeks KAMI (a level) is 3.20, the Tahun ke-4 target; the Tahun ke-5 target is 3.50",
    truth: a("k5", "p"),
  });
  for (const id of ["g", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subsum(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.21.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
