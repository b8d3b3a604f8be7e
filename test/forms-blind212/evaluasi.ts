// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Komunikasi dan
// Informatika: akses internet desa, desa blank spot and the PPID. Every name and number is invented.
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

/** E.81 of the Diskominfo Kabupaten Tojo Lembah (Sulawesi Tengah), s.d. Triwulan IV 2024. */
export function e81Kominfo(): BookW {
  const b = new BookW(
    "evaluasi-e81-diskominfo-tojo-lembah.xlsx",
    "E.81 Evaluasi Renja (Diskominfo)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; ordinal headers (n-1)/(n-2); K | Rp pairs, number row merged over the pairs with '13 = 6 + 12' and '14 = 13/5 x 100'; program / kegiatan / two sub kegiatan; a level row (% desa terlayani internet) next to flows; Rata-rata and Predikat rows",
  );
  const S = "E.81 Kominfo";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TOJO LEMBAH",
    "DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK",
    "Jl. Trans Sulawesi No. 41 Ampana Lembah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TOJO LEMBAH",
    "Renstra Perangkat Daerah 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD: meningkatnya akses informasi dan layanan digital desa",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.16.03.2.02.0007",
      ur: "Pembangunan dan Pemeliharaan Akses Internet Desa",
      ind: "Jumlah desa yang difasilitasi akses internet",
      sat: "desa",
      level: false,
      k5: 160,
      k6: 98,
      k7: 35,
      q: [6, 9, 12, 8],
      r5: 9_200_000_000,
      r6: 5_412_600_000,
      r7: 1_850_000_000,
      rq: [210_400_000, 455_750_000, 512_300_000, 601_880_000],
    },
    {
      id: "s2",
      kode: "2.16.03.2.02.0008",
      ur: "Pemantauan Kualitas Layanan Jaringan Desa Blank Spot",
      ind: "Jumlah laporan pemantauan kualitas jaringan",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 36,
      k7: 12,
      q: [3, 3, 3, 3],
      r5: 2_100_000_000,
      r6: 1_244_900_000,
      r7: 420_000_000,
      rq: [88_500_000, 97_250_000, 101_400_000, 112_650_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.16.03.2.02",
    ur: "Pengelolaan E-Government dan Infrastruktur TIK Desa",
    ind: "Jumlah desa blank spot yang tertangani",
    sat: "desa",
    level: false,
    k5: 40,
    k6: 17,
    k7: 12,
    q: [2, 3, 4, 3],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.16.03",
    ur: "PROGRAM APLIKASI INFORMATIKA",
    ind: "Persentase desa yang terlayani akses internet",
    sat: "%",
    level: true,
    k5: 85,
    k6: 62.4,
    k7: 70,
    q: [63.1, 65.8, 68.2, 71.3],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const N = "Indikator Kinerja Program (outcome) / Kegiatan (output)";
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: [N], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", "Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0007's realisasi Rp (12) typed 1,870,330,000; the quarters give 1,780,330,000
  const R12S1 = 1_870_330_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
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
      r12: e.id === "s1" ? R12S1 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      // planted: sub kegiatan .0008's (14) K is the Renja capaian 12/7 x 100 = 100
      k14: e.id === "s2" ? round((k12(e) / e.k7) * 100) : k14(e),
      r14: r14(e),
      pj: "Bidang Infrastruktur TIK",
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
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => ({
          no: "Predikat kinerja",
          k14: predikat(round(sum(body.map((x) => (x.cells as Record<string, number>).k14)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan BAKTI Kominfo untuk BTS 4G di desa 3T.",
    "Faktor penghambat: akses jalan ke lokasi menara dan pasokan listrik desa.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Ampana Lembah, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA,", "PERSANDIAN DAN STATISTIK"],
    nama: "Ir. MOH. RIZAL LAMADJIDO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740612 200112 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.16.03.2.02.0007 is 1,870,330,000; the four quarters add up to 1,780,330,000 (digits swapped)",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of sub kegiatan 2.16.03.2.02.0008 holds 12/7 x 100 = 100.00 (the Renja capaian); 13/5 x 100 = 48/60 x 100 = 80.00",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  // the level row: 12 K is the Triwulan IV level, 13 K the latest level
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
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s2"])
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

/** T-C.27 of the Diskominfo Kabupaten Sumba Lewa (Nusa Tenggara Timur), Renstra 2025-2029, Rp in thousands. */
export function tc27Kominfo(): BookW {
  const b = new BookW(
    "renstra-tc27-diskominfo-sumba-lewa.xlsx",
    "T-C.27 Rencana program dan pendanaan (Diskominfo)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..ke-5 over Target | Rp (years only in the title); program / kegiatan Rp as sums of the rows beneath (G+I+K+M+O for the kondisi akhir Rp); PPID program with a level (% permohonan selesai) and a flow (dokumen DIP)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBA LEWA", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Komunikasi dan Informatika Kabupaten Sumba Lewa Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.16.02",
      ur: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
      ind: "Persentase permohonan informasi publik yang diselesaikan tepat waktu",
      sat: "%",
      level: true,
      awal: 78.5,
      k: [82, 85, 88, 91, 94],
    },
    {
      id: "g",
      kode: "2.16.02.2.01",
      ur: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah",
      ind: "Jumlah dokumen Daftar Informasi Publik (DIP) yang dimutakhirkan",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
    },
    {
      id: "s1",
      kode: "2.16.02.2.01.0002",
      ur: "Pengelolaan Layanan PPID dan Penyelesaian Keberatan",
      ind: "Jumlah laporan layanan informasi publik",
      sat: "laporan",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [412_500, 433_100, 454_800, 477_500, 501_400],
    },
    {
      id: "s2",
      kode: "2.16.02.2.01.0005",
      ur: "Fasilitasi Penyelesaian Sengketa Informasi Publik",
      ind: "Persentase sengketa informasi yang difasilitasi",
      sat: "%",
      level: true,
      awal: 100,
      k: [100, 100, 100, 100, 100],
      rp: [96_000, 98_500, 101_200, 104_000, 106_800],
    },
    {
      id: "s3",
      kode: "2.16.01.2.01.0003",
      ur: "Diseminasi Informasi Keterbukaan Publik ke Desa",
      ind: "Jumlah desa yang mendapat sosialisasi keterbukaan informasi",
      sat: "desa",
      level: false,
      awal: 18,
      k: [24, 24, 26, 26, 28],
      rp: [188_000, 197_400, 207_300, 217_600, 228_500],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(5)",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${4 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "(17)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          pj: "Bidang IKP",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        const add = years.map((y) => x.a(`r${y}`)).join("+");
        // planted: kondisi akhir Rp of sub kegiatan .0005 typed 560,500 (the five years give 506,500)
        out.akR = p.id === "s2" ? 560_500 : fx(add);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: kondisi akhir untuk indikator persentase adalah target tahun ke-5."]);
  s.gap();
  signature(s, 14, {
    tempat: "Waikabubak Lewa, 20 Februari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
    nama: "YOHANES UMBU NDAPA, S.Kom., M.Si.",
    nip: "19790915 200501 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 2.16.02.2.01.0005 is a typed 560,500 among formulas; the five years add up to 506,500",
    truth: yr("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Diseminasi Informasi Keterbukaan Publik ke Desa is coded 2.16.01.2.01.0003 under kegiatan 2.16.02.2.01 (should be 2.16.02.2.01.000x)",
    truth: `"2.16.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: years.map((y) => a(`k${y}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: years.map((y) => a(`k${y}`, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => a(`k${y}`, "g")).join("+"),
    trap: a("k5", "g"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => a(`k${y}`, "s3")).join("+"),
  });
  for (const id of ["p", "s1", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 3, 5])
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
      truth: `"2.16.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });

  return b.finish();
}
