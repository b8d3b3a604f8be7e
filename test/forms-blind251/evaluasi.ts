// The Renja evaluation (E.81) of the DKP Kabupaten Teluk Sangkar (Sulawesi Tenggara) and the Renstra
// funding table (T-C.27) of the DKP Kota Pantai Lirang (Kalimantan Barat): mangrove planted, survival
// rate, POKMASWAS and abrasi. Every office, person and number is invented.
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
  k: [number, number, number];
  q: number[];
  rp?: { r5: number; r6: number; r7: number; rq: number[] };
};

/** E.81 s.d. Triwulan IV 2024 of the Dinas Kelautan dan Perikanan Kabupaten Teluk Sangkar. */
export function e81Mangrove(): BookW {
  const b = new BookW(
    "e81-renja-dkp-mangrove-teluk-sangkar.xlsx",
    "E.81 Evaluasi Renja (DKP mangrove)",
    "E.81 s.d. TW IV 2024, Renstra 2022-2026; calendar years in the group headers; Kinerja | Keuangan pairs; a second indicator (survival rate, a level) without code or Rp under a sub kegiatan; number row per column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TELUK SANGKAR",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Poros Pelabuhan Lamboa Km. 3, Teluk Sangkar",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Kelautan dan Perikanan Kabupaten Teluk Sangkar",
    "Renstra 2022-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "3.25.02.2.01.0004",
    ur: "Rehabilitasi Ekosistem Mangrove Berbasis Masyarakat",
    ind: "Jumlah bibit mangrove yang ditanam",
    sat: "batang",
    level: false,
    k: [600_000, 318_500, 140_000],
    q: [0, 42_000, 61_500, 39_000],
    rp: {
      r5: 7_850_000_000,
      r6: 4_120_450_000,
      r7: 1_760_000_000,
      rq: [95_300_000, 512_800_000, 688_150_000, 401_200_000],
    },
  };
  const s1b: E = {
    id: "s1b",
    kode: "",
    ur: "",
    ind: "Tingkat kelangsungan hidup (survival rate) bibit mangrove",
    sat: "%",
    level: true,
    k: [80, 76.5, 78],
    q: [85, 82.5, 80.1, 78.4],
  };
  const s2: E = {
    id: "s2",
    kode: "3.25.02.2.01.0007",
    ur: "Pembinaan Kelompok Masyarakat Pengawas (POKMASWAS) Pesisir",
    ind: "Jumlah POKMASWAS yang dibina",
    sat: "kelompok",
    level: false,
    k: [60, 31, 14],
    q: [3, 4, 4, 3],
    rp: {
      r5: 1_450_000_000,
      r6: 742_600_000,
      r7: 310_000_000,
      rq: [52_400_000, 81_750_000, 90_300_000, 78_950_000],
    },
  };
  const rpSum = {
    r5: s1.rp!.r5 + s2.rp!.r5,
    r6: s1.rp!.r6 + s2.rp!.r6,
    r7: s1.rp!.r7 + s2.rp!.r7,
    rq: [0, 1, 2, 3].map((i) => s1.rp!.rq[i] + s2.rp!.rq[i]),
  };
  const keg: E = {
    id: "keg",
    kode: "3.25.02.2.01",
    ur: "Pengelolaan Ruang Laut dan Ekosistem Pesisir",
    ind: "Luas kawasan mangrove yang direhabilitasi",
    sat: "ha",
    level: false,
    k: [120, 64, 28],
    q: [0, 6, 14, 9],
    rp: rpSum,
  };
  const prog: E = {
    id: "prog",
    kode: "3.25.02",
    ur: "PROGRAM PENGELOLAAN KELAUTAN, PESISIR DAN PULAU-PULAU KECIL",
    ind: "Persentase luas mangrove dalam kondisi baik",
    sat: "%",
    level: true,
    k: [75, 58.2, 64],
    q: [59, 60.8, 62.5, 65.1],
    rp: rpSum,
  };
  const rows = [prog, keg, s1, s1b, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r12 = (e: E) => sum(e.rp!.rq);
  const r13 = (e: E) => e.rp!.r6 + r12(e);
  const r14 = (e: E) => round((r13(e) / e.rp!.r5) * 100);
  const pair = (n: string, g: string, kr: Col["role"], rr: Col["role"], year?: number, num = n): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], num: 3, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: 4,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a" },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja PD Tahun 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  // planted: s2's (12) K typed 17 (quarters 3+4+4+3 = 14); s1's (13) Rp typed 5,871,900,000 (6 + 12 = 5,817,900,000)
  const body: Row[] = rows.map((e, i) => {
    const c: Record<string, number | string> = {
      no: e.kode ? i + (i > 3 ? 0 : 1) : "",
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k[0],
      k6: e.k[1],
      k7: e.k[2],
      k12: e.id === "s2" ? 17 : k12(e),
      k13: k13(e),
      k14: k14(e),
      pj: e.id === "s2" ? "Bidang Pengawasan SDKP" : "Bidang Pesisir dan PPK",
    };
    e.q.forEach((v, j) => (c[`k${8 + j}`] = v));
    if (e.rp) {
      Object.assign(c, { r5: e.rp.r5, r6: e.rp.r6, r7: e.rp.r7, r12: r12(e), r14: r14(e) });
      c.r13 = e.id === "s1" ? 5_871_900_000 : r13(e);
      e.rp.rq.forEach((v, j) => (c[`r${8 + j}`] = v));
    }
    if (!e.kode) for (const k of ["no", "kode", "ur"]) delete c[k];
    return { id: e.id, cells: c };
  });
  const kAvg = round(sum(rows.map(k14)) / rows.length);
  const rAvg = round(sum(rows.filter((e) => e.rp).map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: predikat(kAvg), r14: predikat(rAvg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: partisipasi kelompok tani mangrove dan dukungan CSR pelabuhan.",
    "Faktor penghambat: gelombang tinggi Triwulan I dan serangan hama teritip pada bibit muda.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Teluk Sangkar, 17 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "Ir. LA ODE SAMRUDIN TAMBERA, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19721104 199903 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 3.25.02.2.01.0007 (POKMASWAS dibina, a flow) is 17; the quarters 3+4+4+3 give 14",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 3.25.02.2.01.0004 is 5,871,900,000; 6 + 12 = 4,120,450,000 + 1,697,450,000 = 5,817,900,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  for (const id of ["prog", "s1b"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s1b", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s2"])
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
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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

/** T-C.27 of the DKP Kota Pantai Lirang (Kalimantan Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Pesisir(): BookW {
  const b = new BookW(
    "tc27-renstra-dkp-pesisir-pantai-lirang.xlsx",
    "T-C.27 Rencana program dan pendanaan (DKP pesisir)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 over Target | Rp with the years only in the title; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; a second indicator (survival rate) without code; kondisi akhir Rp = SUM over the Rp columns",
  );
  const S = "Tabel T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PANTAI LIRANG", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.25.02",
      ur: "Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil",
      ind: "Persentase garis pantai kritis yang tertangani",
      sat: "%",
      level: true,
      awal: 22.5,
      k: [27, 32, 37, 42, 47],
    },
    {
      id: "g",
      kode: "3.25.02.2.01",
      ur: "Pengelolaan Ruang Laut dan Ekosistem Pesisir",
      ind: "Luas rehabilitasi mangrove",
      sat: "ha",
      level: false,
      awal: 35,
      k: [40, 45, 45, 50, 50],
    },
    {
      id: "s1",
      kode: "3.25.02.2.01.0004",
      ur: "Rehabilitasi Ekosistem Mangrove",
      ind: "Jumlah bibit mangrove yang ditanam",
      sat: "batang",
      level: false,
      awal: 95_000,
      k: [100_000, 110_000, 110_000, 120_000, 120_000],
      rp: [1_245_000, 1_318_500, 1_402_300, 1_476_800, 1_553_900],
    },
    {
      id: "s1b",
      kode: "",
      ur: "",
      ind: "Tingkat kelangsungan hidup (survival rate) bibit mangrove",
      sat: "%",
      level: true,
      awal: 72,
      k: [75, 77, 80, 82, 85],
    },
    {
      id: "s2",
      kode: "3.25.02.2.01.0007",
      ur: "Fasilitasi Pengawasan oleh POKMASWAS",
      ind: "Jumlah laporan pengawasan POKMASWAS",
      sat: "laporan",
      level: false,
      awal: 10,
      k: [12, 12, 12, 12, 12],
      rp: [186_400, 192_000, 197_800, 203_700, 209_800],
    },
    {
      id: "s3",
      kode: "3.25.03.2.01.0009",
      ur: "Pembangunan Alat Pemecah Ombak Ramah Lingkungan",
      ind: "Panjang alat pemecah ombak (APO) terbangun",
      sat: "meter",
      level: false,
      awal: 120,
      k: [150, 200, 200, 250, 250],
      rp: [2_150_000, 2_380_000, 2_410_000, 2_655_000, 2_700_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 5,
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
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
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p) => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the survival rate's kondisi akhir is the average of the five targets (79.80), not 85
          akK: p.id === "s1b" ? round(sum(p.k) / 5) : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Pengelolaan Pesisir",
          lok: "Kota Pantai Lirang",
        };
        if (!p.kode) for (const k of ["kode", "ur"]) delete out[k];
        Y.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp is a typed 4,100,100 (its sub kegiatan give 4,010,100)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 4_100_100 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else if (p.id === "p") out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        if (p.id !== "s1b")
          out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Pantai Lirang, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "KOTA PANTAI LIRANG"],
    nama: "H. SYARIF MUHAMMAD ALKADRIE, S.Pi., M.M.",
    nip: "19800317 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  const subs = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 3.25.02.2.01 Tahun ke-3 (2027) Rp is a typed 4,100,100 among SUM formulas; its sub kegiatan add up to 4,010,100",
    truth: subs(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s1b") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the survival rate (a %) is 79.80, the average of the five targets; the Tahun ke-5 target is 85",
    truth: a("k5", "s1b"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembangunan Alat Pemecah Ombak is coded 3.25.03.2.01.0009 under kegiatan 3.25.02.2.01",
    truth: `"3.25.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  }
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subs(y) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.25.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
