// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two BKPSDM: pengembangan
// kompetensi 20 JP, indeks profesionalitas ASN, kenaikan pangkat tepat waktu. Every name and number is
// invented.
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
  r?: [number, number, number];
  rq?: number[];
};

/** E.81 of the BKPSDM Kabupaten Lembah Sipora Jaya (Sumatera Barat), s.d. Triwulan IV 2025. */
export function e81Bkpsdm(): BookW {
  const b = new BookW(
    "e81-bkpsdm-lembah-sipora-jaya-350.xlsx",
    "E.81 Evaluasi Renja (BKPSDM)",
    "E.81 s.d. Triwulan IV 2025, Renstra 2021-2026; K / Rp pairs under merged groups; number row merged per pair; level row (% ASN 20 JP); program and kegiatan Rp as formulas; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIPORA JAYA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines(
    [
      "FORMULIR E.81 - EVALUASI HASIL RENJA BKPSDM",
      "Periode pelaksanaan: s.d. Triwulan IV Tahun Anggaran 2025",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const rows: E[] = [
    {
      id: "prog",
      kode: "5.03.02",
      ur: "PROGRAM KEPEGAWAIAN DAERAH",
      ind: "Persentase ASN yang memenuhi pengembangan kompetensi minimal 20 JP",
      sat: "%",
      level: true,
      k: [85, 68.2, 75],
      q: [41.5, 55.8, 66.1, 77.3],
    },
    {
      id: "keg",
      kode: "5.03.02.2.03",
      ur: "Pengembangan Kompetensi Pegawai ASN",
      ind: "Jumlah ASN yang mengikuti pengembangan kompetensi",
      sat: "orang",
      level: false,
      k: [1840, 932, 400],
      q: [47, 121, 147, 78],
    },
    {
      id: "s1",
      kode: "5.03.02.2.03.0001",
      ur: "Pengembangan Kompetensi Manajerial dan Teknis ASN",
      ind: "Jumlah ASN yang mengikuti pelatihan manajerial dan teknis",
      sat: "orang",
      level: false,
      k: [1200, 610, 260],
      q: [35, 80, 95, 48],
      r: [3_450_000_000, 1_812_400_000, 745_000_000],
      rq: [84_250_000, 226_900_000, 271_350_000, 148_600_000],
    },
    {
      id: "s2",
      kode: "5.03.02.2.03.0003",
      ur: "Pengembangan Kompetensi Fungsional dan Sosial Kultural",
      ind: "Jumlah ASN yang mengikuti pelatihan fungsional",
      sat: "orang",
      level: false,
      k: [640, 322, 140],
      q: [12, 41, 52, 30],
      r: [2_180_000_000, 1_104_750_000, 468_500_000],
      rq: [51_400_000, 139_250_000, 167_800_000, 92_300_000],
    },
  ];
  const pair = (n: string, g: string, role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [g, "K"], role, year, num: n, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rrole, year, num: n, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra pada Tahun 2026 (Akhir Periode Renstra)", "target", "anggaran", 2026),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2025", "target", "anggaran", 2025),
    ...pair("8", "Realisasi Triwulan I", "realisasi", "realisasi-anggaran", 2025),
    ...pair("9", "Realisasi Triwulan II", "realisasi", "realisasi-anggaran", 2025),
    ...pair("10", "Realisasi Triwulan III", "realisasi", "realisasi-anggaran", 2025),
    ...pair("11", "Realisasi Triwulan IV", "realisasi", "realisasi-anggaran", 2025),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2025",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2025 (13 = 6 + 12)",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%) (14 = 13 / 5 x 100)",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit OPD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  const R13S2 = 1_565_500_000; // planted: 6 + 12 = 1,555,500,000
  const K14KEG = 71.2; // planted: (932 + 393) / 1840 = 72.01
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => {
      const A = (k: string, id = e.id) => x.a(k, id);
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        no: i + 1,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k[0],
        k6: e.k[1],
        k7: e.k[2],
        pj: "Bidang Pengembangan Kompetensi",
      };
      e.q.forEach((v, j) => (out[`k${8 + j}`] = v));
      for (const n of ["5", "6", "7", "8", "9", "10", "11"]) {
        const m = Number(n);
        if (e.r) out[`r${n}`] = m <= 7 ? e.r[m - 5] : e.rq![m - 8];
        else if (e.id === "keg") out[`r${n}`] = fx(`${A(`r${n}`, "s1")}+${A(`r${n}`, "s2")}`);
        else out[`r${n}`] = fx(A(`r${n}`, "keg"));
      }
      const q4 = (p: string) => ["8", "9", "10", "11"].map((n) => A(`${p}${n}`)).join("+");
      out.k12 = e.level ? fx(A("k11")) : fx(q4("k"));
      out.r12 = fx(q4("r"));
      out.k13 = e.level ? fx(A("k12")) : fx(`${A("k6")}+${A("k12")}`);
      out.r13 = e.id === "s2" ? R13S2 : fx(`${A("r6")}+${A("r12")}`);
      out.k14 = e.id === "keg" ? K14KEG : fx(`ROUND(${A("k13")}/${A("k5")}*100,2)`);
      out.r14 = fx(`ROUND(${A("r13")}/${A("r5")}*100,2)`);
      return out;
    },
  }));
  // the average of the K capaian as the engine of the form gives it, for the predikat word
  const k14 = (e: E) => {
    if (e.id === "keg") return K14KEG;
    const k12 = e.level ? e.q[3] : sum(e.q);
    return round(((e.level ? k12 : e.k[1] + k12) / e.k[0]) * 100);
  };
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: () => ({ no: "Predikat kinerja", k14: predikat(avgK), r14: "Sedang" }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian (12) dan (13) indikator persentase diisi posisi Triwulan IV, bukan penjumlahan.",
  ]);
  s.gap();
  signature(s, 26, {
    tempat: "Sipora Hilir, 12 Januari 2026",
    jabatan: ["KEPALA BKPSDM", "KABUPATEN LEMBAH SIPORA JAYA"],
    nama: "Dr. RAHMAT DANIEL PUTRA, S.STP., M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19760812 199511 1 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(13) Rp of sub kegiatan 5.03.02.2.03.0003 typed 1,565,500,000; 6 + 12 = 1,104,750,000 + 450,750,000 = 1,555,500,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "(14) K of kegiatan 5.03.02.2.03 typed 71.20; (932 + 393) / 1840 x 100 = 72.01",
    truth: `ROUND(${a("k13", "keg")}/${a("k5", "keg")}*100,2)`,
  });
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
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
  b.ok({
    sheet: S,
    cell: a("r13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.ok({ sheet: S, cell: a("k12", "s1"), rules: ["sum-mismatch"], truth: q("k", "s1") });
  b.ok({
    sheet: S,
    cell: a("r14", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "prog")}/${a("r5", "prog")}*100,2)`,
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

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow: boolean;
};

/** T-C.27 of the BKPSDM Kota Batu Karang Timur (Sulawesi Tenggara), Renstra 2025-2029, in thousands. */
export function tc27Bkpsdm(): BookW {
  const b = new BookW(
    "tc27-bkpsdm-batu-karang-timur-350.xlsx",
    "T-C.27 Renstra (BKPSDM)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)', three header rows 'Target Kinerja dan Kerangka Pendanaan > Tahun ke-n (year) > Target / Rp', kondisi akhir Target / Rp, program and kegiatan Rp as formulas",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 6.1",
      "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan BKPSDM Kota Batu Karang Timur Tahun 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rows: T[] = [
    {
      id: "prog",
      kode: "5.03.02",
      ur: "PROGRAM KEPEGAWAIAN DAERAH",
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      awal: 68.4,
      k: [70.5, 72.5, 74.5, 76, 78],
      flow: false,
    },
    {
      id: "k1",
      kode: "5.03.02.2.03",
      ur: "Pengembangan Kompetensi Pegawai ASN",
      ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      sat: "%",
      awal: 61.3,
      k: [70, 75, 80, 85, 90],
      flow: false,
    },
    {
      id: "s1",
      kode: "5.03.02.2.03.0001",
      ur: "Pengembangan Kompetensi Teknis dan Manajerial",
      ind: "Jumlah ASN yang mengikuti pengembangan kompetensi",
      sat: "orang",
      awal: 1450,
      k: [1600, 1700, 1800, 1900, 2000],
      rp: [2_640_500, 2_812_000, 2_975_750, 3_148_300, 3_320_000],
      flow: true,
    },
    {
      id: "k2",
      kode: "5.03.02.2.02",
      ur: "Mutasi dan Pengembangan Karier",
      ind: "Persentase kenaikan pangkat ASN tepat waktu",
      sat: "%",
      awal: 88.5,
      k: [90, 92, 94, 96, 98],
      flow: false,
    },
    {
      id: "s2",
      kode: "5.03.02.2.02.0002",
      ur: "Pengelolaan Kenaikan Pangkat ASN",
      ind: "Jumlah usulan kenaikan pangkat yang diproses",
      sat: "usulan",
      awal: 820,
      k: [850, 870, 890, 910, 930],
      rp: [715_400, 748_250, 781_900, 816_600, 852_350],
      flow: true,
    },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...[1, 2, 3, 4, 5].flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const PROG_R3 = 3_857_650; // planted: 2,975,750 + 781,900 = 3,757,650
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => {
      const A = (k: string, id = e.id) => x.a(k, id);
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        pj: e.id.endsWith("2") ? "Bidang Mutasi dan Promosi" : "Bidang Pengembangan Kompetensi",
      };
      for (let y = 1; y <= 5; y++) {
        out[`k${y}`] = e.k[y - 1];
        if (e.rp) out[`r${y}`] = e.rp[y - 1];
        else if (e.id === "prog")
          out[`r${y}`] = y === 3 ? PROG_R3 : fx(`${A(`r${y}`, "k1")}+${A(`r${y}`, "k2")}`);
        else out[`r${y}`] = fx(A(`r${y}`, e.id === "k1" ? "s1" : "s2"));
      }
      const five = (p: string) => [1, 2, 3, 4, 5].map((y) => A(`${p}${y}`)).join("+");
      // planted: the kenaikan pangkat kondisi akhir took Tahun ke-4 (96); Tahun ke-5 is 98
      out.akK = e.flow ? fx(five("k")) : e.id === "k2" ? e.k[3] : e.k[4];
      out.akR = fx(five("r"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows: body });
  s.gap();
  s.lines(["Sumber: Renstra BKPSDM Kota Batu Karang Timur 2025-2029 (Perwali Nomor 14 Tahun 2025)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r3", "prog") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Program Tahun ke-3 Rp typed 3,857,650; its kegiatan give 2,975,750 + 781,900 = 3,757,650",
    truth: `${a("r3", "k1")}+${a("r3", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of % kenaikan pangkat tepat waktu is 96 (Tahun ke-4); a percentage ends at Tahun ke-5, 98",
    truth: a("k5", "k2"),
  });
  const five = (p: string, id: string) => [1, 2, 3, 4, 5].map((y) => a(`${p}${y}`, id)).join("+");
  b.ok({
    sheet: S,
    cell: a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: five("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("k", "s1"),
    trap: a("k5", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "k1"),
    trap: five("k", "k1"),
  });
  b.ok({ sheet: S, cell: a("akR", "s2"), rules: ["sum-mismatch"], truth: five("r", "s2") });
  b.ok({
    sheet: S,
    cell: a("r2", "prog"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "k1")}+${a("r2", "k2")}`,
  });
  return b.finish();
}
