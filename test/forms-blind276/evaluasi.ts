// The Renja evaluation (E.80-style E.81) and the Renstra funding table (T-C.27) of two Dinas Perumahan dan
// Kawasan Permukiman: RTLH (BSPS, APBD), kawasan kumuh and rumah korban bencana. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

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

/** E.81 of the Disperkim Kabupaten Batang Sikumbang (Sumatera Barat), s.d. Triwulan IV 2023. */
export function e81Perkim(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-disperkim-batang-sikumbang-2023.xlsx",
    "E.81 Evaluasi Renja (Disperkim)",
    "E.81 s.d. Triwulan IV 2023, Renstra 2021-2026; no No column, Kode first; K | Rp pairs, number row merged over pairs; program % level row (rumah layak huni) over RTLH flows (BSPS, APBD); Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2023";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG SIKUMBANG", "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Batang Sikumbang",
    "Periode pelaksanaan: Triwulan IV Tahun 2023 (Renstra 2021-2026)",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "1.04.02.2.02.0003",
    ur: "Pendampingan Penerima Bantuan Stimulan Perumahan Swadaya (BSPS)",
    ind: "Jumlah rumah penerima BSPS yang didampingi",
    sat: "unit",
    level: false,
    k5: 900,
    k6: 470,
    k7: 200,
    q: [25, 50, 70, 55],
    r5: 4_500_000_000,
    r6: 2_310_000_000,
    r7: 950_000_000,
    rq: [120_500_000, 240_800_000, 305_250_000, 262_400_000],
  };
  const s2: E = {
    id: "s2",
    kode: "1.04.02.2.02.0005",
    ur: "Rehabilitasi Rumah Tidak Layak Huni Sumber Dana APBD Kabupaten",
    ind: "Jumlah RTLH yang direhabilitasi (APBD)",
    sat: "unit",
    level: false,
    k5: 600,
    k6: 290,
    k7: 120,
    q: [15, 35, 40, 40],
    r5: 21_000_000_000,
    r6: 10_150_000_000,
    r7: 4_200_000_000,
    rq: [510_000_000, 1_225_000_000, 1_400_000_000, 1_015_500_000],
  };
  const subs = [s1, s2];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.04.02.2.02",
    ur: "Pemberdayaan Masyarakat dalam Pencegahan Timbulnya Rumah Tidak Layak Huni",
    ind: "Jumlah RTLH yang ditangani",
    sat: "unit",
    level: false,
    k5: 1500,
    k6: 760,
    k7: 320,
    q: [40, 85, 110, 95],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.04.02",
    ur: "PROGRAM PENGEMBANGAN PERUMAHAN",
    ind: "Persentase rumah layak huni",
    sat: "%",
    level: true,
    k5: 92,
    k6: 86.4,
    k7: 88,
    q: [86.9, 87.3, 87.8, 88.6],
  };
  const rows = [prog, keg, s1, s2];
  // planted: the BSPS row's (12) K typed 220; the quarters give 200
  const K12S1 = 220;
  const k12 = (e: E) => (e.id === "s1" ? K12S1 : e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const pair = (
    n: string,
    g: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
    num = n,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
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
    ...pair("5", "Target Renstra PD Tahun 2026", "target", "anggaran", undefined),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2022", "realisasi", "realisasi-anggaran", 2022),
    ...pair("7", "Target Renja Tahun 2023", "target", "anggaran", 2023),
    ...pair("8", "Realisasi Triwulan I", "realisasi", "realisasi-anggaran", 2023),
    ...pair("9", "Realisasi Triwulan II", "realisasi", "realisasi-anggaran", 2023),
    ...pair("10", "Realisasi Triwulan III", "realisasi", "realisasi-anggaran", 2023),
    ...pair("11", "Realisasi Triwulan IV", "realisasi", "realisasi-anggaran", 2023),
    ...pair("12", "Realisasi Renja Tahun 2023", "realisasi", "realisasi-anggaran", 2023, "12 = 8+9+10+11"),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2023", "realisasi", "realisasi-anggaran", 2023, "13 = 6+12"),
    ...pair(
      "14",
      "Tingkat Capaian Renstra s.d. 2023 (%)",
      "capaian",
      "capaian",
      undefined,
      "14 = 13/5 x 100",
    ),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 18 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => ({
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
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      ket: e.level ? "capaian kondisi TW IV" : e.id === "s1" ? "DAK + APBN (BSPS)" : "APBD",
    }),
  }));
  const avgK = round(sum(rows.map((e) => round((k13(e) / e.k5) * 100))) / 4);
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
          kode: "Rata-rata capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        // planted: the Rp predikat is "Tinggi"; the Rp rata-rata (69.41) is Sedang
        cells: () => ({ kode: "Predikat", k14: avgK > 75 ? "Tinggi" : "Sedang", r14: "Tinggi" }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: realisasi BSPS dicatat menurut rumah yang selesai dibangun per triwulan."]);
  s.gap();
  signature(s, 18, {
    tempat: "Lubuk Tarok, 12 Januari 2024",
    jabatan: ["KEPALA DINAS PERUMAHAN RAKYAT", "DAN KAWASAN PERMUKIMAN"],
    nama: "Ir. HENDRA SYAFRIZAL, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760314 200312 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "(12) K of sub kegiatan 1.04.02.2.02.0003 (BSPS) is 220; the four quarters 25+50+70+55 give 200",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the Rp capaian is Tinggi; the Rp rata-rata is 69.41, Sedang (65 < x <= 75)",
    truth: `PREDIKAT(${a("r14", "avg")})`,
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
  for (const id of ["keg", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
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

/** T-C.27 of the Disperkim Kota Watu Ampel (Jawa Timur), Renstra 2025-2029, Rp in thousands. */
export function tc27Perkim(): BookW {
  const b = new BookW(
    "tc27-renstra-disperkim-watu-ampel-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disperkim)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; three header rows (Target Kinerja dan Kerangka Pendanaan > Tahun ke-n > Target | Rp); program / kegiatan Rp as SUM formulas; kawasan kumuh (ha, a decreasing level) and rumah korban bencana (% at 100); Lokasi column",
  );
  const S = "TC-27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA WATU AMPEL", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Perumahan dan Kawasan Permukiman Kota Watu Ampel 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p1",
      kode: "1.04.03",
      ur: "PROGRAM KAWASAN PERMUKIMAN",
      ind: "Luas kawasan permukiman kumuh",
      sat: "ha",
      level: true,
      awal: 48.6,
      k: [42.1, 36.5, 30.2, 24.8, 19.5],
    },
    {
      id: "g1",
      kode: "1.04.03.2.02",
      ur: "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 Ha",
      ind: "Luas kawasan kumuh yang ditangani",
      sat: "ha",
      level: false,
      awal: 5.2,
      k: [6.5, 5.6, 6.3, 5.4, 5.3],
    },
    {
      id: "s1",
      kode: "1.04.03.2.02.0001",
      ur: "Perbaikan Rumah Tidak Layak Huni di Kawasan Kumuh",
      ind: "Jumlah RTLH di kawasan kumuh yang diperbaiki",
      sat: "unit",
      level: false,
      awal: 96,
      k: [120, 110, 115, 100, 95],
      rp: [2_850_000, 2_640_000, 2_790_000, 2_450_000, 2_380_000],
    },
    {
      id: "s2",
      kode: "1.04.03.2.02.0004",
      ur: "Pembangunan dan Rehabilitasi PSU Kawasan Kumuh",
      ind: "Persentase PSU kawasan kumuh yang memenuhi standar",
      sat: "%",
      level: true,
      awal: 55,
      k: [62, 68, 74, 80, 85],
      rp: [3_400_000, 3_150_000, 3_620_000, 3_280_000, 3_100_000],
    },
    {
      id: "p2",
      kode: "1.04.02",
      ur: "PROGRAM PENGEMBANGAN PERUMAHAN",
      ind: "Persentase rumah korban bencana yang tertangani",
      sat: "%",
      level: true,
      awal: 100,
      k: [100, 100, 100, 100, 100],
    },
    {
      id: "g2",
      kode: "1.04.02.2.01",
      ur: "Pendataan Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kota",
      ind: "Jumlah rumah korban bencana yang direhabilitasi",
      sat: "unit",
      level: false,
      awal: 28,
      k: [35, 30, 30, 25, 25],
    },
    {
      id: "s3",
      kode: "1.04.02.2.01.0001",
      ur: "Penyediaan Rumah bagi Korban Bencana",
      ind: "Jumlah rumah korban bencana yang dibangun kembali",
      sat: "unit",
      level: false,
      awal: 12,
      k: [15, 12, 12, 10, 10],
      rp: [1_875_000, 1_560_000, 1_620_000, 1_400_000, 1_450_000],
    },
    {
      id: "s4",
      kode: "1.04.03.2.01.0002",
      ur: "Rehabilitasi Rumah Rusak Akibat Bencana",
      ind: "Jumlah rumah rusak akibat bencana yang direhabilitasi",
      sat: "unit",
      level: false,
      awal: 16,
      k: [20, 18, 18, 15, 15],
      rp: [640_000, 590_000, 610_000, 520_000, 540_000],
    },
  ];
  const under: Record<string, string[]> = { p1: ["g1"], g1: ["s1", "s2"], p2: ["g2"], g2: ["s3", "s4"] };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const yearCols: Col[] = [1, 2, 3, 4, 5].flatMap((n, i) => [
    {
      key: `t${n}`,
      head: [G, `Tahun ke-${n} (${2024 + n})`, "Target"],
      role: "target" as const,
      year: 2024 + n,
      fmt: DEC,
      num: `(${5 + 2 * i})`,
    },
    {
      key: `r${n}`,
      head: [G, `Tahun ke-${n} (${2024 + n})`, "Rp"],
      role: "anggaran" as const,
      year: 2024 + n,
      fmt: RP,
      num: `(${6 + 2 * i})`,
    },
  ]);
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 38 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
      num: "(4)",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4a)" },
    ...yearCols,
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC, num: "(15)" },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP, num: "(16)" },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(17)" },
  ];
  // planted: the PSU % row's kondisi akhir typed 80 (the year-4 target); year 5 is 85
  const akK = (p: P) => (p.id === "s2" ? 80 : p.level ? p.k[4] : round(sum(p.k), 2));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          awal: p.awal,
          sat: p.sat,
          akK: akK(p),
          akR: fx([1, 2, 3, 4, 5].map((n) => x.a(`r${n}`)).join("+")),
          lok:
            p.id.startsWith("p") || p.id.startsWith("g")
              ? "Kota Watu Ampel"
              : p.id === "s1" || p.id === "s2"
                ? "Kel. Kedung Rejo, Kel. Sumber Wetan"
                : "Kec. Watu Ampel Lor",
        };
        [1, 2, 3, 4, 5].forEach((n, i) => {
          c[`t${n}`] = p.k[i];
          c[`r${n}`] = p.rp ? p.rp[i] : fx(under[p.id].map((k) => x.a(`r${n}`, k)).join("+"));
        });
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: luas kawasan kumuh dan persentase adalah kondisi pada akhir tahun; kondisi akhir = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Watu Ampel, 20 Februari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman"],
    nama: "Dra. SRI WAHYUNINGTYAS, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700822 199403 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => [1, 2, 3, 4, 5].map((n) => a(`t${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Persentase PSU kawasan kumuh yang memenuhi standar is 80 (the year-4 target); the year-5 target is 85",
    truth: a("t5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Rehabilitasi Rumah Rusak Akibat Bencana is coded 1.04.03.2.01.0002 under kegiatan 1.04.02.2.01",
    truth: `"1.04.02.2.01"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  // traps: levels end at the year-5 value, not at the sum (a decreasing ha level, a % held at 100)
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: ks(id),
    });
  for (const id of ["g1", "s1", "g2", "s3"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of rows.map((p) => p.id).filter((id) => id !== "s2" && id !== "s4"))
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: [1, 2, 3, 4, 5].map((n) => a(`r${n}`, id)).join("+"),
    });
  for (const n of [1, 3])
    b.ok({
      sheet: S,
      cell: a(`r${n}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${n}`, "s1")}+${a(`r${n}`, "s2")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${id === "s3" ? "1.04.02.2.01" : "1.04.03.2.02"}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
