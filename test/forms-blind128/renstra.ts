// Plans of the Dinas (Kelautan dan) Perikanan in Bangka Belitung and Maluku: a T-C.27 Renstra
// 2025-2029 "(dalam ribuan rupiah)" for perikanan tangkap, a Perjanjian Kinerja 2025 beside its
// Renstra, and an IKU matrix 2025-2029. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type T = {
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

export function tc27Belitung(): BookW {
  const b = new BookW(
    "tc27-renstra-dkp-belitung-selatan-raya-2025-2029.xlsx",
    "T-C.27 Renstra PD",
    "T-C.27 of the Dinas Kelautan dan Perikanan of Kabupaten Belitung Selatan Raya, 2025-2029, (dalam ribuan rupiah): Kode | Program / Kegiatan | Indikator | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | Kondisi Akhir (2029) > Target | Rp; program Rp = its kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BELITUNG SELATAN RAYA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan Dinas Kelautan dan Perikanan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nm", head: ["Program / Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...YEARS.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "Target"], role: "target", year: y, fmt: DEC },
      { key: `r${y}`, head: [G, `Tahun ${y}`, "Rp"], role: "anggaran", year: y, fmt: RP, width: 14 },
    ]),
    { key: "ak", head: [A, "Target"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    { key: "ar", head: [A, "Rp"], role: "kondisi-akhir", year: 2029, fmt: RP, width: 15 },
  ];
  const R: T[] = [
    {
      id: "p",
      kode: "3.25.02",
      nm: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
      ind: "Persentase nelayan yang terlindungi asuransi",
      sat: "%",
      awal: 31,
      k: [35, 40, 45, 50, 55],
    },
    {
      id: "g1",
      kode: "3.25.02.2.01",
      nm: "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      awal: 41_280,
      k: [42_600, 44_100, 45_500, 47_000, 48_600],
      rp: [2_845_000, 3_010_500, 3_122_750, 3_268_400, 3_405_900],
    },
    {
      id: "g2",
      kode: "3.25.02.2.02",
      nm: "Pemberdayaan Nelayan Kecil",
      ind: "Jumlah nelayan kecil yang menerima bantuan sarana penangkapan",
      sat: "orang",
      awal: 310,
      k: [320, 340, 350, 360, 380],
      rp: [1_926_300, 2_040_800, 2_115_600, 2_230_450, 2_310_700],
      flow: true,
    },
    // planted: 2027 target typed 2,060 (the neighbours 19,900 and 21,300)
    {
      id: "g3",
      kode: "3.25.02.2.03",
      nm: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan",
      ind: "Volume ikan yang didaratkan di TPI",
      sat: "ton",
      awal: 18_450,
      k: [19_200, 19_900, 2_060, 21_300, 22_000],
      rp: [1_284_500, 1_352_200, 1_418_900, 1_475_300, 1_540_800],
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: R.map((e): Row => ({
      id: e.id,
      bold: e.id === "p",
      cells: (x: Ctx) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: e.kode,
          nm: e.nm,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
        };
        YEARS.forEach((y, i) => {
          c[`k${y}`] = e.k[i];
          c[`r${y}`] = e.rp ? e.rp[i] : fx(["g1", "g2", "g3"].map((g) => x.a(`r${y}`, g)).join("+"));
        });
        c.ak = e.flow ? fx(YEARS.map((y) => x.a(`k${y}`)).join("+")) : e.k[4];
        // planted: g1's Rp kondisi akhir adds 2025-2028 only
        const yrs = e.id === "g1" ? YEARS.slice(0, 4) : YEARS;
        c.ar = fx(yrs.map((y) => x.a(`r${y}`)).join("+"));
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: target produksi dan volume pendaratan adalah target tahunan; kondisi akhir = target tahun 2029.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ar", "g1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 3.25.02.2.01 adds 2025-2028 only (12,246,650); with 2029's 3,405,900 it is 15,652,550 (ribuan rupiah)",
    truth: YEARS.map((y) => a(`r${y}`, "g1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "g3") },
    rules: ["target-outlier", "target-trend"],
    note: "2027 target of the volume didaratkan di TPI is 2,060 ton between 19,900 and 21,300 (a dropped digit: 20,600)",
    truth: `(${a("k2026", "g3")}+${a("k2028", "g3")})/2`,
  });
  for (const id of ["p", "g1", "g3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("ak", "g2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YEARS.map((y) => a(`k${y}`, "g2")).join("+"),
  });
  for (const id of ["g2", "g3"])
    b.ok({
      sheet: S,
      cell: a("ar", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2025, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: ["g1", "g2", "g3"].map((g) => a(`r${y}`, g)).join("+"),
    });
  for (const y of [2026, 2028])
    b.ok({
      sheet: S,
      cell: a(`k${y}`, "g1"),
      rules: ["target-outlier", "target-trend"],
      truth: a(`k${y}`, "g1"),
    });
  return b.finish();
}

type I = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[] };

export function pkMendanau(): BookW {
  const b = new BookW(
    "pk-kadis-perikanan-mendanau-raya-2025-renstra.xlsx",
    "Perjanjian Kinerja with Renstra",
    "PK 2025 of the Kepala Dinas Perikanan of Kabupaten Mendanau Raya (Bangka Belitung): indicator table No | Sasaran | Indikator Kinerja | Satuan | Target 2025, and program table No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) with JUMLAH = the program; sheet Renstra 2025-2029: Kondisi Awal 2024 | Target Tahun ke-1 (2025) .. ke-5 (2029) | Kondisi Akhir",
  );
  const P = "PK 2025";
  const RS = "Renstra 2025-2029";
  const SA = "Meningkatnya produksi dan mutu perikanan budidaya";
  const SB = "Meningkatnya kesejahteraan pembudidaya ikan";
  const I: I[] = [
    {
      id: "a",
      sas: SA,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      awal: 6_420,
      k: [6_850, 7_300, 7_780, 8_250, 8_700],
    },
    {
      id: "b",
      sas: SA,
      ind: "Persentase unit pembudidayaan ikan bersertifikat CBIB",
      sat: "%",
      awal: 20,
      k: [24, 27, 30, 33, 36],
    },
    {
      id: "c",
      sas: SA,
      ind: "Persentase kasus penyakit ikan pada kawasan budidaya",
      sat: "%",
      awal: 9.2,
      k: [8.5, 8, 7.5, 7, 6.5],
    },
    {
      id: "d",
      sas: SB,
      ind: "Nilai Tukar Pembudidaya Ikan (NTPi)",
      sat: "indeks",
      awal: 103.4,
      k: [104.2, 105, 105.8, 106.5, 107.2],
    },
  ];
  // the Renstra sheet first (the PK refers to it)
  const r = b.sheet(RS);
  r.lines(
    ["RENCANA STRATEGIS DINAS PERIKANAN KABUPATEN MENDANAU RAYA 2025-2029", "Target Kinerja Sasaran"],
    1,
    { bold: true },
  );
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...YEARS.map((y, i): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", `Tahun ke-${i + 1} (${y})`],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "akh", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, number | ReturnType<typeof fx> | string> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
        };
        YEARS.forEach((y, j) => (o[`t${y}`] = x.k[j]));
        o.akh = fx(c.a("t2029"));
        return o;
      },
    })),
  });
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN MENDANAU RAYA", "PERJANJIAN KINERJA TAHUN 2025", "DINAS PERIKANAN"]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      // planted: b's PK target is 30.00, the Renstra 2027 value (Renstra 2025: 24.00)
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "b" ? 30 : x.k[0] },
    })),
  });
  s.gap();
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 30 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 40 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "prog",
        cells: (x: Ctx) => ({
          no: 1,
          kode: "3.25.03",
          nm: "Program Pengelolaan Perikanan Budidaya",
          ang: fx(`${x.a("ang", "k1")}+${x.a("ang", "k2")}`),
        }),
      },
      {
        id: "k1",
        cells: (x: Ctx) => ({
          kode: "3.25.03.2.02",
          nm: "Pengelolaan Pembudidayaan Ikan",
          ang: fx(`SUM(${x.a("ang", "s1")}:${x.a("ang", "s2")})`),
        }),
      },
      { id: "s1", cells: { kode: "3.25.03.2.02.0003", nm: "Penyediaan Benih Ikan", ang: 1_845_600_000 } },
      {
        id: "s2",
        cells: {
          kode: "3.25.03.2.02.0005",
          nm: "Pendampingan pada Kelompok Pembudidaya Ikan",
          ang: 612_450_000,
        },
      },
      {
        id: "k2",
        cells: (x: Ctx) => ({
          kode: "3.25.03.2.03",
          nm: "Pengendalian dan Pengawasan Kesehatan Ikan",
          ang: fx(x.a("ang", "s3")),
        }),
      },
      // planted: coded under kegiatan 3.25.03.2.02, listed under 3.25.03.2.03
      {
        id: "s3",
        cells: {
          kode: "3.25.03.2.02.0002",
          nm: "Pengendalian Penyakit Ikan pada Pembudidayaan",
          ang: 487_300_000,
        },
      },
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({ no: "JUMLAH", ang: fx(x.a("ang", "prog")) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI MENDANAU RAYA,"],
    nama: "H. RUSLI ABDUL GANI, S.H.",
    nip: "-",
  });
  const P1 = "'PK 2025'";
  void P1;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: RS, cell: rt.a("t2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the CBIB certification is 30.00, the Renstra's 2027 target; the Renstra 2025 target is 24.00",
    truth: `'${RS}'!${rt.a("t2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengendalian Penyakit Ikan is coded 3.25.03.2.02.0002 under kegiatan 3.25.03.2.03 (3.25.03.2.03.0001 expected)",
    truth: gt.a("kode", "k2"),
    actual: `PARENT(${gt.a("kode", "s3")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${RS}'!${rt.a("t2025", id)}`,
    });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: RS,
      cell: rt.a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t2029", id),
      trap: YEARS.map((y) => rt.a(`t${y}`, id)).join("+"),
    });
  for (const y of YEARS)
    b.ok({ sheet: RS, cell: rt.a(`t${y}`, "c"), rules: ["target-trend"], truth: rt.a(`t${y}`, "c") });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: P,
      cell: gt.a("kode", id),
      rules: ["code-hierarchy"],
      truth: gt.a("kode", "k1"),
      actual: `PARENT(${gt.a("kode", id)})`,
    });
  b.ok({
    sheet: P,
    cell: gt.a("ang", "k1"),
    rules: ["sum-mismatch"],
    truth: `${gt.a("ang", "s1")}+${gt.a("ang", "s2")}`,
  });
  b.ok({
    sheet: P,
    cell: gt.a("ang", "prog"),
    rules: ["sum-mismatch"],
    truth: `${gt.a("ang", "k1")}+${gt.a("ang", "k2")}`,
  });
  b.ok({
    sheet: P,
    cell: gt.a("ang", "tot"),
    rules: ["sum-mismatch"],
    truth: gt.a("ang", "prog"),
    trap: `SUM(${gt.a("ang", "prog")}:${gt.a("ang", "s3")})`,
  });
  return b.finish();
}

type K = {
  id: string;
  sas: string;
  iku: string;
  rumus: string;
  sat: string;
  awal: number;
  k: number[];
  neg?: boolean;
};

export function ikuBuru(): BookW {
  const b = new BookW(
    "iku-matriks-dkp-buru-barat-daya-2025-2029.xlsx",
    "IKU matrix",
    "IKU 2025-2029 of the Dinas Kelautan dan Perikanan of Kabupaten Buru Barat Daya (Maluku): No | Sasaran | Indikator Kinerja Utama | Formula | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir | Penanggung Jawab | Sumber Data",
  );
  const S = "IKU DKP";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BURU BARAT DAYA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) DINAS KELAUTAN DAN PERIKANAN TAHUN 2025-2029"]);
  s.gap();
  const SA = "Meningkatnya produksi perikanan tangkap";
  const SB = "Meningkatnya kualitas ekosistem pesisir";
  const R: K[] = [
    // planted: 2027 typed 31,400 in a rising series
    {
      id: "m1",
      sas: SA,
      iku: "Produksi perikanan tangkap",
      rumus: "Jumlah ikan yang didaratkan dalam satu tahun",
      sat: "ton",
      awal: 30_650,
      k: [31_800, 32_900, 31_400, 35_100, 36_200],
    },
    {
      id: "m2",
      sas: SA,
      iku: "Persentase nelayan yang menggunakan alat tangkap ramah lingkungan",
      rumus: "Nelayan dengan API ramah lingkungan / jumlah nelayan x 100%",
      sat: "%",
      awal: 58,
      k: [62, 66, 70, 75, 80],
    },
    {
      id: "m3",
      sas: SB,
      iku: "Persentase luas terumbu karang dalam kondisi rusak",
      rumus: "Luas terumbu karang rusak / luas terumbu karang x 100%",
      sat: "%",
      awal: 34.5,
      k: [33, 31.5, 30, 28.5, 27],
      neg: true,
    },
    {
      id: "m4",
      sas: SB,
      iku: "Luas kawasan konservasi perairan yang dikelola efektif",
      rumus: "Luas kawasan konservasi dengan skor EVIKA minimal baik",
      sat: "ha",
      awal: 12_400,
      k: [12_400, 13_800, 15_200, 16_500, 18_000],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "iku", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...YEARS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "akh", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: R.map((x, i): Row => {
      const o: Record<string, number | string> = {
        no: i + 1,
        sas: x.sas,
        iku: x.iku,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
      };
      YEARS.forEach((y, j) => (o[`t${y}`] = x.k[j]));
      // planted: m2's kondisi akhir typed 75.00, the 2028 target (2029: 80.00)
      o.akh = x.id === "m2" ? 75 : x.k[4];
      o.pj = i < 2 ? "Bidang Perikanan Tangkap" : "Bidang Kelautan";
      o.sd = i < 2 ? "Statistik Perikanan Tangkap" : "Laporan Monitoring Ekosistem";
      return { id: x.id, cells: o };
    }),
  });
  s.gap();
  signature(s, 10, {
    tempat: "Namrole, 8 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN,"],
    nama: "ABDULLAH RUMATIGA, S.Pi., M.Si.",
    nip: "19760521 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "m1") },
    rules: ["target-trend"],
    note: "2027 target of the produksi perikanan tangkap falls to 31,400 between 32,900 (2026) and 35,100 (2028) in a rising series",
    truth: `(${a("t2026", "m1")}+${a("t2028", "m1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akh", "m2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir 2029 of the alat tangkap ramah lingkungan is 75.00, the 2028 target; the 2029 target is 80.00",
    truth: a("t2029", "m2"),
  });
  for (const id of ["m3", "m4"])
    b.ok({
      sheet: S,
      cell: a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: YEARS.map((y) => a(`t${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("akh", "m1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "m1"),
    trap: YEARS.map((y) => a(`t${y}`, "m1")).join("+"),
  });
  for (const y of YEARS)
    b.ok({ sheet: S, cell: a(`t${y}`, "m3"), rules: ["target-trend"], truth: a(`t${y}`, "m3") });
  b.ok({ sheet: S, cell: a("t2025", "m4"), rules: ["target-trend"], truth: a("t2025", "m4") });
  return b.finish();
}
