// Performance forms of the seventy-ninth unseen set: an E.81 evaluation of the Renja 2024 of the Dinas
// ESDM Provinsi Maluku with quarters K | Rp, a Renstra T-C.27 2025-2029 of the Dinas ESDM Provinsi Nusa
// Tenggara Barat with target and Rp per year, and an IKU measurement of the Dinas ESDM Maluku with
// 'Naik / Turun' indicators. Every office, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ============================================================ E.81 Renja 2024, Dinas ESDM Maluku

type E = {
  id: string;
  kd: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  trp?: number;
  q: number[];
  qrp?: number[];
  level?: boolean;
  kids?: string[];
};

export function e81Maluku(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-esdm-maluku-2024.xlsx",
    "E.81 evaluation of the Renja, quarters K and Rp",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Renja Tahun 2024' > K | Rp | 'Realisasi Kinerja dan Anggaran pada Triwulan' > I .. IV > K | Rp | 'Realisasi Capaian Tahun 2024' > K | Rp | 'Tingkat Capaian Renja 2024 (%)' > K | Rp | Unit Penanggung Jawab; three header rows, no number row; rasio / bauran take TW IV, counts the sum",
  );
  const S = "E.81";
  const s = b.sheet(S);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENCANA KERJA PERANGKAT DAERAH",
    "DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI MALUKU",
    "Periode Pelaksanaan: Triwulan IV Tahun Anggaran 2024",
  ]);
  const xs: E[] = [
    {
      id: "p1",
      kd: "3.28.05",
      ur: "PROGRAM PENGELOLAAN KETENAGALISTRIKAN",
      ind: "Rasio elektrifikasi provinsi",
      sat: "%",
      tk: 96.5,
      q: [94.81, 95.12, 95.64, 96.02],
      level: true,
      kids: ["k1"],
    },
    {
      id: "k1",
      kd: "3.28.05.2.01",
      ur: "Penyediaan Tenaga Listrik dalam Rangka Meningkatkan Rasio Elektrifikasi",
      ind: "Jumlah rumah tangga tidak mampu yang mendapat sambungan listrik",
      sat: "RT",
      tk: 1500,
      q: [0, 310, 455, 402],
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kd: "3.28.05.2.01.0004",
      ur: "Bantuan Pasang Baru Listrik bagi Rumah Tangga Tidak Mampu",
      ind: "Jumlah rumah tangga penerima bantuan pasang baru listrik",
      sat: "RT",
      tk: 1200,
      trp: 2160000000,
      q: [0, 310, 455, 402],
      qrp: [48500000, 552400000, 818100000, 722600000],
    },
    {
      id: "s2",
      kd: "3.28.04.2.01.0003",
      ur: "Pembangunan Jaringan Distribusi Listrik Desa Terisolir",
      ind: "Panjang jaringan tegangan rendah terbangun",
      sat: "kms",
      tk: 18,
      trp: 3420000000,
      q: [0, 0, 7.5, 9.8],
      qrp: [0, 0, 1368000000, 2881000000],
    },
    {
      id: "p2",
      kd: "3.28.04",
      ur: "PROGRAM PENGELOLAAN ENERGI BARU TERBARUKAN",
      ind: "Bauran energi baru terbarukan",
      sat: "%",
      tk: 12.5,
      q: [10.9, 11.3, 11.8, 12.1],
      level: true,
      kids: ["k2"],
    },
    {
      id: "k2",
      kd: "3.28.04.2.01",
      ur: "Pelaksanaan Konservasi Energi dan Pemanfaatan Energi Baru Terbarukan",
      ind: "Jumlah PJU tenaga surya terpasang",
      sat: "unit",
      tk: 320,
      q: [0, 85, 130, 96],
      kids: ["s3"],
    },
    {
      id: "s3",
      kd: "3.28.04.2.01.0002",
      ur: "Pemasangan Penerangan Jalan Umum Tenaga Surya",
      ind: "Jumlah PJU-TS terpasang",
      sat: "unit",
      tk: 320,
      trp: 4416000000,
      q: [0, 85, 130, 96],
      qrp: [36200000, 1173000000, 1794000000, 1324800000],
    },
  ];
  const TG = "Target Renja Tahun 2024";
  const RQ = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const RY = "Realisasi Capaian Tahun 2024";
  const TC = "Tingkat Capaian Renja 2024 (%)";
  const QS = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "kd", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tk", head: [TG, "K"], role: "target", year: 2024, fmt: "#,##0.##", width: 8 },
    { key: "trp", head: [TG, "Rp"], role: "anggaran", year: 2024, fmt: RP, width: 15 },
    ...QS.flatMap((q, j): Col[] => [
      { key: `q${j}k`, head: [RQ, q, "K"], role: "realisasi", year: 2024, fmt: "#,##0.##", width: 8 },
      { key: `q${j}rp`, head: [RQ, q, "Rp"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 14 },
    ]),
    { key: "rk", head: [RY, "K"], role: "realisasi", year: 2024, fmt: "#,##0.##", width: 8 },
    { key: "rrp", head: [RY, "Rp"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 15 },
    { key: "ck", head: [TC, "K"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    { key: "crp", head: [TC, "Rp"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kd: x.kd, ur: x.ur, ind: x.ind, sat: x.sat, tk: x.tk };
      const kidsSum = (key: string) => fx((x.kids ?? []).map((k) => c.a(key, k)).join("+"));
      out.trp = x.trp ?? kidsSum("trp");
      x.q.forEach((v, j) => {
        out[`q${j}k`] = v;
        out[`q${j}rp`] = x.qrp ? x.qrp[j] : kidsSum(`q${j}rp`);
      });
      out.rk = x.level ? fx(c.a("q3k")) : fx(`SUM(${c.a("q0k")},${c.a("q1k")},${c.a("q2k")},${c.a("q3k")})`);
      out.rrp = fx(`SUM(${c.a("q0rp")},${c.a("q1rp")},${c.a("q2rp")},${c.a("q3rp")})`);
      out.ck = fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`);
      out.crp = fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`);
      out.pj =
        x.id.startsWith("p") || x.id === "k1" || x.id === "s1" || x.id === "s2"
          ? "Bidang Ketenagalistrikan"
          : "Bidang EBTKE";
      if (x.id === "p2" || x.id === "k2" || x.id === "s3") out.pj = "Bidang EBTKE";
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Catatan: rasio elektrifikasi dan bauran EBT adalah nilai posisi; realisasi tahunan = nilai Triwulan IV.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Ambon Raya, 15 Januari 2025",
    jabatan: ["Kepala Dinas Energi dan Sumber Daya Mineral", "Provinsi Maluku,"],
    nama: "Dr. Ir. FREDRIK A. SOPLANIT, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700418 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kd", "s2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan jaringan distribusi coded 3.28.04.2.01.0003 (copied from the EBT block) under kegiatan 3.28.05.2.01",
    truth: a("kd", "k1"),
    actual: `PARENT(${a("kd", "s2")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rrp", "s2") },
        { sheet: S, cell: a("crp", "s2") },
        { sheet: S, cell: a("q3rp", "s2") },
      ],
    },
    rules: ["serapan-over-100", "capaian-mismatch"],
    note: "jaringan distribusi: TW IV Rp typed 2,881,000,000 for 1,881,000,000 (SP2D), so the year's 4,249,000,000 is 124.24 % of the pagu 3,420,000,000; the SP2D give 3,249,000,000 (95.00 %)",
    truth: "3249000000",
    tol: 0.5,
  });
  const qsum = (id: string) => `${a("q0k", id)}+${a("q1k", id)}+${a("q2k", id)}+${a("q3k", id)}`;
  b.ok({
    sheet: S,
    cell: a("rk", "p1"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: a("q3k", "p1"),
    trap: qsum("p1"),
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p2"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: a("q3k", "p2"),
    trap: qsum("p2"),
  });
  b.ok({
    sheet: S,
    cell: a("rk", "s3"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: qsum("s3"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "p1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rk", "p1")}/${a("tk", "p1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kd", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kd", "k1"),
    actual: `PARENT(${a("kd", "s1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "p2"),
    rules: ["sum-mismatch"],
    truth: a("trp", "s3"),
    tol: 0.5,
  });
  return b.finish();
}

// ============================================== Renstra T-C.27 2025-2029, Dinas ESDM NTB

type R = {
  id: string;
  kd: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  rp?: number[];
  akhir: "last" | "sum";
  kids?: string[];
};

export function tc27Ntb(): BookW {
  const b = new BookW(
    "renstra-tc27-2025-2029-esdm-ntb.xlsx",
    "Renstra T-C.27 (program, kegiatan, indikator, target and pagu per year)",
    "Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan | Data Capaian Tahun Awal Perencanaan (2024) | 'Target Kinerja dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja Penanggung Jawab; three header rows; number row 1 .. 19 ('pairs'); a SAIDI row (lower is better) without code; program Rp adds its kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan dan Pendanaan Dinas Energi dan Sumber Daya Mineral",
      "Provinsi Nusa Tenggara Barat Tahun 2025 - 2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const xs: R[] = [
    {
      id: "p1",
      kd: "3.28.05",
      ur: "Program Pengelolaan Ketenagalistrikan",
      ind: "Rasio elektrifikasi",
      sat: "%",
      awal: 97.12,
      tg: [97.6, 98.1, 98.6, 99.1, 99.6],
      akhir: "last",
      kids: ["k1"],
    },
    {
      id: "p1b",
      kd: "",
      ur: "",
      ind: "Lama padam rata-rata pelanggan (SAIDI)",
      sat: "jam/plg/th",
      awal: 14.6,
      tg: [13.8, 12.9, 12.0, 11.2, 10.5],
      akhir: "last",
    },
    {
      id: "k1",
      kd: "3.28.05.2.01",
      ur: "Penyediaan Tenaga Listrik dalam Rangka Meningkatkan Rasio Elektrifikasi",
      ind: "Jumlah rumah tangga tidak mampu yang mendapat sambungan listrik",
      sat: "RT",
      awal: 1150,
      tg: [1200, 1200, 1250, 1250, 1300],
      rp: [2280000000, 2340000000, 2475000000, 2537500000, 2678000000],
      akhir: "sum",
    },
    {
      id: "p2",
      kd: "3.28.04",
      ur: "Program Pengelolaan Energi Baru Terbarukan",
      ind: "Bauran energi baru terbarukan",
      sat: "%",
      awal: 14.8,
      tg: [16.0, 17.5, 15.9, 20.5, 22.0],
      akhir: "last",
      kids: ["k2"],
    },
    {
      id: "k2",
      kd: "3.28.04.2.01",
      ur: "Pelaksanaan Konservasi Energi dan Pemanfaatan Energi Baru Terbarukan",
      ind: "Kapasitas PLTS terpasang",
      sat: "kWp",
      awal: 420,
      tg: [150, 175, 200, 225, 250],
      rp: [9225000000, 10587500000, 11900000000, 13162500000, 14375000000],
      akhir: "sum",
    },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  let n = 1;
  const num = () => n++;
  const cols: Col[] = [
    { key: "kd", head: ["Kode"], role: "kode", num: num(), width: 14 },
    { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", num: num(), width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: num(),
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 9 },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: num(),
      fmt: "#,##0.##",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => {
      const k = num();
      return [
        {
          key: `t${y}`,
          head: [G, String(y), "Target"],
          role: "target",
          year: y,
          num: k,
          fmt: "#,##0.##",
          width: 9,
        },
        { key: `r${y}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, num: k, fmt: RP, width: 15 },
      ];
    }),
    {
      key: "ak",
      head: [KA, "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: num(),
      fmt: "#,##0.##",
      width: 10,
    },
    { key: "arp", head: [KA, "Rp"], role: "anggaran", year: 2029, num: num(), fmt: RP, width: 16 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 16 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        kd: x.kd || null,
        ur: x.ur || null,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
      };
      Y.forEach((y, j) => {
        out[`t${y}`] = x.tg[j];
        if (x.rp) out[`r${y}`] = x.rp[j];
        else if (x.kids) out[`r${y}`] = fx(x.kids.map((k) => c.a(`r${y}`, k)).join("+"));
      });
      out.ak = x.akhir === "last" ? fx(c.a("t2029")) : fx(`SUM(${Y.map((y) => c.a(`t${y}`)).join(",")})`);
      if (x.rp || x.kids) {
        // planted: the kWp kegiatan's Rp total stops at 2028
        const ys = x.id === "k2" ? Y.slice(0, 4) : Y;
        out.arp = fx(`SUM(${ys.map((y) => c.a(`r${y}`)).join(",")})`);
      }
      out.pj = x.id.endsWith("2") ? "Bidang EBTKE" : "Bidang Ketenagalistrikan";
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  signature(s, 14, {
    tempat: "Mataram Lestari, 3 Maret 2025",
    jabatan: ["Kepala Dinas ESDM Provinsi NTB,"],
    nama: "Ir. H. MUHAMMAD ZULKARNAEN ARSYAD, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690925 199403 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "p2") },
    rules: ["target-trend", "target-outlier"],
    note: "bauran EBT target 2027 typed 15.9 (19.5 with the digits swapped): 16.0, 17.5, 15.9, 20.5, 22.0 dips below 2025",
    truth: `(${a("t2026", "p2")}+${a("t2028", "p2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("arp", "k2") },
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    note: "kondisi akhir Rp of the PLTS kegiatan =SUM(2025..2028) = 44,875,000,000 leaves out 2029 (14,375,000,000); the five years give 59,250,000,000",
    truth: Y.map((y) => a(`r${y}`, "k2")).join("+"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "p1"),
    trap: `SUM(${a("t2025", "p1")}:${a("t2029", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "p1b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "p1b"),
    trap: a("awal", "p1b"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`t${y}`, "k1")).join("+"),
    trap: a("t2029", "k1"),
    tol: 0.5,
  });
  b.ok({ sheet: S, cell: a("t2027", "p1b"), rules: ["target-trend"], truth: "12", trap: a("t2026", "p1b") });
  b.ok({
    sheet: S,
    cell: a("arp", "k1"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`r${y}`, "k1")).join("+"),
    tol: 0.5,
  });
  b.ok({ sheet: S, cell: a("r2026", "p1"), rules: ["sum-mismatch"], truth: a("r2026", "k1"), tol: 0.5 });
  return b.finish();
}

// ================================================ IKU measurement 2024, Dinas ESDM Maluku

type I = { id: string; sas: string; ind: string; sat: string; arah: "Naik" | "Turun"; t: number; r: number };

export function ikuMaluku(): BookW {
  const b = new BookW(
    "pengukuran-iku-naik-turun-esdm-maluku-2024.xlsx",
    "Pengukuran kinerja IKU 2024 (Dinas ESDM Provinsi)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Arah (Naik / Turun) | Target 2024 | Realisasi 2024 | % Capaian | Kategori; refleksi (2T - R) / T for 'Turun' rows; typed kategori in Sangat Tinggi .. Sangat Rendah; a revenue above target",
  );
  const S = "IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["PENGUKURAN KINERJA INDIKATOR KINERJA UTAMA", "DINAS ESDM PROVINSI MALUKU TAHUN 2024"]);
  const S1 = "Meningkatnya akses masyarakat terhadap energi listrik";
  const S2 = "Meningkatnya tata kelola pertambangan dan penerimaan daerah";
  const xs: I[] = [
    { id: "i1", sas: S1, ind: "Rasio elektrifikasi", sat: "%", arah: "Naik", t: 93.5, r: 92.84 },
    { id: "i2", sas: S1, ind: "Persentase desa belum berlistrik", sat: "%", arah: "Turun", t: 4.0, r: 5.1 },
    { id: "i3", sas: S1, ind: "Bauran energi baru terbarukan", sat: "%", arah: "Naik", t: 9.5, r: 8.1 },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah kasus pertambangan tanpa izin (PETI)",
      sat: "kasus",
      arah: "Turun",
      t: 12,
      r: 9,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Penerimaan daerah sub sektor ESDM",
      sat: "miliar Rp",
      arah: "Naik",
      t: 48.5,
      r: 53.2,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "arah", head: ["Arah (Naik / Turun)"], role: "polaritas", width: 9 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.##", width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: "#,##0.##", width: 10 },
    { key: "c", head: ["% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "k", head: ["Kategori"], role: "predikat", width: 14 },
  ];
  const capOf = (x: I) =>
    x.arah === "Turun" && x.id !== "i2" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100;
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      arah: x.arah,
      t: x.t,
      r: x.r,
      // planted: the desa belum berlistrik row (Turun) uses R / T like the Naik rows
      c:
        x.arah === "Turun" && x.id !== "i2"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      // planted: the bauran EBT kategori taken from the wrong band
      k: x.id === "i3" ? "Sangat Tinggi" : predikat(Math.round(capOf(x) * 100) / 100),
    }),
  }));
  const t = s.table({ cols, headerRows: 1, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Kategori capaian (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
    "Indikator Turun: capaian = (2 x target - realisasi) / target x 100%.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Ambon Raya, 29 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Ir. MARTHINUS J. RAHANTOKNAM, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19711102 199703 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "persentase desa belum berlistrik (Turun) =ROUND(R/T*100) = 127.50; the refleksi (2 x 4.0 - 5.1) / 4.0 x 100 gives 72.50 (Sedang, not Sangat Tinggi)",
    truth: refl("i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i3") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Sangat Tinggi' for the bauran EBT capaian 85.26; the band > 75 s.d. 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("i4"),
    trap: rt("i4"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
    truth: rt("i5"),
    trap: "100",
  });
  b.ok({ sheet: S, cell: a("k", "i4"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i4")})` });
  b.ok({ sheet: S, cell: a("k", "i1"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i1")})` });
  b.ok({ sheet: S, cell: a("c", "i1"), rules: ["capaian-mismatch"], truth: rt("i1") });
  return b.finish();
}
