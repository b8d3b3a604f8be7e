// Plans and performance tables of a Dinas Perkimtan on SPM air minum and SPALD: a T-C.27 Renstra
// 2025-2029 "(dalam ribuan rupiah)" in Kalimantan Selatan, an E.81 Renja evaluation 2024 with levels
// (persentase akses) and flows (SR, unit SPALD), an LKjIP 2024 of a Papua Pegunungan kabupaten with
// lower-is-better rows (BABS, kehilangan air), and a PK 2025 beside its Renstra targets.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const Y = [2025, 2026, 2027, 2028, 2029];

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
};

export function renstraTc27Kalsel(): BookW {
  const b = new BookW(
    "tc27-renstra-perkimtan-spam-spald-tanjung-rantau.xlsx",
    "T-C.27 Renstra Dinas Perkimtan 2025-2029",
    "T-C.27 of a Dinas Perkimtan in Kalimantan Selatan: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Tahun ke-1'..'Tahun ke-5' > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit Penanggung Jawab; '(dalam ribuan rupiah)'; program and kegiatan Rp as SUM formulas; kondisi akhir Rp = sum of years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANJUNG RANTAU",
    "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN",
  ]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Perkimtan Kabupaten Tanjung Rantau Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "1.03.03",
      nm: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      awal: 78.4,
      k: [80.5, 83, 85.5, 88, 90],
    },
    {
      id: "g1",
      kode: "1.03.03.2.01",
      nm: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten",
      ind: "Jumlah SPAM yang dikembangkan",
      sat: "unit",
      awal: 3,
      k: [2, 2, 3, 2, 2],
      flow: true,
    },
    {
      id: "s1",
      kode: "1.03.03.2.01.0005",
      nm: "Perluasan SPAM Jaringan Perpipaan",
      ind: "Jumlah sambungan rumah baru",
      sat: "SR",
      awal: 850,
      k: [1_000, 1_100, 1_200, 1_200, 1_250],
      rp: [4_250_000, 4_680_000, 5_100_000, 5_150_000, 5_400_000],
      flow: true,
    },
    {
      id: "s2",
      kode: "1.03.03.2.01.0009",
      nm: "Pembangunan SPAM Bukan Jaringan Perpipaan Terlindungi",
      ind: "Jumlah unit sumur bor / PAH terbangun",
      sat: "unit",
      awal: 60,
      k: [75, 80, 80, 85, 90],
      rp: [1_612_500, 1_720_000, 1_760_000, 1_870_000, 1_980_000],
      flow: true,
    },
    {
      id: "p2",
      kode: "1.03.05",
      nm: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM AIR LIMBAH",
      ind: "Persentase rumah tangga dengan akses SPALD layak",
      sat: "%",
      awal: 71.2,
      k: [73, 75.5, 78, 80, 82.5],
    },
    {
      id: "g2",
      kode: "1.03.05.2.01",
      nm: "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik dalam Daerah Kabupaten",
      ind: "Jumlah rumah tangga terlayani SPALD",
      sat: "KK",
      awal: 540,
      k: [600, 650, 700, 700, 750],
      flow: true,
    },
    {
      id: "s3",
      kode: "1.03.05.2.01.0003",
      nm: "Pembangunan SPALD Setempat (Tangki Septik Individual)",
      ind: "Jumlah tangki septik individual terbangun",
      sat: "unit",
      awal: 540,
      k: [600, 650, 700, 700, 750],
      rp: [5_400_000, 5_980_000, 6_510_000, 6_580_000, 7_125_000],
      flow: true,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Data Capaian Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: ["Target Kinerja dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        width: 9,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      width: 10,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const kids: Record<string, string[]> = { p1: ["g1"], g1: ["s1", "s2"], p2: ["g2"], g2: ["s3"] };
  const t = s.table({
    cols,
    headerRows: 3,
    rows: L.map((l): Row => ({
      id: l.id,
      bold: l.id.startsWith("p"),
      cells: (x: Ctx) => {
        const out: Record<string, Cell> = {
          kode: l.kode,
          nm: l.nm,
          ind: l.ind,
          sat: l.sat,
          awal: l.awal,
          pj: "Bidang Permukiman",
        };
        Y.forEach((_, i) => {
          out[`k${i}`] = l.k[i];
          out[`r${i}`] = l.rp
            ? l.rp[i]
            : l.id === "g2" && i === 2
              ? 6_150_000
              : fx(kids[l.id].map((c) => x.a(`r${i}`, c)).join("+"));
        });
        // planted: the program's kondisi akhir of a rate is typed 88 (the Tahun ke-4 target), not 90
        out.ka = l.id === "p1" ? 88 : l.flow ? fx(Y.map((_, i) => x.a(`k${i}`)).join("+")) : fx(x.a("k4"));
        out.ra = fx(`SUM(${x.a("r0")}:${x.a("r4")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Rantau, 2 Juni 2025",
    jabatan: ["Kepala Dinas Perkimtan Kabupaten Tanjung Rantau,"],
    nama: "Ir. AHMAD RIFANI, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710305 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "p1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir target of the air minum access rate (a level) is 88, the Tahun ke-4 target; the Tahun ke-5 target is 90",
    truth: a("k4", "p1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2", "g2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 1.03.05.2.01 is a typed 6,150,000 among formulas; its only sub kegiatan has 6,510,000 (the program Rp and kondisi akhir Rp above it follow the mistake)",
    truth: a("r2", "s3"),
  });
  for (const id of ["g1", "s1", "s2", "g2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((_, i) => a(`k${i}`, id)).join("+"),
      trap: a("k4", id),
    });
  b.ok({
    sheet: S,
    cell: a("ka", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p2"),
    trap: Y.map((_, i) => a(`k${i}`, "p2")).join("+"),
  });
  for (const id of ["p1", "g1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: `SUM(${a("r0", id)}:${a("r4", id)})`,
    });
  for (const i of [0, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "g1"),
  });
  return b.finish();
}

type Ev = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  lvl: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  kq: number[];
  rq: number[];
};

export function e81PerkimKalsel(): BookW {
  const b = new BookW(
    "e81-renja-perkimtan-air-minum-tanjung-rantau-2024.xlsx",
    "E.81 Evaluasi hasil Renja Dinas Perkimtan (2024)",
    "E.81 for year n-1 = 2024 (from the title): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja n-1 | (8)-(11) Triwulan I-IV | (12) Realisasi n-1 | (13) Realisasi Renstra s.d. n-1 | (14) Tingkat capaian (%), each 'Kinerja | Keuangan'; '(dalam ribuan rupiah)'; number row '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN KABUPATEN TANJUNG RANTAU"]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Tanjung Rantau",
    "Renja Tahun 2024 - Periode Renstra 2021-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const E: Ev[] = [
    {
      id: "p",
      kode: "1.03.03",
      nm: "Program Pengelolaan dan Pengembangan SPAM",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      lvl: true,
      k5: 85,
      r5: 0,
      k6: 76.9,
      r6: 0,
      k7: 79,
      r7: 0,
      kq: [77.1, 77.6, 78.4, 79.3],
      rq: [],
    },
    {
      id: "g",
      kode: "1.03.03.2.01",
      nm: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten",
      ind: "Jumlah SPAM yang dikembangkan",
      sat: "unit",
      lvl: false,
      k5: 10,
      r5: 0,
      k6: 7,
      r6: 0,
      k7: 2,
      r7: 0,
      kq: [0, 0, 1, 1],
      rq: [],
    },
    {
      id: "s1",
      kode: "1.03.03.2.01.0005",
      nm: "Perluasan SPAM Jaringan Perpipaan",
      ind: "Jumlah sambungan rumah baru",
      sat: "SR",
      lvl: false,
      k5: 4_500,
      r5: 19_800_000,
      k6: 3_420,
      r6: 14_630_000,
      k7: 900,
      r7: 3_960_000,
      kq: [120, 260, 310, 245],
      rq: [410_500, 1_122_300, 1_385_000, 978_400],
    },
    {
      id: "s2",
      kode: "1.03.03.2.01.0009",
      nm: "Pembangunan SPAM Bukan Jaringan Perpipaan Terlindungi",
      ind: "Jumlah unit sumur bor / PAH terbangun",
      sat: "unit",
      lvl: false,
      k5: 300,
      r5: 6_900_000,
      k6: 232,
      r6: 5_260_000,
      k7: 60,
      r7: 1_380_000,
      kq: [0, 18, 22, 17],
      rq: [0, 402_600, 511_800, 397_300],
    },
  ];
  const K = "Kinerja";
  const R = "Keuangan";
  const pair = (
    n: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [head, K], role: kr, year, num, width: 9 },
    { key: `r${n}`, head: [head, R], role: rr, year, num, fmt: RP, width: 13 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Urusan / Bidang / Program / Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "", width: 7 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
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
    ...[1, 2, 3, 4].flatMap((q) =>
      pair(
        `q${q}`,
        `Realisasi Kinerja pada Triwulan ${["I", "II", "III", "IV"][q - 1]}`,
        String(7 + q),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
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
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", K],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "r14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", R],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  const QK = ["kq1", "kq2", "kq3", "kq4"];
  const QR = ["rq1", "rq2", "rq3", "rq4"];
  const RK = ["r5", "r6", "r7", ...QR, "r12", "r13"];
  const rowOf = (e: Ev): Row => ({
    id: e.id,
    bold: e.id === "p",
    cells: (x: Ctx) => {
      const o: Record<string, Cell> = {
        kode: e.kode,
        nm: e.nm,
        ind: e.ind,
        sat: e.sat,
        k5: e.k5,
        k6: e.k6,
        k7: e.k7,
      };
      QK.forEach((k, j) => (o[k] = e.kq[j]));
      if (e.id.startsWith("s")) {
        o.r5 = e.r5;
        o.r6 = e.r6;
        o.r7 = e.r7;
        QR.forEach((k, j) => (o[k] = e.rq[j]));
        // planted: s2's Rp (12) is typed 1,281,700 (0 + 402,600 + 511,800 + 397,300 = 1,311,700)
        o.r12 = e.id === "s2" ? 1_281_700 : fx(QR.map((k) => x.a(k)).join("+"));
        o.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
      } else {
        const src = e.id === "p" ? ["g"] : ["s1", "s2"];
        for (const k of RK) o[k] = fx(src.map((c) => x.a(k, c)).join("+"));
      }
      o.k12 = e.lvl ? fx(x.a("kq4")) : fx(QK.map((k) => x.a(k)).join("+"));
      // planted: the program's rate adds the n-2 level to the n-1 level
      o.k13 = fx(`${x.a("k6")}+${x.a("k12")}`);
      o.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      o.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return o;
    },
  });
  const cap = (e: Ev) => round(((e.k6 + e.kq.reduce((n, v) => n + v, 0)) / e.k5) * 100);
  const avg = round((cap(E[2]) + cap(E[3])) / 2);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...E.map(rowOf),
      {
        id: "avg",
        bold: true,
        span: ["kode", "sat"],
        cells: (x: Ctx) => ({
          kode: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "s1")}:${x.a("k14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", k14: predikat(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor penghambat: keterlambatan pengadaan pipa HDPE pada triwulan I.",
    "Tindak lanjut: percepatan lelang dini tahun anggaran berikutnya.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k13", "p") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renstra s.d. 2024 of the access rate (a level, %) is =6+12 = 156.20; a level's s.d. value is its latest level, 79.30 (14 of the row follows it)",
    truth: a("kq4", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Keuangan (12) of sub kegiatan 1.03.03.2.01.0009 is a typed 1,281,700; the four quarters give 1,311,700 (13, 14 and the kegiatan / program Rp above follow it)",
    truth: QR.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k12", "p"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "p"),
    trap: QK.map((k) => a(k, "p")).join("+"),
  });
  for (const id of ["g", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: QK.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r12", "s1"),
    rules: ["sum-mismatch"],
    truth: QR.map((k) => a(k, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s1")}/${a("r5", "s1")}*100,2)`,
  });
  for (const k of ["r5", "r6", "r7", ...QR])
    b.ok({ sheet: S, cell: a(k, "g"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type Li = { id: string; ind: string; sat: string; t: number; r: number; neg?: boolean };
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

export function lkjipPerkimPapua(): BookW {
  const b = new BookW(
    "lkjip-perkim-babs-air-minum-jayawijaya-tengah.xlsx",
    "LKjIP pengukuran kinerja Dinas Perkim (2024)",
    "LKjIP 2024 Tabel 3.1, Papua Pegunungan: No | Indikator Kinerja Sasaran | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi on BABS and kehilangan air (lower is better); Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN JAYAWIJAYA TENGAH", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const L: Li[] = [
    { id: "i1", ind: "Persentase rumah tangga dengan akses air minum layak", sat: "%", t: 62, r: 58.9 },
    { id: "i2", ind: "Persentase rumah tangga yang masih BABS", sat: "%", t: 18, r: 15.3, neg: true },
    { id: "i3", ind: "Tingkat kehilangan air (NRW) Perumda Air Minum", sat: "%", t: 35, r: 38.5, neg: true },
    { id: "i4", ind: "Persentase rumah tangga dengan akses SPALD layak", sat: "%", t: 45, r: 47.2 },
  ];
  const capOf = (x: Li) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...L.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the NRW row (lower is better) has R / T
          c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: i4's 104.89 typed "Baik" (Sangat Baik); i3's kategori follows its planted capaian
          p: x.id === "i4" ? "Baik" : predikatBaik(x.id === "i3" ? round((x.r / x.t) * 100) : capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator BABS dan kehilangan air semakin kecil semakin baik; capaian = (2T - R) / T x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the NRW (lower is better by the note) is =R/T = 110.00; (2 x 35 - 38.5) / 35 gives 90.00",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 104.89 (47.2 against 45); above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i2"), a("t", "i2")),
    trap: rt(a("r", "i2"), a("t", "i2")),
  });
  b.ok({ sheet: S, cell: a("c", "i1"), rules: ["capaian-mismatch"], truth: rt(a("r", "i1"), a("t", "i1")) });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i1", "i2"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

export function pkPerkimKalsel(): BookW {
  const b = new BookW(
    "pk-2025-renstra-perkimtan-kota-banjar-hilir.xlsx",
    "PK 2025 and Renstra Dinas Perkimtan 2025-2029",
    "sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target; program table No | Program | Anggaran (Rp) | Keterangan with JUMLAH; sheet 'Renstra': Indikator | Satuan | Kondisi Awal 2024 | 2025..2029 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANJAR HILIR", "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERKIMTAN KOTA BANJAR HILIR"]);
  s.gap();
  const I = [
    {
      id: "r1",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      awal: 91.2,
      tg: [92.5, 93.5, 94.5, 95.5, 96.5],
    },
    {
      id: "r2",
      ind: "Persentase rumah tangga dengan akses SPALD layak",
      sat: "%",
      awal: 84.6,
      tg: [86, 87.5, 89, 90.5, 92],
    },
    { id: "r3", ind: "Luas kawasan permukiman kumuh", sat: "Ha", awal: 48.3, tg: [42, 36, 30, 24, 18] },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the SPALD target 87.50 is the Renstra 2026 value
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas lingkungan permukiman",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(x.id === "r2" ? x.tg[1] : x.tg[0], DEC),
      },
    })),
  });
  s.gap();
  const P: Array<[string, string, number]> = [
    ["q1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_862_450_000],
    ["q2", "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", 9_314_700_000],
    ["q3", "Program Pengelolaan dan Pengembangan Sistem Air Limbah", 6_128_300_000],
    ["q4", "Program Kawasan Permukiman", 3_407_900_000],
  ];
  const total = P.reduce((n, p) => n + p[2], 0);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...P.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, nm, rp, ket: "APBD" } })),
      // planted: stale JUMLAH from before the air limbah program was raised by 250,000,000
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "JUMLAH",
          rp: fx(`SUM(${c.a("rp", "q1")}:${c.a("rp", "q4")})`, total - 250_000_000),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Banjar Hilir, 6 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Hj. NORHALIZA, S.T., M.Eng.",
    nip: "19780910 200501 2 012",
  });
  const r = b.sheet("Renstra 2025-2029");
  r.lines(["Target Indikator Kinerja Renstra Dinas Perkimtan Kota Banjar Hilir 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: I.map((x): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y0: x.tg[0],
        y1: x.tg[1],
        y2: x.tg[2],
        y3: x.tg[3],
        y4: x.tg[4],
        ak: fx(c.a("y4")),
      }),
    })),
  });
  b.plant({
    at: { sheet: S, cell: t1.a("tg", "r2") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of akses SPALD is 87.50, the Renstra 2026 target; the Renstra 2025 target is 86.00",
    truth: `'Renstra 2025-2029'!${tr.a("y0", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `JUMLAH anggaran is =SUM of the four programs with a stale cached result of ${(total - 250_000_000).toLocaleString("en")}; they give ${total.toLocaleString("en")}`,
    truth: `SUM(${t2.a("rp", "q1")}:${t2.a("rp", "q4")})`,
  });
  for (const id of ["r1", "r3"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'Renstra 2025-2029'!${tr.a("y0", id)}`,
    });
  // Luas kumuh falls: lower is better, a falling target is the right trend; its kondisi akhir is the last year's level
  b.ok({
    sheet: "Renstra 2025-2029",
    cell: tr.a("ak", "r3"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: tr.a("y4", "r3"),
    trap: `SUM(${tr.a("y0", "r3")}:${tr.a("y4", "r3")})`,
  });
  b.ok({
    sheet: "Renstra 2025-2029",
    cell: tr.a("ak", "r1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: tr.a("y4", "r1"),
  });
  return b.finish();
}
