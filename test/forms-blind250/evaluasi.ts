// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pemuda dan Olahraga:
// atlet binaan, pelatih bersertifikat, medals at PORPROV and the use of GOR and stadion. Invented.
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

/** E.81 of the Dispora Kabupaten Lore Sindang (Sulawesi Barat), 2024, calendar-year headers, no No column. */
export function e81Dispora(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dispora-lore-sindang-2024.xlsx",
    "E.81 Evaluasi Renja (Dispora)",
    "E.81 2024 with calendar years in the headers (s.d. 2023, Renja 2024, Triwulan I-IV 2024); no No column; Kinerja | Keuangan pairs; number row merged over the pairs; a level row (% atlet peraih medali) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LORE SINDANG",
    "DINAS PEMUDA DAN OLAHRAGA",
    "Kompleks GOR Tadulako Sindang, Jl. Poros Mamuju-Lore Km 7",
  ]);
  s.lines([
    "Tabel Evaluasi Hasil Pelaksanaan Renja Dinas Pemuda dan Olahraga Kabupaten Lore Sindang",
    "Berdasarkan Renstra 2021-2026, Capaian s.d. Triwulan IV Tahun Anggaran 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.19.03.2.01.0001",
      ur: "Pembinaan dan Pemusatan Latihan Atlet Berprestasi",
      ind: "Jumlah atlet binaan yang mengikuti pemusatan latihan",
      sat: "orang",
      level: false,
      k5: 450,
      k6: 260,
      k7: 100,
      q: [22, 26, 25, 29],
      r5: 7_500_000_000,
      r6: 4_318_250_000,
      r7: 1_620_000_000,
      rq: [302_150_000, 418_700_000, 395_260_000, 476_830_000],
    },
    {
      id: "s2",
      kode: "2.19.03.2.01.0003",
      ur: "Sertifikasi dan Peningkatan Kompetensi Pelatih Cabang Olahraga",
      ind: "Jumlah pelatih cabor yang memperoleh sertifikat",
      sat: "orang",
      level: false,
      k5: 120,
      k6: 66,
      k7: 30,
      q: [0, 12, 10, 9],
      r5: 1_800_000_000,
      r6: 1_012_400_000,
      r7: 385_000_000,
      rq: [24_600_000, 128_350_000, 110_900_000, 96_450_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.19.03.2.01",
    ur: "Pembinaan Olahraga Prestasi Tingkat Daerah Kabupaten",
    ind: "Jumlah atlet binaan dan pelatih yang dibina",
    sat: "orang",
    level: false,
    k5: 570,
    k6: 326,
    k7: 130,
    q: [22, 38, 35, 38],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.19.03",
    ur: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN",
    ind: "Persentase atlet binaan yang meraih medali tingkat provinsi",
    sat: "%",
    level: true,
    k5: 40,
    k6: 31.5,
    k7: 34,
    q: [28, 30.5, 33.2, 35.6],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  // planted: sub kegiatan .0001's (13) K typed 352; 260 + 102 = 362
  const K13S1 = 352;
  const k13 = (e: E) => (e.id === "s1" ? K13S1 : e.level ? k12(e) : e.k6 + k12(e));
  // planted: sub kegiatan .0003's (12) Rp typed 380,300,000; the quarters give 360,300,000
  const R12S2 = 380_300_000;
  const r12 = (e: E) => (e.id === "s2" ? R12S2 : sum(e.rq));
  const pair = (
    n: string,
    g: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
    num = n,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Akhir Renstra 2026", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "realisasi", "realisasi-anggaran", 2024, "12 = 8+9+10+11"),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "realisasi", "realisasi-anggaran", 2024, "13 = 6+12"),
    ...pair("14", "Capaian Renstra s.d. Tahun 2024 (%)", "capaian", "capaian", undefined, "14 = 13/5 x 100"),
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
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
      r12: r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Peningkatan Prestasi Olahraga",
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "ind"],
        cells: (x) => ({
          kode: "Rata-rata Capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: {
          kode: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: indikator persentase (%) diisi posisi akhir triwulan, tidak dijumlahkan."]);
  s.gap();
  signature(s, 18, {
    tempat: "Lore Sindang, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA"],
    nama: "ANDI MUH. SYAHRIR PALALOI, S.Pd., M.Or.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19770304 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renja 2024 Rp of sub kegiatan 2.19.03.2.01.0003 is 380,300,000; the four quarters add up to 360,300,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k13", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renstra s.d. 2024 K of sub kegiatan 2.19.03.2.01.0001 is 352; 260 (s.d. 2023) + 102 (2024) = 362",
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
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
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s1")}/${a("r5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
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

/** T-C.27 of the Dispora Kota Tanjung Barumun (Sumatera Utara), Renstra 2025-2029, Rp in thousands. */
export function tc27Dispora(): BookW {
  const b = new BookW(
    "tc27-renstra-pendanaan-dispora-tanjung-barumun.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dispora)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers repeated in every cell (not merged); Tahun ke-1..5 over Target | Rp; kegiatan Rp typed, program Rp = kegiatan; kondisi akhir Rp = SUM of the five years; no penanggung jawab column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG BARUMUN", "DINAS PEMUDA DAN OLAHRAGA"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "s1",
      kode: "2.19.03.2.01.0001",
      ur: "Pembinaan Atlet Berprestasi Menuju PORPROV dan PON",
      ind: "Jumlah atlet binaan yang difasilitasi",
      sat: "orang",
      level: false,
      awal: 140,
      k: [150, 160, 170, 180, 190],
      rp: [1_245_600, 1_307_900, 1_373_300, 1_442_000, 1_514_100],
    },
    {
      id: "s2",
      kode: "2.19.03.2.01.0004",
      ur: "Sertifikasi Pelatih dan Wasit Cabang Olahraga",
      ind: "Persentase pelatih cabor yang bersertifikat",
      sat: "%",
      level: true,
      awal: 48,
      k: [55, 62, 70, 78, 85],
      rp: [210_000, 220_500, 231_500, 243_100, 255_300],
    },
    {
      id: "s3",
      kode: "2.19.03.2.01.0006",
      ur: "Pemeliharaan dan Pemanfaatan GOR Serta Stadion Mini",
      ind: "Jumlah laporan pemanfaatan GOR dan stadion",
      sat: "laporan",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [386_200, 405_500, 425_800, 447_100, 469_400],
    },
  ];
  const kegRp = [0, 1, 2, 3, 4].map((i) => sum(rows.map((r) => r.rp![i])));
  // planted: the kegiatan's Tahun ke-3 Rp typed 2,093,600; its sub kegiatan add up to 2,030,600
  kegRp[2] = 2_093_600;
  const all: P[] = [
    {
      id: "p",
      kode: "2.19.03",
      ur: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN",
      ind: "Persentase cabang olahraga yang meraih medali di PORPROV",
      sat: "%",
      level: true,
      awal: 42,
      k: [45, 48, 52, 55, 60],
    },
    {
      id: "g",
      kode: "2.19.03.2.01",
      ur: "Pembinaan Olahraga Prestasi Tingkat Daerah Kota",
      ind: "Jumlah kejuaraan yang diikuti atlet binaan",
      sat: "event",
      level: false,
      awal: 5,
      k: [6, 6, 7, 7, 8],
      rp: kegRp,
    },
    ...rows,
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "5", fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [A, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [A, "Rp"], role: "anggaran", num: "17", fmt: RP },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    groups: "repeat",
    numberRow: "plain",
    rows: all.map((p) => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the % of pelatih bersertifikat ends at 80 instead of the Tahun ke-5 target 85
          akK: p.id === "s2" ? 80 : p.level ? p.k[4] : sum(p.k),
          akR: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          out[`r${y}`] = p.rp ? p.rp[y - 1] : fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 12, {
    tempat: "Tanjung Barumun, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA", "KOTA TANJUNG BARUMUN"],
    nama: "Drs. HASIHOLAN RITONGA PANGGABEAN, M.Pd.",
    nip: "19710822 199803 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const sub = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 (2027) Rp of kegiatan 2.19.03.2.01 is 2,093,600; its three sub kegiatan add up to 2,030,600",
    truth: sub(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Persentase pelatih cabor yang bersertifikat is 80; the Tahun ke-5 (2029) target is 85",
    truth: a("k5", "s2"),
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
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s1"),
    trap: a("k5", "s1"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: ks("s3") });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: sub(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.19.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
