// The Renja evaluation (E.81) of the RSUD of Kabupaten Lembah Sarawu (Sulawesi Barat) and the
// Renstra funding table (T-C.27) of the RSUD of Kota Tanjung Meranti (Kepulauan Riau): IGD, obat
// and formularium, BLUD. Every name and number is invented.
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
  r: [number, number, number];
  rq: number[];
};

/** E.81 of the RSUD dr. Andi Makkulau, Kabupaten Lembah Sarawu, s.d. Triwulan IV 2024. */
export function e81Rsud(): BookW {
  const b = new BookW(
    "e81-rsud-igd-obat-lembah-sarawu.xlsx",
    "E.81 Evaluasi Renja (RSUD)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the header, Kinerja | Keuangan (Rp) pairs, no No column; number row merged over the pairs; a level row (% ketersediaan obat) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARAWU",
    "RUMAH SAKIT UMUM DAERAH dr. ANDI MAKKULAU",
    "Jl. Poros Mamuju-Tobadak Km 4, Sarawu",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA RSUD dr. ANDI MAKKULAU TAHUN 2024",
    "Renstra 2021-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.01.0026",
      ur: "Pengadaan Obat, Bahan Habis Pakai dan Bahan Medis Habis Pakai di Fasilitas Kesehatan",
      ind: "Jumlah paket pengadaan obat dan BMHP sesuai formularium",
      sat: "paket",
      level: false,
      k: [20, 12, 4],
      q: [1, 1, 1, 1],
      r: [14_500_000_000, 8_612_400_000, 2_950_000_000],
      rq: [612_300_000, 745_800_000, 803_150_000, 688_420_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0027",
      ur: "Pengadaan Alat Kesehatan Instalasi Gawat Darurat",
      ind: "Jumlah alat kesehatan IGD yang diadakan",
      sat: "unit",
      level: false,
      k: [40, 22, 10],
      q: [0, 3, 4, 3],
      r: [6_800_000_000, 3_905_250_000, 1_420_000_000],
      rq: [0, 402_600_000, 518_900_000, 455_300_000],
    },
  ];
  const rsum = (i: number): number => sum(subs.map((x) => x.r[i]));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.01",
    ur: "Penyediaan Fasilitas Pelayanan, Sarana, Prasarana dan Alat Kesehatan untuk UKP",
    ind: "Jumlah paket sarana farmasi dan alat kesehatan IGD yang disediakan",
    sat: "paket",
    level: false,
    k: [30, 17, 6],
    q: [1, 2, 2, 1],
    r: [rsum(0), rsum(1), rsum(2)],
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase ketersediaan obat dan BMHP sesuai formularium RS",
    sat: "%",
    level: true,
    k: [95, 84.5, 90],
    q: [86.2, 87.9, 89.4, 91.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: E) => e.r[1] + sum(e.rq);
  // planted: r13 of sub kegiatan .0026 with two digits swapped
  const R13S1 = 11_426_070_000;
  const r13w = (e: E) => (e.id === "s1" ? R13S1 : r13(e));
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round((r13w(e) / e.r[0]) * 100);
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Renstra RSUD Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Capaian Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 10 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
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
      ...Object.fromEntries(
        [8, 9, 10, 11].flatMap((n, i) => [
          [`k${n}`, e.q[i]],
          [`r${n}`, e.rq[i]],
        ]),
      ),
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: r13w(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.id === "s2" ? "Instalasi Gawat Darurat" : "Instalasi Farmasi",
      ket: e.level ? "nilai akhir" : "-",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
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
          kode: "Rata-rata Tingkat Capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: {
          kode: "Predikat Kinerja",
          // planted: the K average 83.14 is Tinggi, not Sangat Tinggi
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: keterlambatan distribusi obat e-katalog pada Triwulan I."]);
  s.gap();
  signature(s, 18, {
    tempat: "Sarawu, 14 Januari 2025",
    jabatan: ["DIREKTUR RSUD dr. ANDI MAKKULAU"],
    nama: "dr. HARTINI PALALLO, Sp.PD., M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760823 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.01.0026 is 11,426,070,000; 6 + 12 = 8,612,400,000 + 2,849,670,000 = 11,462,070,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for the K average 83.14; the band > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
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

/** T-C.27 of the RSUD Kota Tanjung Meranti, Renstra 2025-2029, Rp in thousands. */
export function tc27Rsud(): BookW {
  const b = new BookW(
    "tc27-rsud-blud-farmasi-tanjung-meranti.xlsx",
    "T-C.27 Rencana program dan pendanaan (RSUD)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Sasaran column merged over its rows; Tahun ke-1..ke-5 over Target | Rp; kegiatan Rp = SUM of sub kegiatan, program Rp = the kegiatan; kondisi akhir Rp = SUM of the years; a BLUD ratio (level) and a count of documents (flow)",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG MERANTI", "RUMAH SAKIT UMUM DAERAH KOTA TANJUNG MERANTI"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif RSUD Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Rasio pendapatan BLUD terhadap belanja operasional",
      sat: "%",
      level: true,
      awal: 68,
      k: [70, 72.5, 75, 77.5, 80],
    },
    {
      id: "g",
      kode: "1.02.01.2.10",
      ur: "Peningkatan Pelayanan BLUD",
      ind: "Jumlah BLUD yang menyediakan pelayanan dan penunjang pelayanan",
      sat: "unit",
      level: true,
      awal: 1,
      k: [1, 1, 1, 1, 1],
    },
    {
      id: "s1",
      kode: "1.02.01.2.10.0001",
      ur: "Pelayanan dan Penunjang Pelayanan BLUD",
      ind: "Jumlah dokumen laporan keuangan BLUD per instalasi",
      sat: "dokumen",
      level: false,
      awal: 12,
      k: [12, 12, 14, 14, 14],
      rp: [48_615_200, 51_046_000, 53_598_300, 56_278_200, 59_092_100],
    },
    {
      id: "s2",
      kode: "1.02.01.2.10.0002",
      ur: "Penyediaan Obat dan BMHP Instalasi Farmasi BLUD",
      ind: "Persentase item obat yang tersedia sesuai formularium RS",
      sat: "%",
      level: true,
      awal: 86,
      k: [88, 90, 92, 94, 95],
      rp: [21_406_500, 22_476_800, 23_600_600, 24_780_700, 26_019_700],
    },
    {
      id: "s3",
      kode: "1.02.02.2.10.0003",
      ur: "Pemeliharaan Sistem Informasi Triase IGD BLUD",
      ind: "Jumlah laporan response time IGD",
      sat: "laporan",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [612_400, 643_000, 675_200, 708_900, 744_400],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(6 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20" },
  ];
  // planted: the kegiatan's 2027 Rp typed among SUM formulas; the sub kegiatan give 77,874,100
  const G3 = 77_847_100;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya kemandirian keuangan dan mutu layanan RSUD",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          akR: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
          pj: p.id === "s3" ? "Instalasi Gawat Darurat" : "Bagian Keuangan",
          lok: "RSUD Kota",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? G3 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "g")})`);
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator rasio dan persentase = target tahun ke-5."]);
  s.gap();
  signature(s, 12, {
    tempat: "Tanjung Meranti, 18 Februari 2025",
    jabatan: ["DIREKTUR RSUD KOTA TANJUNG MERANTI"],
    nama: "dr. RAHMAT SYAHPUTRA NASUTION, M.A.R.S.",
    nip: "19800514 200903 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ky = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 1.02.01.2.10 Rp Tahun ke-3 is a typed 77,847,100 among SUM formulas; its sub kegiatan add up to 77,874,100",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 1.02.02.2.10.0003 sits under kegiatan 1.02.01.2.10 (program digit wrong)",
    truth: `"1.02.01.2.10"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ky("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: ky("s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ky("s1"),
    trap: a("k5", "s1"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.01.2.10"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
