// The Renja evaluation (E.81) of the Dinas Kesehatan Kabupaten Batang Kuantan Hilir (Riau) and the
// Renstra funding table (T-C.27) of the Dinas Kesehatan Kota Tanjung Sembilang (Kalimantan Barat):
// penyakit tidak menular, SPM hipertensi / diabetes, pelayanan usia lanjut. All invented.
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

/** E.81 s.d. Triwulan IV 2024, calendar-year headers, quarters under one group, Keterangan column. */
export function e81Ptm(): BookW {
  const b = new BookW(
    "e81-renja-ptm-dinkes-batang-kuantan-hilir.xlsx",
    "E.81 Evaluasi Renja (Dinkes PTM)",
    "E.81 s.d. Triwulan IV 2024 (Renstra 2022-2026); calendar years in the headers; quarters under 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp; number row merged over pairs; level % row for the program, flows below; Rata-rata and Predikat rows",
  );
  const S = "E81 PTM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG KUANTAN HILIR",
    "DINAS KESEHATAN",
    "Jl. Datuk Bandaro No. 7 Teluk Bayur Hilir",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KESEHATAN KABUPATEN BATANG KUANTAN HILIR",
    "Periode Pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2022-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0019",
      ur: "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
      ind: "Jumlah penderita hipertensi yang mendapat pelayanan kesehatan sesuai standar",
      sat: "orang",
      level: false,
      k: [158_000, 86_200, 32_500],
      q: [6_120, 7_480, 8_950, 8_310],
      r: [6_450_000_000, 3_512_400_000, 1_240_000_000],
      rq: [182_350_000, 296_400_000, 338_725_000, 389_150_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0020",
      ur: "Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus",
      ind: "Jumlah penderita diabetes melitus yang mendapat pelayanan kesehatan sesuai standar",
      sat: "orang",
      level: false,
      k: [36_000, 19_850, 7_400],
      q: [1_480, 1_765, 2_010, 1_890],
      r: [3_280_000_000, 1_796_300_000, 655_000_000],
      rq: [98_200_000, 151_650_000, 176_300_000, 201_480_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0009",
      ur: "Pengelolaan Pelayanan Kesehatan Usia Lanjut",
      ind: "Jumlah warga negara usia 60 tahun ke atas yang mendapat skrining kesehatan sesuai standar",
      sat: "orang",
      level: false,
      k: [142_000, 79_300, 29_000],
      q: [5_640, 7_210, 8_350, 7_020],
      r: [2_150_000_000, 1_184_700_000, 418_500_000],
      rq: [61_800_000, 104_250_000, 117_900_000, 122_600_000],
    },
  ];
  const rr = (i: number) => sum(subs.map((x) => x.r[i])) as number;
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah penduduk usia 15-59 tahun yang mendapat skrining PTM",
    sat: "orang",
    level: false,
    k: [420_000, 231_400, 84_000],
    q: [18_250, 21_400, 23_980, 19_870],
    r: [rr(0), rr(1), rr(2)],
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai standar",
    sat: "%",
    level: true,
    k: [100, 78.4, 90],
    q: [41.2, 58.6, 74.9, 86.3],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const r13 = (e: E) => e.r[1] + r12(e);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a" },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16" },
  ];
  // planted: .0020's (12) Rp typed 672,630,000 (the quarters give 627,630,000);
  // planted: .0019's (13) Rp typed 4,791,025,000 (6 + 12 = 4,719,025,000)
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round((r13(e) / e.r[0]) * 100);
  const body: Row[] = rows.map((e, i) => {
    const c: Record<string, number | string> = {
      no: i + 1,
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
      k12: k12(e),
      r12: e.id === "s2" ? 672_630_000 : r12(e),
      k13: k13(e),
      r13: e.id === "s1" ? 4_791_025_000 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang P2P",
    };
    ["8", "9", "10", "11"].forEach((n, j) => {
      c[`k${n}`] = e.q[j];
      c[`r${n}`] = e.rq[j];
    });
    if (e.level) c.ket = "nilai TW IV";
    return { id: e.id, bold: e.id === "prog", cells: c };
  });
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const avgR = round(sum(rows.map(r14)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: posbindu PTM aktif di seluruh desa dan skrining di tempat kerja.",
    "Faktor penghambat: stok reagen gula darah kosong pada Triwulan I.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Teluk Bayur Hilir, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN BATANG KUANTAN HILIR"],
    nama: "dr. HENDRA SYAHPUTRA LUBIS, M.K.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760318 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.02.02.2.02.0020 is 672,630,000; the four quarters add up to 627,630,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.02.0019 is 4,791,025,000; 6 + 12 = 3,512,400,000 + 1,206,625,000 = 4,719,025,000",
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
  for (const id of ["keg", "s1", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  b.ok({
    sheet: S,
    cell: a("r14", "s3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s3")}/${a("r5", "s3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}+${a("r7", "s3")}`,
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
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 Renstra 2025-2029, Rp in thousands, Tahun ke-1..5, a Sasaran column merged down, no Satuan column. */
export function tc27Ptm(): BookW {
  const b = new BookW(
    "tc27-renstra-ptm-dinkes-tanjung-sembilang.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes PTM)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran merged down the rows; Tahun ke-1..5 > Target | Rp; units in the indicator names; kegiatan Rp as SUM of its sub kegiatan, program Rp = kegiatan; kondisi akhir Rp as a sum of the five years; Lokasi column",
  );
  const S = "T-C.27 Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SEMBILANG", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan",
    "Kota Tanjung Sembilang Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase penderita PTM yang mendapat pelayanan sesuai standar (%)",
      level: true,
      awal: 71.5,
      k: [76, 80, 85, 90, 95],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen hasil pengelolaan pelayanan kesehatan PTM (dokumen)",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0019",
      ur: "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
      ind: "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar (%)",
      level: true,
      awal: 68.2,
      k: [75, 80, 85, 90, 100],
      rp: [1_184_500, 1_243_700, 1_305_900, 1_371_200, 1_439_800],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0020",
      ur: "Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus",
      ind: "Persentase penderita diabetes melitus yang mendapat pelayanan sesuai standar (%)",
      level: true,
      awal: 72.4,
      k: [80, 85, 90, 95, 100],
      rp: [612_300, 642_900, 675_000, 708_800, 744_200],
    },
    {
      id: "s3",
      kode: "1.02.02.2.01.0011",
      ur: "Pengelolaan Pelayanan Kesehatan Usia Lanjut",
      ind: "Jumlah warga usia lanjut yang mendapat skrining kesehatan sesuai standar (orang)",
      level: false,
      awal: 18_420,
      k: [19_000, 19_800, 20_600, 21_400, 22_300],
      rp: [438_600, 460_500, 483_500, 507_700, 533_100],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
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
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19" },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya pengendalian penyakit tidak menular",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang P2P",
          lok: "Kota Tanjung Sembilang",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp typed 2,446,400 (its sub kegiatan give 2,464,400)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 2_446_400 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi."]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Sembilang, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KOTA TANJUNG SEMBILANG"],
    nama: "dr. MARLINA APRIYANTI SIREGAR, M.Kes.",
    nip: "19810507 200801 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const kk = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const subSum = (y: number) => ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 1.02.02.2.02 Tahun ke-3 (2027) Rp is a typed 2,446,400 among SUM formulas; its sub kegiatan add up to 2,464,400",
    truth: subSum(3),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengelolaan Pelayanan Kesehatan Usia Lanjut is coded 1.02.02.2.01.0011 under kegiatan 1.02.02.2.02",
    truth: `"1.02.02.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: kk(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: kk("g"),
    trap: a("k5", "g"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: kk("s3"),
    trap: a("k5", "s3"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subSum(y) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
