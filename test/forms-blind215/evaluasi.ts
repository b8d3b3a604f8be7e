// The Renja evaluation (E.81) of BPBD Kabupaten Tanah Sirandu (Sumatera Barat) and the Renstra
// funding table (T-C.27) of BPBD Kabupaten Rinjanipura (Nusa Tenggara Barat): kaji cepat, early
// warning system (EWS), logistik and huntap pascabencana. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  predikat,
  letterhead,
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

/** E.81 of BPBD Kabupaten Tanah Sirandu, s.d. Triwulan IV 2024: calendar years, Kinerja | Keuangan. */
export function e81Bpbd(): BookW {
  const b = new BookW(
    "evaluasi-e81-bpbd-tanah-sirandu-2024.xlsx",
    "E.81 Evaluasi Renja (BPBD)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; no No column (numbers shift: 11 = 7+8+9+10); calendar years in the headers; Kinerja | Keuangan (Rp); quarters nested under one group over three header rows; an extra Renja capaian column (11/6); a level row (% desa terlayani EWS); Rata-rata and Predikat rows",
  );
  const S = "E.81 BPBD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH SIRANDU",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Bagindo Aziz Chan No. 7, Lubuk Sirandu",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja BPBD Kabupaten Tanah Sirandu",
    "Renstra Perangkat Daerah 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.05.03.2.01.0001",
      ur: "Penyusunan Kajian Risiko dan Kaji Cepat Bencana",
      ind: "Jumlah laporan kaji cepat (TRC) kejadian bencana",
      sat: "laporan",
      level: false,
      k5: 70,
      k6: 33,
      k7: 16,
      q: [3, 5, 5, 3],
      r5: 2_450_000_000,
      r6: 1_288_450_000,
      r7: 545_000_000,
      rq: [62_350_000, 131_800_000, 158_200_000, 170_900_000],
    },
    {
      id: "s2",
      kode: "1.05.03.2.01.0003",
      ur: "Pemasangan dan Pemeliharaan Early Warning System (EWS)",
      ind: "Jumlah unit EWS banjir dan longsor terpasang dan terpelihara",
      sat: "unit",
      level: false,
      k5: 40,
      k6: 17,
      k7: 10,
      q: [1, 2, 4, 2],
      r5: 3_880_000_000,
      r6: 2_016_300_000,
      r7: 915_000_000,
      rq: [95_400_000, 212_750_000, 388_100_000, 176_650_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.05.03.2.01",
    ur: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
    ind: "Jumlah dokumen kajian risiko dan laporan kaji cepat",
    sat: "dokumen",
    level: false,
    k5: 90,
    k6: 41,
    k7: 22,
    q: [4, 6, 7, 5],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.05.03",
    ur: "PROGRAM PENANGGULANGAN BENCANA",
    ind: "Persentase desa rawan bencana yang terlayani sistem peringatan dini (EWS)",
    sat: "%",
    level: true,
    k5: 80,
    k6: 52.5,
    k7: 64,
    q: [55, 58.5, 61, 66.4],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    {
      key: "ur",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan"],
      num: "2",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "4", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun 2023"],
      "5",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi"],
      "6",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", [TW, "I"], "7", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi Tahun 2024"],
      "11 = 7+8+9+10",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "R",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun 2024 (%)"],
      "12 = 11/6 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 5 + 11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/4 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 14 },
  ];
  // planted: sub kegiatan EWS's realisasi Rp (11) typed 827,900,000; the quarters give 872,900,000
  const R12S2 = 827_900_000;
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
      kR: round((k12(e) / e.k7) * 100),
      rR: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pencegahan dan Kesiapsiagaan",
      ket: e.level ? "nilai TW IV" : undefined,
    },
  }));
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const avgR = round(sum(rows.map(r14)) / rows.length);
  // planted: the K predikat one band too high
  const wrongK = predikat(avgK) === "Sedang" ? "Tinggi" : "Sedang";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", k14: wrongK, r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan BNPB untuk EWS terpadu dan relawan desa tangguh bencana.",
    "Faktor penghambat: sinyal seluler lemah di hulu sungai; pemeliharaan sensor EWS tertunda.",
    "Tindak lanjut: kerja sama pemeliharaan EWS dengan nagari dan operator seluler.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Lubuk Sirandu, 14 Januari 2025",
    jabatan: ["KEPALA PELAKSANA", "BADAN PENANGGULANGAN BENCANA DAERAH"],
    nama: "Drs. ZULHENDRI DT. RAJO MUDO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 11 Rp of sub kegiatan 1.05.03.2.01.0003 (EWS) is 827,900,000; the four quarters add up to 872,900,000 (digits swapped)",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat kinerja '${wrongK}' for a rata-rata capaian kinerja of ${avgK.toFixed(2)}; the band > 65 - 75 is Sedang`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the level row: 11 K is the Triwulan IV level, 13 K the latest level
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
  for (const id of ["prog", "s1"]) {
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("kR", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
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
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of BPBD Kabupaten Rinjanipura (NTB), Renstra 2025-2029, Rp in thousands. */
export function tc27Bpbd(): BookW {
  const b = new BookW(
    "renstra-tc27-bpbd-rinjanipura.xlsx",
    "T-C.27 Rencana program dan pendanaan (BPBD)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; calendar years over K | Rp with group headers written once (not merged); a Sasaran column merged down; program Rp = kegiatan + kegiatan, kegiatan Rp = SUM of sub kegiatan; a second program indicator without a code; kondisi akhir Rp = sum of the five years",
  );
  const S = "T-C.27 BPBD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RINJANIPURA", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BPBD Kabupaten Rinjanipura",
    "Rencana Strategis 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.05.03",
      ur: "PROGRAM PENANGGULANGAN BENCANA",
      ind: "Indeks Risiko Bencana (IRB) Kabupaten",
      sat: "indeks",
      level: true,
      awal: 142.6,
      k: [138.2, 133.5, 129, 124.8, 120.5],
    },
    {
      id: "p2",
      ind: "Persentase penyintas gempa yang telah menempati hunian tetap (huntap)",
      sat: "%",
      level: true,
      awal: 41,
      k: [52, 63, 74, 85, 95],
    },
    {
      id: "g1",
      kode: "1.05.03.2.02",
      ur: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      ind: "Jumlah desa tangguh bencana (Destana) yang dibentuk",
      sat: "desa",
      level: false,
      awal: 5,
      k: [6, 6, 8, 8, 10],
    },
    {
      id: "s11",
      kode: "1.05.03.2.02.0003",
      ur: "Penyediaan Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana (logistik dan peralatan)",
      ind: "Jumlah paket peralatan dan logistik kesiapsiagaan yang disediakan",
      sat: "paket",
      level: false,
      awal: 10,
      k: [12, 12, 14, 14, 15],
      rp: [1_245_600, 1_310_200, 1_376_800, 1_445_700, 1_518_000],
    },
    {
      id: "s12",
      kode: "1.05.03.2.02.0005",
      ur: "Pemasangan Sistem Peringatan Dini (EWS) Gempa dan Tsunami",
      ind: "Jumlah unit EWS yang terpasang",
      sat: "unit",
      level: false,
      awal: 3,
      k: [4, 5, 5, 6, 6],
      rp: [862_400, 905_500, 950_800, 998_300, 1_048_200],
    },
    {
      id: "g2",
      kode: "1.05.03.2.03",
      ur: "Pelayanan Penyelamatan, Evakuasi dan Pemulihan Pascabencana",
      ind: "Persentase kejadian bencana yang dikaji cepat dalam 24 jam",
      sat: "%",
      level: true,
      awal: 78,
      k: [82, 86, 90, 95, 100],
    },
    {
      id: "s21",
      kode: "1.05.03.2.03.0001",
      ur: "Respon Cepat Darurat Bencana",
      ind: "Jumlah laporan kaji cepat (TRC) kejadian bencana",
      sat: "laporan",
      level: false,
      awal: 20,
      k: [24, 24, 24, 24, 24],
      rp: [1_850_000, 1_942_500, 2_039_600, 2_141_600, 2_248_700],
    },
    {
      id: "s22",
      kode: "1.05.03.2.03.0004",
      ur: "Pembangunan Hunian Tetap (Huntap) Pascabencana",
      ind: "Jumlah unit huntap yang terbangun",
      sat: "unit",
      level: false,
      awal: 96,
      k: [120, 150, 150, 180, 200],
      rp: [9_600_000, 12_000_000, 12_000_000, 14_400_000, 16_000_000],
    },
    {
      id: "s23",
      kode: "1.05.03.2.03.0006",
      ur: "Penyusunan Rencana Rehabilitasi dan Rekonstruksi Pascabencana (R3P)",
      ind: "Jumlah dokumen JITUPASNA / R3P",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [325_000, 341_300, 358_400, 376_300, 395_100],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [TK, String(y), "K"], role: "target", year: y, num: String(7 + 2 * i), fmt: DEC },
      {
        key: `r${y}`,
        head: [TK, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(8 + 2 * i),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "K"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 14 },
  ];
  const SAS = "Menurunnya risiko bencana dan pulihnya permukiman pascabencana";
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
        const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
          sas: SAS,
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the huntap % of the program ends at the Tahun 2028 target 85 (2029: 95)
          akK: p.id === "p2" ? 85 : p.level ? p.k[4] : sum(p.k),
          pj: p.id === "p2" ? undefined : p.id.startsWith("s2") || p.id === "g2" ? "Bidang RR" : "Bidang PK",
          lok: p.id === "p2" ? undefined : "Kabupaten",
        };
        years.forEach((y, i) => {
          out[`k${y}`] = p.k[i];
          if (p.rp) out[`r${y}`] = p.rp[i];
          else if (p.id === "g1") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s11")}:${x.a(`r${y}`, "s12")})`);
          // planted: the 2027 Rp of kegiatan 1.05.03.2.03 sums one row short
          else if (p.id === "g2")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s21")}:${x.a(`r${y}`, y === 2027 ? "s22" : "s23")})`);
          else if (p.id === "p") out[`r${y}`] = fx(`${x.a(`r${y}`, "g1")}+${x.a(`r${y}`, "g2")}`);
        });
        if (p.id !== "p2") out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator indeks dan persentase = target tahun 2029; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Praya Rinjani, 24 Februari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD KABUPATEN RINJANIPURA"],
    nama: "L. MUHAMAD SYAIFUL HADI, S.T., M.M.",
    nip: "19780409 200312 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ky = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2027", "g2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "The 2027 Rp of kegiatan 1.05.03.2.03 is =SUM over two of its three sub kegiatan (14,039,600); with R3P's 358,400 it is 14,398,000. The other years sum all three",
    truth: `${a("r2027", "s21")}+${a("r2027", "s22")}+${a("r2027", "s23")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the huntap percentage (a level) is 85, the 2028 target; the 2029 target is 95",
    truth: a("k2029", "p2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p"),
    trap: ky("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "g2"),
    trap: ky("g2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ky("g1"),
    trap: a("k2029", "g1"),
  });
  for (const id of ["s12", "s22"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ky(id) });
  for (const id of ["g1", "s11", "s21", "s22", "s23"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [2025, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s21")}+${a(`r${y}`, "s22")}+${a(`r${y}`, "s23")}`,
    });
  for (const y of [2026, 2028])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
    });
  for (const [id, parent] of [
    ["s11", "1.05.03.2.02"],
    ["s12", "1.05.03.2.02"],
    ["s21", "1.05.03.2.03"],
    ["s23", "1.05.03.2.03"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${parent}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
