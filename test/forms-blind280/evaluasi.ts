// The Renja evaluation (E.81) of the DLH Kota Pangkal Seruni (Kepulauan Bangka Belitung) and the
// Renstra funding table (T-C.27) of the DLH Kabupaten Lereng Arjasari (Jawa Timur): persampahan,
// armada pengangkut, TPS3R and bank sampah. Every name and number is invented.
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
  type Cell,
  type Col,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  akhir: number;
  sd: number;
  renja: number;
  tw: number[];
  rpAkhir: number;
  rpSd: number;
  rpRenja: number;
  rpTw: number[];
};

/** E.81 s.d. Triwulan IV 2024, calendar years in the header, Kinerja | Keuangan, a Renja capaian pair. */
export function e81Sampah(): BookW {
  const b = new BookW(
    "e81-dlh-persampahan-pangkal-seruni-tw4-2024.xlsx",
    "E.81 Evaluasi Renja (DLH persampahan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; calendar years in the group headers; Kinerja | Keuangan pairs; no No column; an extra 'Tingkat Capaian Renja 2024 (%)' pair (12/7) before the Renstra capaian; a level row (% sampah tertangani) above three flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PANGKAL SERUNI",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Depati Hamzah No. 17, Pangkal Seruni 33148",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS LINGKUNGAN HIDUP KOTA PANGKAL SERUNI",
    "Renstra 2022-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: Line = {
    id: "s1",
    kode: "2.11.11.2.01.0004",
    ur: "Penyediaan Sarana dan Prasarana Pengangkutan Sampah",
    ind: "Jumlah unit armada pengangkut sampah (dump truck / arm roll) yang diadakan",
    sat: "unit",
    level: false,
    akhir: 14,
    sd: 7,
    renja: 3,
    tw: [0, 1, 0, 2],
    rpAkhir: 9_450_000_000,
    rpSd: 4_612_750_000,
    rpRenja: 2_085_000_000,
    rpTw: [46_200_000, 688_400_000, 95_150_000, 1_214_600_000],
  };
  const s2: Line = {
    id: "s2",
    kode: "2.11.11.2.01.0009",
    ur: "Pembinaan dan Pendampingan Bank Sampah",
    ind: "Jumlah bank sampah yang dibina",
    sat: "unit",
    level: false,
    akhir: 120,
    sd: 58,
    renja: 25,
    tw: [5, 7, 6, 8],
    rpAkhir: 1_380_000_000,
    rpSd: 702_340_000,
    rpRenja: 285_000_000,
    rpTw: [41_800_000, 77_250_000, 69_900_000, 88_460_000],
  };
  const add = (f: (x: Line) => number) => f(s1) + f(s2);
  const keg: Line = {
    id: "keg",
    kode: "2.11.11.2.01",
    ur: "Pengelolaan Sampah",
    ind: "Jumlah ritase pengangkutan sampah ke TPA",
    sat: "rit",
    level: false,
    akhir: 60_000,
    sd: 33_850,
    renja: 12_500,
    tw: [2_950, 3_080, 3_210, 3_340],
    rpAkhir: add((x) => x.rpAkhir),
    rpSd: add((x) => x.rpSd),
    rpRenja: add((x) => x.rpRenja),
    rpTw: [0, 1, 2, 3].map((i) => add((x) => x.rpTw[i])),
  };
  const prog: Line = {
    ...keg,
    id: "prog",
    kode: "2.11.11",
    ur: "PROGRAM PENGELOLAAN PERSAMPAHAN",
    ind: "Persentase sampah tertangani",
    sat: "%",
    level: true,
    akhir: 80,
    sd: 61.5,
    renja: 68,
    tw: [62.4, 64.9, 67.1, 69.3],
  };
  const lines = [prog, keg, s1, s2];
  const k12 = (x: Line) => (x.level ? x.tw[3] : sum(x.tw));
  const k13 = (x: Line) => (x.level ? k12(x) : x.sd + k12(x));
  const r12 = (x: Line) => sum(x.rpTw);
  const r13 = (x: Line) => x.rpSd + r12(x);
  const pair = (
    key: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 17 },
  ];
  const tw = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...tw.flatMap((q, i) =>
      pair(
        String(8 + i),
        `Realisasi Triwulan ${q} Tahun 2024`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair("12", "Realisasi Renja Tahun 2024", "12=8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("cr", "Tingkat Capaian Renja 2024 (%)", "12/7x100", "capaian", "capaian", 2024),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "13=6+12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14=13/5x100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  // planted (1): (12) Keuangan of the armada sub kegiatan typed 2,404,350,000; the quarters give 2,044,350,000
  const R12S1 = 2_404_350_000;
  // planted (2): (13) Kinerja of the bank sampah row typed 83 (6 + the Renja target 25); 58 + 26 = 84
  const K13S2 = 83;
  const k14 = (x: Line) => round((k13(x) / x.akhir) * 100);
  const r14 = (x: Line) => round((r13(x) / x.rpAkhir) * 100);
  const body = lines.map((x) => {
    const c: Record<string, Cell> = {
      kode: x.kode,
      ur: x.ur,
      ind: x.ind,
      sat: x.sat,
      k5: x.akhir,
      r5: x.rpAkhir,
      k6: x.sd,
      r6: x.rpSd,
      k7: x.renja,
      r7: x.rpRenja,
      k12: k12(x),
      r12: x.id === "s1" ? R12S1 : r12(x),
      kcr: round((k12(x) / x.renja) * 100),
      rcr: round((r12(x) / x.rpRenja) * 100),
      k13: x.id === "s2" ? K13S2 : k13(x),
      r13: r13(x),
      k14: k14(x),
      r14: r14(x),
      pj: x.id === "s2" ? "Bidang Pengelolaan Sampah dan Limbah B3" : "UPTD Kebersihan dan Pertamanan",
    };
    tw.forEach((_, i) => {
      c[`k${8 + i}`] = x.tw[i];
      c[`r${8 + i}`] = x.rpTw[i];
    });
    return { id: x.id, cells: c };
  });
  const avgK = round(sum(lines.map(k14)) / 4);
  const avgR = round(sum(lines.map(r14)) / 4);
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
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
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
    "Faktor pendorong: tambahan dua arm roll dari DAK 2024 dan 14 TPS3R yang beroperasi penuh.",
    "Faktor penghambat: jarak TPA Air Lintang dan keterbatasan lahan TPS di kawasan padat.",
    "Tindak lanjut: penambahan ritase malam dan penguatan bank sampah unit kelurahan.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Pangkal Seruni, 17 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KOTA PANGKAL SERUNI"],
    nama: "Ir. HENDRA SYAPUTRA DJAMAL, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760314 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Keuangan of sub kegiatan 2.11.11.2.01.0004 is 2,404,350,000; its four quarters add up to 2,044,350,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Kinerja of sub kegiatan 2.11.11.2.01.0009 is 83 (58 + the Renja target 25); 6 + 12 = 58 + 26 = 84",
    truth: `${a("k6", "s2")}+${a("k12", "s2")}`,
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
  for (const id of ["keg", "s1"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  b.ok({ sheet: S, cell: a("r12", "s2"), rules: ["sum-mismatch"], truth: q("r", "s2") });
  for (const id of ["prog", "keg", "s2"]) {
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("kcr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
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
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type Plan = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp: number[];
};

/** T-C.27 Renstra 2025-2029 of the DLH Lereng Arjasari, full rupiah, typed program / kegiatan totals. */
export function tc27Sampah(): BookW {
  const b = new BookW(
    "tc27-renstra-dlh-persampahan-lereng-arjasari-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (DLH persampahan)",
    "T-C.27 Renstra 2025-2029 in full rupiah; a Sasaran column merged down; group headers written once (not merged); 'Tahun 2025'..'Tahun 2029' over Target | Rp; typed program / kegiatan Rp, kondisi akhir Rp as formulas; a stock (TPS3R beroperasi) and a % level next to flows",
  );
  const S = "T-C.27 DLH";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LERENG ARJASARI", "DINAS LINGKUNGAN HIDUP"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah",
    "Dinas Lingkungan Hidup Kabupaten Lereng Arjasari Tahun 2025-2029",
  ]);
  s.gap();
  const subs: Plan[] = [
    {
      id: "s1",
      kode: "2.11.11.2.01.0006",
      ur: "Pembangunan TPS3R",
      ind: "Jumlah TPS3R yang dibangun",
      sat: "unit",
      level: false,
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [1_240_000_000, 1_302_000_000, 1_367_100_000, 1_435_450_000, 1_507_200_000],
    },
    {
      id: "s2",
      kode: "2.11.11.2.01.0009",
      ur: "Pembinaan dan Fasilitasi Bank Sampah",
      ind: "Jumlah bank sampah yang difasilitasi",
      sat: "unit",
      level: false,
      awal: 8,
      k: [10, 12, 12, 14, 15],
      rp: [184_500_000, 203_000_000, 211_750_000, 236_400_000, 251_900_000],
    },
    {
      id: "s3",
      kode: "2.11.10.2.01.0012",
      ur: "Pengawasan Operasional TPA Sentul Arjasari",
      ind: "Jumlah laporan pengawasan operasional TPA",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [96_000_000, 99_800_000, 103_700_000, 107_900_000, 112_200_000],
    },
  ];
  const tot = [0, 1, 2, 3, 4].map((i) => sum(subs.map((x) => x.rp[i])));
  // planted: the kegiatan's 2027 Rp typed 1,628,550,000; its sub kegiatan add up to 1,682,550,000
  const G3 = 1_628_550_000;
  const gRp = tot.map((v, i) => (i === 2 ? G3 : v));
  const rows: Plan[] = [
    {
      id: "p",
      kode: "2.11.11",
      ur: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      ind: "Persentase sampah terkelola",
      sat: "%",
      level: true,
      awal: 58.4,
      k: [62, 66, 70, 74, 78],
      rp: gRp,
    },
    {
      id: "g",
      kode: "2.11.11.2.01",
      ur: "Pengelolaan Sampah",
      ind: "Jumlah TPS3R yang beroperasi",
      sat: "unit",
      level: true,
      awal: 9,
      k: [11, 13, 15, 17, 19],
      rp: gRp,
    },
    ...subs,
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 1, width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 3, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 6,
      fmt: DEC,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [TK, `Tahun ${y}`, "Target"], role: "target", year: y, num: 7 + 2 * i, fmt: DEC },
      {
        key: `r${i}`,
        head: [TK, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 8 + 2 * i,
        fmt: RP,
        width: 16,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 17, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 18, fmt: RP, width: 17 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 19, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 20, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: (x) => {
        const c: Record<string, Cell> = {
          sas: "Meningkatnya pengelolaan sampah rumah tangga",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          akR: fx(Y.map((_, i) => x.a(`r${i}`)).join("+")),
          pj: "Bidang Persampahan",
          lok: "Kabupaten",
        };
        Y.forEach((_, i) => {
          c[`k${i}`] = p.k[i];
          c[`r${i}`] = p.rp[i];
        });
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: TPS3R beroperasi dan persentase adalah kondisi tahun berkenaan (tidak dijumlahkan).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Arjasari, 24 Februari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Dr. WAHYU KUSUMANINGRUM, S.T., M.T.",
    nip: "19790822 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const subSum = (i: number) => subs.map((x) => a(`r${i}`, x.id)).join("+");
  const ks = (id: string) => Y.map((_, i) => a(`k${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 2.11.11.2.01's 2027 Rp is 1,628,550,000; its three sub kegiatan add up to 1,682,550,000",
    truth: subSum(2),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengawasan Operasional TPA is coded 2.11.10.2.01.0012 under kegiatan 2.11.11.2.01",
    truth: `"2.11.11.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "g"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: ks(id),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k4", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((_, i) => a(`r${i}`, id)).join("+"),
    });
  for (const i of [0, 1, 3, 4])
    b.ok({ sheet: S, cell: a(`r${i}`, "g"), rules: ["sum-mismatch"], truth: subSum(i) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.11.11.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"2.11.11"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
