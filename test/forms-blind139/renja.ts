// Dinas Sosial: an E.81 Renja evaluation (Jawa Tengah) and a T-C.27 Renstra funding table (Kalimantan
// Utara). Every name and number is invented.
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
  type Role,
  type Row,
} from "../forms/kit";

type E81Row = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  level: boolean;
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

export function e81DinsosBanyumerta(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dinsos-banyumerta.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Sosial)",
    "E.81 s.d. Triwulan IV 2024, ordinal (n-2) / (n-1) headers, K | Rp pairs, number row merged over the pairs with '13 = 6 + 12' and '14 = 13/5 x 100', a program 1.06.05 with one kegiatan and two sub kegiatan (a flow in KK, a level in %), typed values, Rata-rata and Predikat footer",
  );
  const S = "E.81 Dinsos 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BANYUMERTA",
    "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Pahlawan No. 41 Banyumerta, Jawa Tengah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2022-2026)",
  ]);
  s.gap();
  const rows: E81Row[] = [
    {
      id: "p",
      kode: "1.06.05",
      nm: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
      ind: "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      k5: 80,
      k6: 61.4,
      k7: 68,
      kq: [55.2, 60.4, 64.9, 69.1],
      level: true,
      r5: 0,
      r6: 0,
      r7: 0,
      rq: [0, 0, 0, 0],
    },
    {
      id: "k",
      kode: "1.06.05.2.01",
      nm: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Persentase data fakir miskin yang mutakhir",
      sat: "%",
      k5: 100,
      k6: 70.1,
      k7: 84,
      kq: [72.8, 77.5, 80.6, 85.3],
      level: true,
      r5: 0,
      r6: 0,
      r7: 0,
      rq: [0, 0, 0, 0],
    },
    {
      id: "s1",
      kode: "1.06.05.2.01.0001",
      nm: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah KK fakir miskin yang diverifikasi dan divalidasi dalam DTKS",
      sat: "KK",
      k5: 60_000,
      k6: 23_400,
      k7: 12_000,
      kq: [2_150, 3_480, 3_620, 2_980],
      level: false,
      r5: 4_250_000_000,
      r6: 1_612_400_000,
      r7: 865_000_000,
      rq: [118_400_000, 226_750_000, 248_300_000, 231_150_000],
    },
    {
      id: "s2",
      kode: "1.06.05.2.01.0002",
      nm: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Persentase desa yang memutakhirkan DTKS melalui musyawarah desa",
      sat: "%",
      k5: 100,
      k6: 72.5,
      k7: 85,
      kq: [74.2, 78.6, 81.9, 86.4],
      level: true,
      r5: 1_850_000_000,
      r6: 702_300_000,
      r7: 395_000_000,
      rq: [61_250_000, 97_800_000, 104_600_000, 118_950_000],
    },
  ];
  // kegiatan and program Rp add their sub kegiatan
  const subs = rows.slice(2);
  for (const id of ["p", "k"]) {
    const x = rows.find((r) => r.id === id)!;
    x.r5 = sum(subs.map((r) => r.r5));
    x.r6 = sum(subs.map((r) => r.r6));
    x.r7 = sum(subs.map((r) => r.r7));
    x.rq = [0, 1, 2, 3].map((q) => sum(subs.map((r) => r.rq[q])));
  }
  const G5 = "Target Renstra PD pada akhir periode Renstra (2026)";
  const G6 = "Realisasi capaian kinerja Renstra PD s.d. Renja tahun lalu (n-2)";
  const G7 = "Target kinerja dan anggaran Renja tahun berjalan (n-1) yang dievaluasi";
  const GQ = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const G12 = "Realisasi capaian kinerja dan anggaran Renja yang dievaluasi";
  const G13 = "Realisasi kinerja dan anggaran Renstra PD s.d. tahun n-1";
  const G14 = "Tingkat capaian kinerja dan realisasi anggaran Renstra s.d. tahun n-1 (%)";
  const pair = (key: string, g: string, num: string, kr: [Role, Role], year?: number): Col[] => [
    { key: `${key}k`, head: [g, "K"], role: kr[0], year, num, fmt: DEC, width: 9 },
    { key: `${key}r`, head: [g, "Rp"], role: kr[1], year, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 4 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 7 },
    ...pair("c5", G5, "5", ["target", "anggaran"]),
    ...pair("c6", G6, "6", ["realisasi", "realisasi-anggaran"], 2023),
    ...pair("c7", G7, "7", ["target", "anggaran"], 2024),
    ...GQ.flatMap((g, q) =>
      pair(`q${q}`, `Realisasi Kinerja pada ${g}`, String(8 + q), ["realisasi", "realisasi-anggaran"]),
    ),
    ...pair("c12", G12, "12 = 8+9+10+11", ["realisasi", "realisasi-anggaran"], 2024),
    ...pair("c13", G13, "13 = 6 + 12", ["realisasi", "realisasi-anggaran"]),
    ...pair("c14", G14, "14 = 13/5 x 100", ["capaian", "capaian"]),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const k12 = (x: E81Row) => (x.level ? x.kq[3] : sum(x.kq));
  const k13 = (x: E81Row) => (x.level ? k12(x) : x.k6 + k12(x));
  const r12 = (x: E81Row) => sum(x.rq);
  const r13 = (x: E81Row) => x.r6 + r12(x);
  const k14 = (x: E81Row) => round((k13(x) / x.k5) * 100);
  const r14 = (x: E81Row) => round((r13(x) / x.r5) * 100);
  const bodyRows: Row[] = rows.map((x, i) => ({
    id: x.id,
    bold: i < 2,
    cells: {
      no: i === 0 ? 1 : undefined,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      c5k: x.k5,
      c5r: x.r5,
      c6k: x.k6,
      c6r: x.r6,
      c7k: x.k7,
      c7r: x.r7,
      ...Object.fromEntries(
        x.kq.flatMap((v, q) => [
          [`q${q}k`, v],
          [`q${q}r`, x.rq[q]],
        ]),
      ),
      c12k: k12(x),
      // planted: the Rp of sub kegiatan .0001 is typed 842,600,000; the quarters give 824,600,000
      c12r: x.id === "s1" ? 842_600_000 : r12(x),
      c13k: k13(x),
      c13r: r13(x),
      // planted: the level row's (14) K is the Renja capaian 12/7 x 100 (101.65), not 13/5 x 100
      c14k: x.id === "s2" ? round((k12(x) / x.k7) * 100) : k14(x),
      c14r: r14(x),
      pj: "Bidang Perlindungan dan Jaminan Sosial",
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...bodyRows,
      {
        id: "avg",
        bold: true,
        span: ["no", "c13r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          c14k: fx(`ROUND(AVERAGE(${c.a("c14k", "p")}:${c.a("c14k", "s2")}),2)`),
          c14r: fx(`ROUND(AVERAGE(${c.a("c14r", "p")}:${c.a("c14r", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "c13r"],
        cells: { no: "Predikat kinerja", c14k: "", c14r: "" },
      },
    ],
  });
  // predikat of the averages, typed (the average of K follows the planted (14) K)
  const avgK = round(
    sum(rows.map((x) => (x.id === "s2" ? round((k12(x) / x.k7) * 100) : k14(x)))) / rows.length,
  );
  const avgR = round(sum(rows.map(r14)) / rows.length);
  s.put(t.row("pred"), 1 + cols.findIndex((c) => c.key === "c14k"), predikat(avgK), { bold: true });
  s.put(t.row("pred"), 1 + cols.findIndex((c) => c.key === "c14r"), predikat(avgR), { bold: true });
  s.gap();
  s.lines([
    "Faktor pendorong: musyawarah desa/kelurahan pemutakhiran DTKS berjalan di 231 desa.",
    "Faktor penghambat: keterlambatan verifikasi lapangan oleh operator SIKS-NG desa pada Triwulan I.",
    "Tindak lanjut: pendampingan operator desa oleh TKSK pada tahun 2025.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Banyumerta, 15 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK"],
    nama: "Drs. SUGENG WIDODO PRANOTO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710322 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (p: string, id: string) => [0, 1, 2, 3].map((q) => a(`q${q}${p}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("c12r", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.06.05.2.01.0001 is 842,600,000; the four quarters add up to 824,600,000",
    truth: qsum("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("c14k", "s2") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of the desa DTKS rate holds 12/7 x 100 = 101.65 (the Renja capaian); 13/5 x 100 = 86.40",
    truth: `ROUND(${a("c13k", "s2")}/${a("c5k", "s2")}*100,2)`,
  });
  for (const id of ["p", "k", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("c12k", id),
      rules: ["sum-mismatch"],
      truth: a("q3k", id),
      // a rate: the yearly value is the Triwulan IV level, not the quarters added
      trap: qsum("k", id),
    });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: a("c12k", id),
      trap: `${a("c6k", id)}+${a("c12k", id)}`,
    });
  }
  b.ok({ sheet: S, cell: a("c12k", "s1"), rules: ["sum-mismatch"], truth: qsum("k", "s1") });
  b.ok({
    sheet: S,
    cell: a("c13k", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("c6k", "s1")}+${a("c12k", "s1")}`,
  });
  b.ok({ sheet: S, cell: a("c12r", "s2"), rules: ["sum-mismatch"], truth: qsum("r", "s2") });
  b.ok({
    sheet: S,
    cell: a("c13r", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("c6r", "s2")}+${a("c12r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c7r", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("c7r", "s1")}+${a("c7r", "s2")}`,
  });
  for (const id of ["p", "k", "s1"])
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("c13k", id)}/${a("c5k", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c14r", "p"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("c13r", "p")}/${a("c5r", "p")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c14r", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14r", "avg")})`,
  });
  return b.finish();
}

type TcRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
  rp?: number[];
};

export function tc27DinsosSebukuHilir(): BookW {
  const b = new BookW(
    "renstra-tc27-rehsos-panti-dinsos-sebuku-hilir.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Sosial)",
    "T-C.27 Renstra 2025-2029 of a Dinas Sosial in Kalimantan Utara, '(dalam ribuan rupiah)', three header rows: 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp, Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp, plain number row; program 1.06.04 > kegiatan 1.06.04.2.02 > three sub kegiatan, SUM formulas for the kegiatan Rp and the kondisi akhir Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEBUKU HILIR",
    "DINAS SOSIAL",
    "Jl. Sungai Sembakung No. 7, Kalimantan Utara",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Sosial Kabupaten Sebuku Hilir Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: TcRow[] = [
    {
      id: "p",
      kode: "1.06.04",
      nm: "PROGRAM REHABILITASI SOSIAL",
      ind: "Persentase PPKS penghuni panti yang memperoleh rehabilitasi sosial dasar sesuai standar",
      sat: "%",
      awal: 67.5,
      k: [70, 73, 76, 79, 82],
      flow: false,
    },
    {
      id: "k",
      kode: "1.06.04.2.02",
      nm: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Dalam Panti Sosial",
      ind: "Jumlah PPKS yang mendapatkan rehabilitasi sosial dasar di dalam panti",
      sat: "orang",
      awal: 248,
      k: [260, 270, 280, 290, 300],
      flow: true,
    },
    {
      id: "s1",
      kode: "1.06.04.2.02.0001",
      nm: "Penyediaan Permakanan",
      ind: "Jumlah paket permakanan bagi penghuni panti",
      sat: "paket",
      awal: 10_585,
      k: [10_950, 10_950, 11_315, 11_315, 11_680],
      flow: true,
      rp: [612_400, 645_800, 678_200, 712_500, 748_900],
    },
    {
      id: "s2",
      kode: "1.06.04.2.02.0003",
      nm: "Pemberian Pelayanan Reunifikasi Keluarga",
      ind: "Persentase penghuni panti yang berhasil direunifikasi dengan keluarga",
      sat: "%",
      awal: 58,
      k: [62, 65, 68, 71, 75],
      flow: false,
      rp: [184_350, 192_600, 201_250, 210_400, 219_900],
    },
    // planted: coded under kegiatan 1.06.04.2.01 although it stands under 1.06.04.2.02
    {
      id: "s3",
      kode: "1.06.04.2.01.0006",
      nm: "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
      ind: "Jumlah penghuni panti yang mendapatkan bimbingan",
      sat: "orang",
      awal: 231,
      k: [240, 250, 260, 270, 280],
      flow: true,
      rp: [265_750, 279_300, 293_100, 307_800, 323_200],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
    ...[1, 2, 3, 4, 5].flatMap((i): Col[] => [
      {
        key: `k${i}`,
        head: [G, `Tahun ke-${i}`, "Target"],
        role: "target",
        year: 2024 + i,
        num: 4 + 2 * i,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [G, `Tahun ke-${i}`, "Rp"],
        role: "anggaran",
        year: 2024 + i,
        num: 5 + 2 * i,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "ak", head: [A, "Target"], role: "kondisi-akhir", year: 2029, num: 16, fmt: DEC, width: 10 },
    { key: "ar", head: [A, "Rp"], role: "kondisi-akhir", year: 2029, num: 17, fmt: RP, width: 13 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      bold: i < 2,
      cells: (c) => ({
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(
          [1, 2, 3, 4, 5].flatMap((y) => [
            [`k${y}`, x.k[y - 1]],
            [
              `r${y}`,
              x.rp
                ? x.rp[y - 1]
                : x.id === "k"
                  ? fx(`SUM(${c.a(`r${y}`, "s1")}:${c.a(`r${y}`, "s3")})`)
                  : fx(c.a(`r${y}`, "k")),
            ],
          ]),
        ),
        ak: x.flow ? sum(x.k) : x.k[4],
        // planted: the kondisi akhir Rp of sub kegiatan .0003 is typed 1,080,500; the years give 1,008,500
        ar:
          x.id === "s2"
            ? 1_080_500
            : fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`),
        pj: "Bidang Rehabilitasi Sosial",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target untuk indikator persentase = target tahun ke-5; untuk jumlah = akumulasi 5 tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const years = (p: string, id: string) => [1, 2, 3, 4, 5].map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ar", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.06.04.2.02.0003 is a typed 1,080,500 among SUM formulas; the five years add up to 1,008,500",
    truth: years("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial is coded 1.06.04.2.01.0006 under kegiatan 1.06.04.2.02",
    truth: `${a("kode", "k")}&".0006"`,
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${a("k1", id)}:${a("k5", id)})`,
    });
  for (const id of ["k", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: years("k", id),
      trap: a("k5", id),
    });
  b.ok({
    sheet: S,
    cell: a("ar", "k"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: years("r", "k"),
    // the kegiatan's end Rp is its five years, not its sub kegiatan's (one of which is wrong)
    trap: `${a("ar", "s1")}+${a("ar", "s2")}+${a("ar", "s3")}`,
  });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  return b.finish();
}
