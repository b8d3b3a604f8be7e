// Indikator Kinerja Daerah (IKD) tables of the eightieth unseen set: the IKD matrix of the RPJMD
// 2021-2026 with the 2024 evaluation of the Bappeda Kabupaten Tukad Ayung (Bali), and the four-year
// realisation trend of the IKD with a kecamatan poverty table on a second sheet of the
// Bappelitbangda Kabupaten Batu Lappa (Sulawesi Selatan). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;
export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;

// ============================================ Matriks IKD RPJMD 2021-2026, Kabupaten Tukad Ayung (Bali)

type Ikd = {
  id: string;
  asp: string;
  ind: string;
  sat: string;
  neg: boolean;
  awal: number;
  t: number[];
  r: number;
  f: string;
};

const YRS = [2022, 2023, 2024, 2025, 2026];

/** IKD matrix: baseline 2020, targets 2022-2026, kondisi akhir formulas, realisasi and capaian 2024. */
export function ikdTukadAyung(): BookW {
  const b = new BookW(
    "matriks-ikd-rpjmd-evaluasi-2024-bappeda-tukad-ayung.xlsx",
    "Matriks Indikator Kinerja Daerah RPJMD 2021-2026 dengan evaluasi 2024 (Bappeda)",
    "No | Aspek (merged) | Indikator Kinerja Daerah | Satuan | Kondisi Awal (Baseline 2020) | 'Target Capaian Setiap Tahun' > 2022 .. 2026 | Kondisi Kinerja pada Akhir Periode RPJMD (formulas = 2026) | 'Evaluasi Tahun 2024' > Realisasi | Capaian (%); number row 1 .. 13; kemiskinan, TPT and gini lower is better (refleksi formulas); a negative 2020 growth baseline",
  );
  const S = "IKD RPJMD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TUKAD AYUNG", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines(
    [
      "Matriks Indikator Kinerja Daerah (IKD) RPJMD Kabupaten Tukad Ayung Tahun 2021-2026",
      "beserta Realisasi dan Capaian Tahun 2024 (bahan Reviu RPJMD)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const A1 = "Kesejahteraan dan Pemerataan Ekonomi";
  const A2 = "Daya Saing Daerah";
  const A3 = "Pelayanan Umum";
  const xs: Ikd[] = [
    {
      id: "i1",
      asp: A1,
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "poin",
      neg: false,
      awal: 76.12,
      t: [76.45, 76.8, 77.15, 77.5, 77.85],
      r: 77.31,
      f: DEC,
    },
    {
      id: "i2",
      asp: A1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      neg: true,
      awal: 4.94,
      t: [4.8, 4.65, 4.5, 4.35, 4.2],
      r: 4.38,
      f: DEC,
    },
    // planted 1: TPT target 2025 4.50 typed 5.40 (digits swapped)
    {
      id: "i3",
      asp: A1,
      ind: "Tingkat pengangguran terbuka",
      sat: "%",
      neg: true,
      awal: 5.86,
      t: [5.4, 5.1, 4.8, 5.4, 4.2],
      r: 4.61,
      f: DEC,
    },
    {
      id: "i4",
      asp: A1,
      ind: "Gini ratio",
      sat: "indeks",
      neg: true,
      awal: 0.368,
      t: [0.365, 0.362, 0.359, 0.356, 0.353],
      r: 0.351,
      f: "0.000",
    },
    {
      id: "i5",
      asp: A2,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      neg: false,
      awal: -9.31,
      t: [3.5, 4.8, 5.2, 5.5, 5.8],
      r: 5.42,
      f: DEC,
    },
    {
      id: "i6",
      asp: A2,
      ind: "PDRB per kapita ADHB",
      sat: "Juta Rp",
      neg: false,
      awal: 48.62,
      t: [50.1, 53.4, 56.9, 60.5, 64.2],
      r: 58.77,
      f: DEC,
    },
    {
      id: "i7",
      asp: A3,
      ind: "Indeks Reformasi Birokrasi",
      sat: "nilai",
      neg: false,
      awal: 58.4,
      t: [60, 62, 64, 66, 68],
      r: 63.1,
      f: DEC,
    },
  ];
  const T = "Target Capaian Setiap Tahun";
  const E = "Evaluasi Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "asp", head: ["Aspek"], role: "lainnya", num: 2, width: 20 },
    { key: "ind", head: ["Indikator Kinerja Daerah"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "aw",
      head: ["Kondisi Awal (Baseline 2020)"],
      role: "kondisi-awal",
      year: 2020,
      num: 5,
      width: 11,
    },
    ...YRS.map((y, i): Col => ({
      key: `y${y}`,
      head: [T, String(y)],
      role: "target",
      year: y,
      num: 6 + i,
      width: 9,
    })),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode RPJMD"],
      role: "kondisi-akhir",
      num: 11,
      width: 12,
    },
    { key: "re", head: [E, "Realisasi"], role: "realisasi", year: 2024, num: 12, width: 10 },
    { key: "cap", head: [E, "Capaian (%)"], role: "capaian", year: 2024, num: 13, fmt: DEC, width: 10 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const R = c.a("re");
      const Tg = c.a("y2024");
      return {
        no: i + 1,
        asp: x.asp,
        ind: x.ind,
        sat: x.sat,
        aw: { v: x.awal, fmt: x.f },
        ...Object.fromEntries(YRS.map((y, j) => [`y${y}`, { v: x.t[j], fmt: x.f }])),
        ka: fx(c.a("y2026")),
        re: { v: x.r, fmt: x.f },
        // planted 2: the gini capaian typed as R / T (97.77) among formulas
        cap: x.id === "i4" ? 97.77 : fx(x.neg ? refl(R, Tg) : rt(R, Tg)),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["asp"] });
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang makin rendah makin baik (kemiskinan, TPT, gini ratio) = (2 x Target - Realisasi) / Target x 100.",
    "Sumber: BPS Kabupaten Tukad Ayung (angka 2024 sementara).",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Semarapura Kaja, 14 Maret 2025",
    jabatan: ["Kepala Badan Perencanaan Pembangunan Daerah"],
    nama: "I GUSTI NGURAH PUTU ARSADHANA, S.T., M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730817 199903 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2025", "i3") },
    rules: ["target-trend"],
    note: "TPT (lower is better) target 2025 typed 5.40 in the falling series 5.40, 5.10, 4.80, .., 4.20; between 4.80 and 4.20 it is 4.50 (digits swapped)",
    truth: `ROUND((${a("y2024", "i3")}+${a("y2026", "i3")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "i4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "gini ratio (lower is better) capaian typed 97.77 = 0.351 / 0.359 x 100; the refleksi (2 x 0.359 - 0.351) / 0.359 x 100 gives 102.23",
    truth: refl(a("re", "i4"), a("y2024", "i4")),
  });
  for (const id of ["i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: refl(a("re", id), a("y2024", id)),
      trap: rt(a("re", id), a("y2024", id)),
    });
  for (const id of ["i1", "i5", "i6", "i7"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: rt(a("re", id), a("y2024", id)),
    });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2026", id),
      trap: `SUM(${a("y2022", id)}:${a("y2026", id)})`,
    });
  for (const id of ["i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("y2025", id),
      rules: ["target-trend"],
      truth: `ROUND((${a("y2024", id)}+${a("y2026", id)})/2,3)`,
    });
  b.ok({ sheet: S, cell: a("y2023", "i5"), rules: ["target-trend", "target-outlier"], truth: "4.8" });
  return b.finish();
}

// ==================================== Evaluasi IKD 2021-2024, Kabupaten Batu Lappa (Sulawesi Selatan)

type Tren = { id: string; ind: string; sat: string; sf: "Naik" | "Turun"; r: number[]; t: number; f: string };

/** IKD realisation 2021-2024 beside the RPJMD target 2024; kecamatan poverty on a second sheet. */
export function ikdBatuLappa(): BookW {
  const b = new BookW(
    "evaluasi-ikd-tren-kemiskinan-kecamatan-bappelitbangda-batu-lappa.xlsx",
    "Evaluasi Indikator Kinerja Daerah 2021-2024 dan penduduk miskin per kecamatan (Bappelitbangda)",
    "sheet 'Evaluasi IKD': No | Indikator | Satuan | Sifat (Naik / Turun) | 'Realisasi Kinerja' > 2021 .. 2024 | Target RPJMD 2024 | Tingkat Capaian 2024 (%) | Keterangan; refleksi on the Turun rows; sheet 'Miskin Kecamatan': No | Kecamatan | Jumlah Penduduk (jiwa) | Rumah Tangga Miskin (RT) | Penduduk Miskin (jiwa) | Persentase (%), ROUND formulas and a JUMLAH row",
  );
  const S = "Evaluasi IKD";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATU LAPPA",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines(["Tabel 2.4 Perkembangan Indikator Kinerja Daerah Kabupaten Batu Lappa"], 1, { bold: true });
  s.gap();
  const xs: Tren[] = [
    {
      id: "ipm",
      ind: "Indeks Pembangunan Manusia",
      sat: "poin",
      sf: "Naik",
      r: [70.85, 71.32, 71.89, 72.44],
      t: 72.3,
      f: DEC,
    },
    {
      id: "ahh",
      ind: "Angka Harapan Hidup",
      sat: "tahun",
      sf: "Naik",
      r: [70.12, 70.31, 70.55, 70.79],
      t: 70.7,
      f: DEC,
    },
    {
      id: "kms",
      ind: "Persentase Penduduk Miskin",
      sat: "%",
      sf: "Turun",
      r: [9.41, 9.06, 8.73, 8.29],
      t: 8.5,
      f: DEC,
    },
    {
      id: "tpt",
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      sf: "Turun",
      r: [4.62, 4.31, 4.05, 3.87],
      t: 4.1,
      f: DEC,
    },
    {
      id: "gini",
      ind: "Indeks Gini",
      sat: "indeks",
      sf: "Turun",
      r: [0.382, 0.379, 0.374, 0.371],
      t: 0.37,
      f: "0.000",
    },
    {
      id: "lpe",
      ind: "Pertumbuhan Ekonomi",
      sat: "%",
      sf: "Naik",
      r: [4.86, 5.12, 4.93, 5.04],
      t: 5.3,
      f: DEC,
    },
  ];
  const G = "Realisasi Kinerja";
  const ys = [2021, 2022, 2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "sf", head: ["Sifat"], role: "polaritas", width: 8 },
    ...ys.map((y): Col => ({ key: `r${y}`, head: [G, String(y)], role: "realisasi", year: y, width: 9 })),
    { key: "t", head: ["Target RPJMD 2024"], role: "target", year: 2024, width: 10 },
    { key: "cap", head: ["Tingkat Capaian 2024 (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 20 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const f = x.sf === "Turun" ? refl(c.a("r2024"), c.a("t")) : rt(c.a("r2024"), c.a("t"));
      return {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        sf: x.sf,
        ...Object.fromEntries(ys.map((y, j) => [`r${y}`, { v: x.r[j], fmt: x.f }])),
        t: { v: x.t, fmt: x.f },
        // planted 1: growth revised from 5.24 to 5.04, the cached 98.87 is stale
        cap: x.id === "lpe" ? fx(f, 98.87) : fx(f),
        ket:
          x.id === "lpe"
            ? "angka sangat sementara (ASEM)"
            : x.sf === "Turun"
              ? "(2T - R)/T x 100"
              : "R/T x 100",
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Sumber: BPS Kabupaten Batu Lappa, diolah."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "lpe") },
    rules: ["capaian-mismatch"],
    note: "capaian pertumbuhan ekonomi R / T x 100 caches 98.87 (5.24 / 5.30, before BPS revised 2024 to 5.04); 5.04 / 5.30 x 100 = 95.09",
    truth: rt(a("r2024", "lpe"), a("t", "lpe")),
  });
  for (const id of ["kms", "tpt", "gini"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: refl(a("r2024", id), a("t", id)),
      trap: rt(a("r2024", id), a("t", id)),
    });
  for (const id of ["ipm", "ahh"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: rt(a("r2024", id), a("t", id)),
    });
  b.ok({
    sheet: S,
    cell: a("r2024", "kms"),
    rules: ["sum-mismatch"],
    truth: "8.29",
    trap: `SUM(${a("r2021", "kms")}:${a("r2023", "kms")})`,
  });

  // ------------------------------------------------------------------------ second sheet
  const K = "Miskin Kecamatan";
  const k = b.sheet(K);
  k.lines(["Jumlah dan Persentase Penduduk Miskin menurut Kecamatan di Kabupaten Batu Lappa, 2024"], 1, {
    bold: true,
  });
  k.lines(["(hasil pendataan P3KE dan Regsosek, diolah Bappelitbangda)"]);
  k.gap();
  const kec: Array<[string, string, number, number, number]> = [
    ["c1", "Mallawa Timur", 28415, 812, 2674],
    ["c2", "Bonto Cani Raya", 19872, 655, 2103],
    ["c3", "Camba Utara", 23506, 598, 1987],
    ["c4", "Lappa Riaja", 41238, 874, 2915],
    ["c5", "Tellu Limpoe Baru", 35610, 903, 3088],
    ["c6", "Kahu Selatan", 31744, 788, 2712],
    ["c7", "Libureng Hilir", 26981, 701, 2346],
    ["c8", "Ajangale Pesisir", 22457, 549, 1863],
  ];
  const kcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 20 },
    { key: "pend", head: ["Jumlah Penduduk (jiwa)"], role: "lainnya", fmt: INT, width: 13 },
    { key: "rt", head: ["Rumah Tangga Miskin (RT)"], role: "lainnya", fmt: INT, width: 12 },
    { key: "mis", head: ["Penduduk Miskin (jiwa)"], role: "lainnya", fmt: INT, width: 12 },
    { key: "pct", head: ["Persentase (%)"], role: "lainnya", fmt: DEC, width: 10 },
  ];
  const krows: Row[] = kec.map(([id, nm, p, r, m], i) => ({
    id,
    cells: (c) => ({
      no: i + 1,
      kec: nm,
      pend: p,
      rt: r,
      mis: m,
      pct: fx(`ROUND(${c.a("mis")}/${c.a("pend")}*100,2)`),
    }),
  }));
  krows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => ({
      no: "JUMLAH",
      pend: fx(`SUM(${c.c("pend")}${c.row("c1")}:${c.c("pend")}${c.row("c8")})`),
      rt: fx(`SUM(${c.c("rt")}${c.row("c1")}:${c.c("rt")}${c.row("c8")})`),
      // planted 2: the SUM stops at Libureng Hilir
      mis: fx(`SUM(${c.c("mis")}${c.row("c1")}:${c.c("mis")}${c.row("c7")})`),
      pct: fx(`ROUND(${c.a("mis")}/${c.a("pend")}*100,2)`),
    }),
  });
  const kt = k.table({ cols: kcols, headerRows: 1, rows: krows });
  k.gap();
  signature(k, 4, {
    tempat: "Watang Lappa, 20 Februari 2025",
    jabatan: ["Kepala Bappelitbangda"],
    nama: "Dr. ANDI BASO MAKKASAU, S.E., M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740509 200003 1 004",
  });
  const ka = (key: string, id: string) => kt.a(key, id);
  b.plant({
    at: { sheet: K, cell: ka("mis", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `JUMLAH penduduk miskin \`=SUM(${ka("mis", "c1")}:${ka("mis", "c7")})\` = 17,825 leaves out Ajangale Pesisir (1,863); the eight kecamatan give 19,688`,
    truth: `SUM(${ka("mis", "c1")}:${ka("mis", "c8")})`,
  });
  for (const key of ["pend", "rt"])
    b.ok({
      sheet: K,
      cell: ka(key, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${ka(key, "c1")}:${ka(key, "c8")})`,
    });
  for (const id of ["c2", "c4", "c8"])
    b.ok({
      sheet: K,
      cell: ka("pct", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${ka("mis", id)}/${ka("pend", id)}*100,2)`,
    });
  return b.finish();
}
