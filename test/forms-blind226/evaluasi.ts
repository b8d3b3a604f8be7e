// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two RSUD Jiwa (BLUD): BOR,
// pasien ODGJ rawat jalan / rawat inap and pendapatan BLUD. Every name and number is invented.
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

/** E.81 of the RSUD Jiwa Kota Batu Ranggas (Sumatera Barat), s.d. Triwulan IV 2025. */
export function e81RsJiwa(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-rsud-jiwa-batu-ranggas.xlsx",
    "E.81 Evaluasi Renja (RSUD Jiwa)",
    "E.81 s.d. Triwulan IV 2025, Renstra 2021-2026; K | Rp pairs under a merged number row ('12 = 8+9+10+11', '13 = 6+12', '14 = 13/5 x 100'); BOR level row, pasien flows; (12) Rp as formulas; Rata-rata and Predikat rows",
  );
  const S = "E81 TW IV 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU RANGGAS", "RUMAH SAKIT UMUM DAERAH JIWA SIRIH GADANG (BLUD)"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Kota Batu Ranggas s.d. Triwulan IV Tahun 2025",
    "Renstra RSUD Jiwa 2021-2026",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "1.02.02.2.01.0014",
    ur: "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
    ind: "Jumlah ODGJ berat yang mendapat pelayanan rawat jalan",
    sat: "orang",
    level: false,
    k: [18000, 11200, 3600],
    q: [820, 910, 960, 1010],
    r: [12_500_000_000, 7_940_000_000, 2_650_000_000],
    rq: [512_400_000, 618_250_000, 704_900_000, 771_330_000],
  };
  const s2: E = {
    id: "s2",
    kode: "1.02.02.2.01.0025",
    ur: "Operasional Pelayanan Rawat Inap Jiwa",
    ind: "Jumlah pasien rawat inap jiwa yang dilayani",
    sat: "orang",
    level: false,
    k: [4200, 2610, 850],
    q: [198, 214, 221, 230],
    r: [31_000_000_000, 19_870_000_000, 6_420_000_000],
    rq: [1_402_500_000, 1_588_760_000, 1_640_200_000, 1_712_040_000],
  };
  const add = (i: number) => s1.r[i] + s2.r[i];
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.01",
    ur: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKP Rujukan Tingkat Daerah Kota",
    ind: "Jumlah pasien jiwa yang dilayani",
    sat: "orang",
    level: false,
    k: [22200, 13810, 4450],
    q: s1.q.map((x, i) => x + s2.q[i]),
    r: [add(0), add(1), add(2)],
    rq: s1.rq.map((x, i) => x + s2.rq[i]),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Bed Occupancy Rate (BOR) RSUD Jiwa",
    sat: "%",
    level: true,
    k: [80, 71.5, 76],
    q: [72.4, 74.1, 75.8, 77.2],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round(((e.r[1] + sum(e.rq)) / e.r[0]) * 100);
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const TW = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra s.d. Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2024", "6", "realisasi", "realisasi-anggaran", 2024),
    ...pair("7", "Target Renja 2025", "7", "target", "anggaran", 2025),
    ...TW.flatMap((w, i) =>
      pair(String(8 + i), `Realisasi Triwulan ${w}`, String(8 + i), "realisasi", "realisasi-anggaran", 2025),
    ),
    ...pair("12", "Realisasi Renja 2025", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2025),
    ...pair("13", "Realisasi Renstra s.d. 2025", "13 = 6+12", "realisasi", "realisasi-anggaran", 2025),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2025 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qs = (p: string) => (x: { a: (k: string) => string }) =>
    ["8", "9", "10", "11"].map((n) => x.a(`${p}${n}`)).join("+");
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => ({
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
      ...Object.fromEntries(
        e.q.flatMap((v, j) => [
          [`k${8 + j}`, v],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      // planted: the kegiatan's (12) Rp keeps a stale cached result 8,905,380,000 (true 8,950,380,000)
      r12: fx(qs("r")(x), e.id === "keg" ? 8_905_380_000 : undefined),
      k13: k13(e),
      r13: e.r[1] + sum(e.rq),
      // planted: (14) K of sub kegiatan .0014 is the Renja capaian 12/7 (102.78), not 13/5 (82.78)
      k14: e.id === "s1" ? round((k12(e) / e.k[2]) * 100) : k14(e),
      r14: r14(e),
      pj: e.level ? "Direktur" : "Bidang Pelayanan Medik",
    }),
  }));
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
          no: "Rata-rata Capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: () => ({
          no: "Predikat Kinerja",
          k14: predikat(round((k14(prog) + k14(keg) + round((k12(s1) / s1.k[2]) * 100) + k14(s2)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 22, {
    tempat: "Batu Ranggas, 14 Januari 2026",
    jabatan: ["Direktur RSUD Jiwa Sirih Gadang"],
    nama: "dr. HENDRA MAULANA SATI, Sp.KJ",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780923 200604 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "keg") },
    rules: ["sum-mismatch"],
    note: "(12) Rp of kegiatan 1.02.02.2.01 caches 8,905,380,000; its formula (the four quarters) gives 8,950,380,000",
    truth: q("r", "keg"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "(14) K of sub kegiatan .0014 is 3,700 / 3,600 x 100 = 102.78 (the Renja capaian); 13/5 = 14,900 / 18,000 x 100 = 82.78",
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
  for (const id of ["s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"])
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

/** T-C.27 of the RSUD Jiwa Kabupaten Tanjung Mentawir (Kalimantan Timur), 2025-2029, in thousands. */
export function tc27RsJiwa(): BookW {
  const b = new BookW(
    "tc27-renstra-rsud-jiwa-tanjung-mentawir.xlsx",
    "T-C.27 Renstra (RSUD Jiwa)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; Kondisi Kinerja Awal 2024; Tahun ke-1..5 > Target | Rp; Kondisi Kinerja pada Akhir Periode > Target | Rp; kegiatan Rp as SUM of its sub kegiatan; BOR and kekambuhan % rows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan RSUD Jiwa Kabupaten Tanjung Mentawir 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  type P = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    sat: string;
    awal: number;
    t: number[];
    rp: number[];
    akT: "last" | "sum";
  };
  const subs: P[] = [
    {
      id: "s1",
      kode: "1.02.02.2.01.0014",
      ur: "Pengelolaan Pelayanan Kesehatan ODGJ Berat",
      ind: "Jumlah kunjungan rawat jalan jiwa",
      sat: "kunjungan",
      awal: 21450,
      t: [22000, 22600, 23200, 23800, 24400],
      rp: [1_840_500, 1_912_300, 1_987_600, 2_064_200, 2_143_900],
      akT: "sum",
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0025",
      ur: "Operasional Pelayanan Rawat Inap Jiwa",
      ind: "Angka kekambuhan pasien pulang (readmisi < 30 hari)",
      sat: "%",
      awal: 14.2,
      t: [13.5, 12.8, 12, 11.2, 10.5],
      rp: [6_215_000, 6_480_400, 6_742_800, 7_011_500, 7_288_300],
      akT: "last",
    },
    {
      id: "s3",
      kode: "1.02.01.2.01.0030",
      ur: "Pelayanan Rehabilitasi Psikososial Pasien Jiwa",
      ind: "Jumlah pasien mengikuti rehabilitasi psikososial",
      sat: "orang",
      awal: 310,
      t: [330, 350, 370, 390, 410],
      rp: [412_600, 433_200, 454_900, 477_600, 501_500],
      akT: "sum",
    },
  ];
  const keg: P = {
    id: "keg",
    kode: "1.02.02.2.01",
    ur: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKP Rujukan Tingkat Daerah Kabupaten",
    ind: "Bed Occupancy Rate (BOR)",
    sat: "%",
    awal: 68.4,
    t: [70, 72, 74, 75, 76],
    rp: [0, 1, 2, 3, 4].map((i) => sum(subs.map((x) => x.rp[i]))),
    akT: "last",
  };
  const rows = [keg, ...subs];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [`Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [`Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
      },
    ]),
    {
      key: "akT",
      head: ["Kondisi Kinerja pada Akhir Periode", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
    },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab" },
  ];
  // planted: kondisi akhir Rp of .0025 typed 33,783,000 (five years give 33,738,000)
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((p) => ({
      id: p.id,
      cells: (x) => ({
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        ...Object.fromEntries(
          Y.flatMap((y) => [
            [`t${y}`, p.t[y - 1]],
            [`r${y}`, p.id === "keg" ? fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`) : p.rp[y - 1]],
          ]),
        ),
        akT: p.akT === "last" ? p.t[4] : sum(p.t),
        akR:
          p.id === "s2" ? 33_783_000 : p.id === "keg" ? fx(Y.map((y) => x.a(`r${y}`)).join("+")) : sum(p.rp),
        pj: "Bidang Pelayanan",
      }),
    })),
  });
  s.gap();
  s.lines(["Sumber: Renstra RSUD Jiwa 2025-2029 (Perbup Tanjung Mentawir Nomor 17 Tahun 2025)"]);
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan .0025 typed 33,783,000; the five years add up to 33,738,000",
    truth: five("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Rehabilitasi Psikososial is coded 1.02.01.2.01.0030 under kegiatan 1.02.02.2.01",
    truth: `"1.02.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("akT", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: Y.map((y) => a(`t${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("akT", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`t${y}`, "s1")).join("+"),
  });
  for (const id of ["keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five(id),
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((i) => a(`r${y}`, i)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
