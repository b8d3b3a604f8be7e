// Dinas PUPR plans and their evaluation: the E.81 of Kabupaten Lembah Sariwangi (Jawa Barat) on
// jalan and daerah irigasi, and the T-C.27 of Kota Batu Runcing (Sulawesi Tengah) on drainase and
// air minum. Every name and number is invented.
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

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  kq: number[];
  rq: number[];
};

/** E.81 Dinas PUPR Kabupaten Lembah Sariwangi, s.d. Triwulan IV Tahun 2024 (n-1), Renstra 2022-2026. */
export function e81Pupr(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dpupr-lembah-sariwangi-320.xlsx",
    "E.81 Evaluasi Renja (Dinas PUPR)",
    "E.81 s.d. TW IV 2024; no No column (Kode first); ordinal (n-2)/(n-1) group headers resolved from the title; 'Kinerja | Anggaran (Rp)' pairs merged; number row merged over pairs; level rows (% jalan mantap, % DI baik); rata-rata and predikat footer",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIWANGI",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Raya Cikahuripan No. 41, Sariwangi 46291",
  ]);
  s.lines([
    "Formulir E.81  EVALUASI TERHADAP HASIL RENJA DINAS PUPR KABUPATEN LEMBAH SARIWANGI",
    "Renstra Perangkat Daerah 2022-2026, Renja Tahun 2024 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const rows: Ev[] = [
    {
      id: "p1",
      kode: "1.03.10",
      ur: "Program Penyelenggaraan Jalan",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      level: true,
      k5: 78.5,
      r5: 0,
      k6: 69.12,
      r6: 0,
      k7: 72.4,
      r7: 0,
      kq: [69.3, 70.05, 71.4, 72.85],
      rq: [],
    },
    {
      id: "s1",
      kode: "1.03.10.2.01.0026",
      ur: "Rehabilitasi Jalan",
      ind: "Panjang jalan kabupaten yang direhabilitasi",
      sat: "km",
      level: false,
      k5: 160,
      r5: 185_000_000_000,
      k6: 96.4,
      r6: 104_230_500_000,
      k7: 34.5,
      r7: 41_850_000_000,
      kq: [0, 6.2, 12.8, 15.1],
      rq: [2_145_600_000, 9_872_300_000, 16_204_950_000, 12_987_400_000],
    },
    {
      id: "s2",
      kode: "1.03.10.2.01.0030",
      ur: "Pemeliharaan Berkala Jalan",
      ind: "Panjang jalan kabupaten yang dipelihara secara berkala",
      sat: "km",
      level: false,
      k5: 420,
      r5: 96_500_000_000,
      k6: 251.6,
      r6: 55_612_400_000,
      k7: 88,
      r7: 19_640_000_000,
      kq: [10.5, 24, 30.2, 22.9],
      rq: [1_850_200_000, 5_104_600_000, 6_912_350_000, 5_402_100_000],
    },
    {
      id: "p2",
      kode: "1.03.02",
      ur: "Program Pengelolaan Sumber Daya Air (SDA)",
      ind: "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      level: true,
      k5: 75,
      r5: 0,
      k6: 66.8,
      r6: 0,
      k7: 70,
      r7: 0,
      kq: [67.1, 67.9, 69.2, 70.4],
      rq: [],
    },
    {
      id: "s3",
      kode: "1.03.02.2.01.0013",
      ur: "Rehabilitasi Jaringan Irigasi Permukaan",
      ind: "Panjang saluran irigasi permukaan yang direhabilitasi",
      sat: "km",
      level: false,
      k5: 58,
      r5: 142_300_000_000,
      k6: 34.2,
      r6: 81_245_700_000,
      k7: 12.5,
      r7: 26_480_000_000,
      kq: [0, 2.4, 4.9, 5.0],
      rq: [1_204_800_000, 6_350_100_000, 10_880_450_000, 7_612_900_000],
    },
  ];
  const byId = (id: string) => rows.find((r) => r.id === id)!;
  // program Rp = sum of its sub kegiatan
  const kids: Record<string, string[]> = { p1: ["s1", "s2"], p2: ["s3"] };
  for (const [p, ks] of Object.entries(kids)) {
    const P = byId(p);
    const K = ks.map(byId);
    P.r5 = sum(K.map((k) => k.r5));
    P.r6 = sum(K.map((k) => k.r6));
    P.r7 = sum(K.map((k) => k.r7));
    P.rq = [0, 1, 2, 3].map((i) => sum(K.map((k) => k.rq[i])));
  }
  // planted: s2's (12) Rp typed without Triwulan III
  const WRONG12 = sum(byId("s2").rq) - byId("s2").rq[2];
  const r12 = (e: Ev) => (e.id === "s2" ? WRONG12 : sum(e.rq));
  const k12 = (e: Ev) => (e.level ? e.kq[3] : round(sum(e.kq), 2));
  const k13 = (e: Ev) => (e.level ? k12(e) : round(e.k6 + k12(e), 2));
  const r13 = (e: Ev) => e.r6 + r12(e);

  const N1 = "Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun Lalu (n-2)";
  const N7 = "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi";
  const pair = (
    key: string,
    grp: string[],
    num: number,
    yr?: number,
    kr: [string, string] = ["realisasi", "realisasi-anggaran"],
  ): Col[] => [
    { key: `${key}k`, head: [...grp, "K"], role: kr[0] as Col["role"], year: yr, num, fmt: DEC },
    { key: `${key}r`, head: [...grp, "Rp"], role: kr[1] as Col["role"], year: yr, num, fmt: RP, width: 17 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    ...pair("c5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], 5, undefined, [
      "target",
      "anggaran",
    ]),
    ...pair("c6", [N1], 6, 2023),
    ...pair("c7", [N7], 7, 2024, ["target", "anggaran"]),
    ...pair("q1", [TW, "I"], 8, 2024),
    ...pair("q2", [TW, "II"], 9, 2024),
    ...pair("q3", [TW, "III"], 10, 2024),
    ...pair("q4", [TW, "IV"], 11, 2024),
    ...pair("c12", ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"], 12, 2024),
    ...pair("c13", ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"], 13, 2024),
    ...pair(
      "c14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      14,
      undefined,
      ["capaian", "capaian"],
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 20 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.level,
    cells: (x) => ({
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      c5k: e.k5,
      c5r: e.r5,
      c6k: e.k6,
      c6r: e.r6,
      c7k: e.k7,
      c7r: e.r7,
      q1k: e.kq[0],
      q1r: e.rq[0],
      q2k: e.kq[1],
      q2r: e.rq[1],
      q3k: e.kq[2],
      q3r: e.rq[2],
      q4k: e.kq[3],
      q4r: e.rq[3],
      c12k: k12(e),
      c12r: r12(e),
      c13k: k13(e),
      c13r: r13(e),
      c14k: fx(`ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`),
      c14r: fx(`ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`),
      pj: e.level ? "Kepala Dinas" : e.kode.startsWith("1.03.10") ? "Bidang Bina Marga" : "Bidang SDA",
    }),
  }));
  // rata-rata of (14) K and Rp, predikat
  const avgK = (() => {
    const vals = rows.map((e) => round((k13(e) / e.k5) * 100, 2));
    return sum(vals) / vals.length;
  })();
  const avgR = (() => {
    const vals = rows.map((e) => round((r13(e) / e.r5) * 100, 2));
    return sum(vals) / vals.length;
  })();
  const WRONG_PRED =
    predikat(avgR) === "Sangat Tinggi" ? "Tinggi" : predikat(avgR) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  body.push(
    {
      id: "avg",
      span: ["kode", "sat"],
      bold: true,
      cells: (x) => ({
        kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
        c14k: fx(`ROUND(AVERAGE(${x.a("c14k", "p1")}:${x.a("c14k", "s3")}),2)`),
        c14r: fx(`ROUND(AVERAGE(${x.a("c14r", "p1")}:${x.a("c14r", "s3")}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "sat"],
      bold: true,
      cells: { kode: "Predikat Kinerja", c14k: predikat(round(avgK, 2)), c14r: WRONG_PRED },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines(
    ["Faktor pendorong: cuaca kemarau panjang mempercepat pekerjaan pengaspalan pada Triwulan III."],
    1,
  );
  s.lines(["Faktor penghambat: keterlambatan lelang paket rehabilitasi irigasi D.I. Cileuweung."], 1);
  s.gap();
  signature(s, 20, {
    tempat: "Sariwangi, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "Ir. HENDRA KUSUMAWIJAYA, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19710314 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qs = (kr: "k" | "r", id: string) => ["q1", "q2", "q3", "q4"].map((q) => a(`${q}${kr}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("c12r", "s2") },
    rules: ["sum-mismatch"],
    truth: qs("r", "s2"),
    note: `(12) Rp of Pemeliharaan Berkala Jalan typed ${WRONG12.toLocaleString("en")}: Triwulan III left out; the four quarters add up to ${sum(byId("s2").rq).toLocaleString("en")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c14r", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14r", "avg")})`,
    note: `"${WRONG_PRED}" for an average Rp capaian of ${round(avgR, 2)} (${predikat(round(avgR, 2))})`,
  });
  for (const id of ["p1", "p2"]) {
    b.ok({ sheet: S, cell: a("c12k", id), rules: ["sum-mismatch"], truth: a("q4k", id), trap: qs("k", id) });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: a("c12k", id),
      trap: `${a("c6k", id)}+${a("c12k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `${a("c13k", id)}/${a("c5k", id)}*100`,
    });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("c12k", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("c12r", id), rules: ["sum-mismatch"], truth: qs("r", id) });
    b.ok({
      sheet: S,
      cell: a("c13r", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6r", id)}+${a("c12r", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14r", id),
      rules: ["capaian-mismatch"],
      truth: `${a("c13r", id)}/${a("c5r", id)}*100`,
    });
  }
  b.ok({ sheet: S, cell: a("c12r", "p2"), rules: ["sum-mismatch"], truth: a("c12r", "s3") });
  b.ok({
    sheet: S,
    cell: a("c14k", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14k", "avg")})`,
  });
  return b.finish();
}

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  kids?: string[];
};

/** T-C.27 Dinas PUPR Kota Batu Runcing, Renstra 2025-2029, "(dalam ribuan rupiah)". */
export function tc27Pupr(): BookW {
  const b = new BookW(
    "tc27-renstra-dpupr-batu-runcing-320.xlsx",
    "T-C.27 Renstra (Dinas PUPR)",
    "T-C.27 Renstra 2025-2029 in thousands of rupiah; Sasaran merged over its rows; 'Tahun ke-1..5' ordinal groups over Target / Rp (years from the title); SUM formulas for program and kegiatan Rp; kondisi akhir Rp as SUM over the years; number row '(1)'.. with pairs",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU RUNCING", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas PUPR Kota Batu Runcing Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas infrastruktur drainase perkotaan";
  const SAS2 = "Meningkatnya akses air minum layak dan aman";
  const data: Array<Tc & { sas: string }> = [
    {
      id: "p1",
      sas: SAS1,
      kode: "1.03.05",
      ur: "Program Pengelolaan dan Pengembangan Sistem Drainase",
      ind: "Persentase kawasan permukiman bebas genangan",
      sat: "%",
      flow: false,
      awal: 81.2,
      k: [82.5, 84, 85.5, 87, 88.5],
      kids: ["g1"],
    },
    {
      id: "g1",
      sas: SAS1,
      kode: "1.03.05.2.01",
      ur: "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
      ind: "Panjang saluran drainase yang dibangun dan direhabilitasi",
      sat: "km",
      flow: true,
      awal: 3.1,
      k: [4.2, 4.8, 5.1, 5.3, 5.6],
      kids: ["d1", "d2"],
    },
    {
      id: "d1",
      sas: SAS1,
      kode: "1.03.05.2.01.0004",
      ur: "Pembangunan Sistem Drainase Perkotaan",
      ind: "Panjang saluran drainase yang dibangun",
      sat: "km",
      flow: true,
      awal: 1.2,
      k: [1.5, 1.8, 2.0, 2.1, 2.2],
      rp: [6_850_000, 7_420_500, 8_115_000, 8_640_250, 9_020_000],
    },
    {
      id: "d2",
      sas: SAS1,
      kode: "1.03.05.2.01.0007",
      ur: "Rehabilitasi Sistem Drainase Perkotaan",
      ind: "Panjang saluran drainase yang direhabilitasi",
      sat: "km",
      flow: true,
      awal: 1.9,
      k: [2.7, 3.0, 3.1, 3.2, 3.4],
      rp: [3_210_400, 3_560_000, 3_780_750, 3_902_000, 4_115_600],
    },
    {
      id: "p2",
      sas: SAS2,
      kode: "1.03.03",
      ur: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      ind: "Persentase rumah tangga yang mendapatkan akses air minum layak",
      sat: "%",
      flow: false,
      awal: 88.4,
      k: [89.6, 90.8, 92, 93.1, 94.5],
      kids: ["g2"],
    },
    {
      id: "g2",
      sas: SAS2,
      kode: "1.03.03.2.01",
      ur: "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
      ind: "Jumlah sambungan rumah (SR) baru",
      sat: "SR",
      flow: true,
      awal: 1150,
      k: [1400, 1500, 1600, 1650, 1700],
      kids: ["a1", "a2"],
    },
    {
      id: "a1",
      sas: SAS2,
      kode: "1.03.03.2.01.0005",
      ur: "Perluasan SPAM Jaringan Perpipaan di Kawasan Perkotaan",
      ind: "Jumlah sambungan rumah jaringan perpipaan",
      sat: "SR",
      flow: true,
      awal: 900,
      k: [1100, 1150, 1200, 1250, 1300],
      rp: [9_480_000, 10_125_300, 10_870_000, 11_345_500, 11_980_000],
    },
    {
      id: "a2",
      sas: SAS2,
      kode: "1.03.03.2.01.0012",
      ur: "Pembangunan SPAM Bukan Jaringan Perpipaan Terlindungi",
      ind: "Jumlah unit sumur bor komunal terbangun",
      sat: "unit",
      flow: true,
      awal: 14,
      k: [16, 18, 20, 20, 22],
      rp: [1_860_000, 2_095_400, 2_310_000, 2_312_500, 2_540_800],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "(3)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "(6)",
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: `(${7 + i})`,
        fmt: DEC,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: `(${7 + i})`,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "akt",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(12)",
      fmt: DEC,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      num: "(12)",
      fmt: RP,
      width: 15,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(14)", width: 18 },
  ];
  // planted: program air minum kondisi akhir K = Tahun ke-4 target (93.1) instead of Tahun ke-5 (94.5)
  // planted: kegiatan SPAM Tahun ke-4 Rp =SUM with a stale cached result (before a revision of a2)
  const g2Stale = 11_345_500 + 2_132_500;
  const body: Row[] = data.map((d) => ({
    id: d.id,
    bold: !d.rp,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string | number> = {
        sas: d.sas,
        kode: d.kode,
        ur: d.ur,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        pj:
          d.id.startsWith("p") || d.id.startsWith("g")
            ? "Kepala Dinas"
            : d.sas === SAS1
              ? "Bidang Drainase"
              : "Bidang Cipta Karya",
        lok: d.sas === SAS1 ? "Kec. Lere, Kec. Talise" : "Seluruh kecamatan",
        akt: d.id === "p2" ? d.k[3] : d.flow ? round(sum(d.k), 2) : d.k[4],
        akr: fx(`SUM(${[0, 1, 2, 3, 4].map((i) => x.a(`r${i}`)).join(",")})`),
      };
      d.k.forEach((v, i) => (c[`t${i}`] = v));
      years.forEach((_, i) => {
        if (d.rp) c[`r${i}`] = d.rp[i];
        else {
          const rs = d.kids!.map((k) => x.row(k));
          const col = x.c(`r${i}`);
          // a program takes its kegiatan row, a kegiatan sums its sub kegiatan
          const f = d.id.startsWith("p")
            ? `${col}${rs[0]}`
            : `SUM(${col}${Math.min(...rs)}:${col}${Math.max(...rs)})`;
          c[`r${i}`] = d.id === "g2" && i === 3 ? fx(f, g2Stale) : fx(f);
        }
      });
      return c;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["sas", "sat"],
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { sas: "JUMLAH" };
      for (let i = 0; i < 5; i++) c[`r${i}`] = fx(`${x.a(`r${i}`, "p1")}+${x.a(`r${i}`, "p2")}`);
      c.akr = fx(`SUM(${[0, 1, 2, 3, 4].map((i) => x.a(`r${i}`)).join(",")})`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines(["Catatan: pagu indikatif tahun ke-2 s.d. ke-5 mengikuti proyeksi KUA-PPAS dan dapat berubah."]);
  s.gap();
  signature(s, 16, {
    tempat: "Batu Runcing, 3 Juni 2025",
    jabatan: ["Plt. KEPALA DINAS PUPR KOTA BATU RUNCING"],
    nama: "ANDI MAPPATOBA LAMADJIDO, S.T., M.Si.",
    nip: "19780922 200501 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (p: "t" | "r", id: string) => [0, 1, 2, 3, 4].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akt", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "p2"),
    note: "kondisi akhir of a persentase (level) is the Tahun ke-4 target 93.10; the Tahun ke-5 (2029) target is 94.50",
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g2") },
    rules: ["sum-mismatch"],
    truth: `${a("r3", "a1")}+${a("r3", "a2")}`,
    note: `kegiatan SPAM Tahun ke-4 Rp =SUM of its sub kegiatan with a stale cached result ${g2Stale.toLocaleString("en")}; the sub kegiatan give 13,658,000`,
  });
  for (const id of ["p1"]) {
    b.ok({
      sheet: S,
      cell: a("akt", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      trap: five("t", id),
    });
  }
  for (const id of ["d1", "d2", "a1", "a2", "g1", "g2"])
    b.ok({
      sheet: S,
      cell: a("akt", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: five("t", id),
      trap: id === "g1" ? a("t4", id) : undefined,
    });
  for (const id of ["d1", "d2", "a1", "a2", "g1", "p1"])
    b.ok({
      sheet: S,
      cell: a("akr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five("r", id),
    });
  for (let i = 0; i < 5; i++)
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "d1")}+${a(`r${i}`, "d2")}`,
    });
  for (const i of [0, 1, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "a1")}+${a(`r${i}`, "a2")}`,
    });
  return b.finish();
}
