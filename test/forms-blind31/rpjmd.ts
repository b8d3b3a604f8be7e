// RPJMD documents of two Bappeda: the 'Indikator Kinerja Daerah' of Kabupaten Tambora Raya (NTB,
// RPJMD 2025-2029: baseline, five yearly targets, kondisi akhir), the evaluation of the RPJMD
// 2021-2026 of Kabupaten Konawe Pesisir (Sulawesi Tenggara: realisasi per year, capaian against the
// end target) and the cascading table of Kota Lasolo (Sulawesi Tenggara: tujuan > sasaran >
// indikator, merged down the rows). Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const Y5 = [2025, 2026, 2027, 2028, 2029];
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ============================================================ IKD RPJMD Kabupaten Tambora Raya (NTB)

type IkdIn = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  /** a flow: its kondisi akhir is the sum of the five years */
  flow?: boolean;
  /** kondisi akhir as a formula pointing at the 2029 target (else typed) */
  link?: boolean;
  pd: string;
  f: string;
};

/** Tabel Penetapan Indikator Kinerja Daerah, RPJMD 2025-2029 of Kabupaten Tambora Raya. */
export function ikdTamboraRaya(): BookW {
  const b = new BookW(
    "rpjmd-ikd-bappeda-tambora-raya.xlsx",
    "RPJMD Indikator Kinerja Daerah 2025-2029 (Bappeda)",
    "Tabel 9.1: No | Aspek / Fokus / Indikator Kinerja Daerah | Satuan | Baseline 2024 | 'Target Capaian Setiap Tahun' > 2025 .. 2029 | Kondisi Kinerja pada Akhir Periode RPJMD | Perangkat Daerah Pengampu; number row 1 .. 11; aspek rows; kondisi akhir linked (=J) or typed; a flow (RTLH ditangani) whose kondisi akhir is SUM",
  );
  const S = "IKD RPJMD";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAMBORA RAYA",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines([
    "Tabel 9.1",
    "Penetapan Indikator Kinerja Daerah terhadap Capaian Kinerja Penyelenggaraan Urusan Pemerintahan Daerah",
    "RPJMD Kabupaten Tambora Raya Tahun 2025-2029",
  ]);
  s.gap();
  const A1: IkdIn[] = [
    {
      id: "ipm",
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "poin",
      awal: 69.85,
      tg: [70.42, 71.01, 71.63, 72.2, 72.81],
      link: true,
      pd: "Bappeda",
      f: DEC,
    },
    {
      id: "pe",
      ind: "Laju Pertumbuhan Ekonomi",
      sat: "%",
      awal: 5.12,
      tg: [5.2, 5.35, 5.5, 5.65, 5.8],
      pd: "Bappeda",
      f: DEC,
    },
    {
      id: "pdrb",
      ind: "PDRB per Kapita ADHB",
      sat: "juta rupiah",
      awal: 38.64,
      tg: [41.2, 43.95, 46.9, 50.05, 53.4],
      link: true,
      pd: "Bappeda",
      f: DEC,
    },
    {
      id: "miskin",
      ind: "Persentase Penduduk Miskin",
      sat: "%",
      awal: 14.86,
      tg: [14.2, 13.55, 12.9, 12.25, 11.6],
      neg: true,
      link: true,
      pd: "Dinas Sosial",
      f: DEC,
    },
    {
      id: "tpt",
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      awal: 3.92,
      tg: [3.85, 3.76, 3.67, 5.38, 3.49],
      neg: true,
      pd: "Dinas Tenaga Kerja dan Transmigrasi",
      f: DEC,
    },
    {
      id: "gini",
      ind: "Gini Rasio",
      sat: "indeks",
      awal: 0.381,
      tg: [0.378, 0.375, 0.372, 0.369, 0.366],
      neg: true,
      pd: "Bappeda",
      f: "0.000",
    },
  ];
  const A2: IkdIn[] = [
    {
      id: "ahh",
      ind: "Angka Harapan Hidup saat Lahir",
      sat: "tahun",
      awal: 67.12,
      tg: [67.38, 67.65, 67.93, 68.2, 68.48],
      pd: "Dinas Kesehatan",
      f: DEC,
    },
    {
      id: "stunt",
      ind: "Prevalensi Balita Stunting",
      sat: "%",
      awal: 18.4,
      tg: [16.9, 15.4, 13.9, 12.4, 10.9],
      neg: true,
      link: true,
      pd: "Dinas Kesehatan",
      f: DEC,
    },
    {
      id: "rtlh",
      ind: "Jumlah Rumah Tidak Layak Huni yang Ditangani",
      sat: "unit",
      awal: 412,
      tg: [450, 480, 500, 520, 550],
      flow: true,
      pd: "Dinas Perumahan dan Kawasan Permukiman",
      f: "#,##0",
    },
  ];
  const A3: IkdIn[] = [
    {
      id: "ids",
      ind: "Indeks Daya Saing Daerah",
      sat: "indeks",
      awal: 2.95,
      tg: [3.02, 3.1, 3.18, 3.26, 3.35],
      link: true,
      pd: "Bappeda",
      f: DEC,
    },
    {
      id: "inv",
      ind: "Nilai Realisasi Investasi (PMA dan PMDN)",
      sat: "miliar rupiah",
      awal: 1284.6,
      tg: [1350, 1420, 1495, 1575, 1660],
      pd: "DPMPTSP",
      f: "#,##0.0",
    },
  ];
  // planted 1: the TPT 2028 target typed 5.38 (digits of 3.58 swapped) in a falling series
  // planted 2: the Gini kondisi akhir typed 0.369, the 2028 target; the 2029 target is 0.366
  const GINI_AKHIR = 0.369;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Aspek / Fokus / Indikator Kinerja Daerah"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 12 },
    { key: "awal", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, num: 4, width: 11 },
    ...Y5.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target Capaian Setiap Tahun", String(y)],
      role: "target",
      year: y,
      num: 5 + i,
      width: 10,
    })),
    {
      key: "akhir",
      head: ["Kondisi Kinerja pada Akhir Periode RPJMD"],
      role: "kondisi-akhir",
      year: 2029,
      num: 10,
      width: 13,
    },
    { key: "pd", head: ["Perangkat Daerah Pengampu"], role: "penanggung-jawab", num: 11, width: 26 },
  ];
  const rowsOf = (xs: IkdIn[], start: number): Row[] =>
    xs.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: start + k,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          pd: x.pd,
        };
        x.tg.forEach((v, i) => (cells[`t${i}`] = fmt(v, x.f)));
        if (x.flow) cells.akhir = fx(`SUM(${c.a("t0")}:${c.a("t4")})`);
        else if (x.link) cells.akhir = fx(`${c.a("t4")}`);
        else cells.akhir = fmt(x.id === "gini" ? GINI_AKHIR : x.tg[4], x.f);
        return cells;
      },
    }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { cells: { no: "A", ind: "ASPEK KESEJAHTERAAN MASYARAKAT" }, bold: true },
      ...rowsOf(A1, 1),
      { cells: { no: "B", ind: "ASPEK PELAYANAN UMUM" }, bold: true },
      ...rowsOf(A2, 7),
      { cells: { no: "C", ind: "ASPEK DAYA SAING DAERAH" }, bold: true },
      ...rowsOf(A3, 10),
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Persentase penduduk miskin, TPT, Gini rasio dan prevalensi stunting: semakin rendah semakin baik.",
    "2. Kondisi akhir indikator tingkat / indeks / persentase = target tahun 2029; jumlah RTLH ditangani = akumulasi 2025-2029.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Dompu Baru, 14 Februari 2025",
    jabatan: ["KEPALA BAPPERIDA", "KABUPATEN TAMBORA RAYA,"],
    nama: "Drs. LALU MUHAMMAD ZAINUDDIN, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700814 199503 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t3", "tpt") },
    rules: ["target-trend", "target-outlier"],
    note: "TPT (lower is better) target 2028 typed 5.38, the digits of 3.58 swapped: the series 3.85, 3.76, 3.67, 5.38, 3.49 jumps up in 2028; between 3.67 and 3.49 lies 3.58",
    truth: `ROUND((${a("t2", "tpt")}+${a("t4", "tpt")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", "gini") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the Gini rasio (a level) typed 0.369, the 2028 target; the 2029 target is 0.366",
    truth: a("t4", "gini"),
    tol: 0.0001,
  });
  for (const x of [...A1, ...A2, ...A3]) {
    if (x.id === "gini") continue;
    const sumT = `SUM(${a("t0", x.id)}:${a("t4", x.id)})`;
    b.ok({
      sheet: S,
      cell: a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? sumT : a("t4", x.id),
      trap: x.flow ? a("t4", x.id) : sumT,
    });
  }
  for (const id of ["miskin", "stunt", "gini"]) {
    b.ok({ sheet: S, cell: a("t4", id), rules: ["target-trend"], truth: a("t4", id) });
  }
  return b.finish();
}

// ======================================= Evaluasi RPJMD 2021-2026 Kabupaten Konawe Pesisir (Sultra)

type EvIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  ta: number;
  r: number[];
  neg?: boolean;
  pd: string;
};

/** Evaluasi terhadap hasil RPJMD 2021-2026 s.d. 2024, Kabupaten Konawe Pesisir. */
export function evaluasiRpjmdKonawePesisir(): BookW {
  const b = new BookW(
    "evaluasi-rpjmd-e79-konawe-pesisir.xlsx",
    "E.79-style evaluation of the RPJMD 2021-2026 (Bappeda)",
    "No | Sasaran RPJMD (merged) | Indikator Kinerja | Satuan | Kondisi Awal (2020) | Target Akhir RPJMD (2026) | 'Realisasi Capaian Kinerja' > 2021 .. 2024 | Tingkat Capaian thd Target Akhir (%) | Perangkat Daerah; ROUND formulas, refleksi for three lower-is-better rows; a negative baseline (2020 contraction); Rata-rata row",
  );
  const S = "Evaluasi RPJMD";
  const s = b.sheet(S);
  letterhead(s, [
    "BAPPEDA KABUPATEN KONAWE PESISIR",
    "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RPJMD KABUPATEN KONAWE PESISIR TAHUN 2021-2026",
    "Capaian s.d. Tahun Anggaran 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya pertumbuhan ekonomi daerah yang inklusif";
  const S2 = "Meningkatnya kualitas sumber daya manusia";
  const S3 = "Meningkatnya kualitas tata kelola pemerintahan";
  const rows: EvIn[] = [
    {
      id: "lpe",
      sas: S1,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      awal: -1.12,
      ta: 6.1,
      r: [3.85, 5.02, 5.74, 6.32],
      pd: "Bappeda",
    },
    {
      id: "miskin",
      sas: S1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 12.97,
      ta: 9.8,
      r: [12.61, 12.05, 11.48, 11.02],
      neg: true,
      pd: "Dinas Sosial",
    },
    {
      id: "tpt",
      sas: S1,
      ind: "Tingkat pengangguran terbuka",
      sat: "%",
      awal: 3.65,
      ta: 3.0,
      r: [3.8, 3.52, 3.31, 3.18],
      neg: true,
      pd: "Dinas Tenaga Kerja",
    },
    {
      id: "ipm",
      sas: S2,
      ind: "Indeks pembangunan manusia",
      sat: "poin",
      awal: 69.43,
      ta: 72.5,
      r: [69.88, 70.45, 71.06, 71.62],
      pd: "Bappeda",
    },
    {
      id: "rls",
      sas: S2,
      ind: "Rata-rata lama sekolah",
      sat: "tahun",
      awal: 8.61,
      ta: 9.2,
      r: [8.7, 8.79, 8.88, 9.01],
      pd: "Dinas Pendidikan dan Kebudayaan",
    },
    {
      id: "akb",
      sas: S2,
      ind: "Angka kematian bayi (per 1.000 kelahiran hidup)",
      sat: "per 1.000 KH",
      awal: 21.4,
      ta: 16.0,
      r: [20.6, 19.3, 18.1, 17.2],
      neg: true,
      pd: "Dinas Kesehatan",
    },
    {
      id: "irb",
      sas: S3,
      ind: "Indeks reformasi birokrasi",
      sat: "nilai",
      awal: 58.2,
      ta: 70.0,
      r: [60.15, 62.4, 64.88, 66.05],
      pd: "Bagian Organisasi Setda",
    },
  ];
  // planted 3: the kemiskinan row (lower is better) carries R / T (112.45); refleksi gives 87.55
  const PLANT_F = "miskin";
  // planted 4: the RLS realisasi 2024 was corrected from 8.95 to 9.01; the cached capaian stayed 97.28
  const PLANT_STALE = { id: "rls", v: 97.28 };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran RPJMD"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "awal", head: ["Kondisi Awal (2020)"], role: "kondisi-awal", year: 2020, fmt: DEC, width: 10 },
    { key: "ta", head: ["Target Akhir RPJMD (2026)"], role: "target", fmt: DEC, width: 11 },
    ...[2021, 2022, 2023, 2024].map((y, i): Col => ({
      key: `r${i}`,
      head: ["Realisasi Capaian Kinerja", String(y)],
      role: "realisasi",
      year: y,
      fmt: DEC,
      width: 10,
    })),
    { key: "c", head: ["Tingkat Capaian thd Target Akhir (%)"], role: "capaian", fmt: DEC, width: 12 },
    { key: "pd", head: ["Perangkat Daerah"], role: "penanggung-jawab", width: 24 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => {
          const R = c.a("r3");
          const T = c.a("ta");
          const cells: Record<string, Cell> = {
            no: k + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            awal: x.awal,
            ta: x.ta,
            pd: x.pd,
          };
          x.r.forEach((v, i) => (cells[`r${i}`] = v));
          cells.c =
            x.id === PLANT_STALE.id
              ? fx(rt(R, T), PLANT_STALE.v)
              : fx(x.neg && x.id !== PLANT_F ? refl(R, T) : rt(R, T));
          return cells;
        },
      })),
      {
        id: "avg",
        cells: (c) => ({
          ind: "Rata-rata tingkat capaian",
          c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("lpe")}:${c.c("c")}${c.row("irb")}),2)`),
        }),
        bold: true,
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator persentase penduduk miskin, TPT dan angka kematian bayi berpolaritas negatif,",
    "tingkat capaian = (2 x target akhir - realisasi 2024) / target akhir x 100; indikator lainnya = realisasi 2024 / target akhir x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Lasusua Baru, 10 Maret 2025",
    jabatan: ["Kepala Bappeda Kabupaten Konawe Pesisir,"],
    nama: "Ir. LA ODE MUHAMMAD SYAMSUL, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750603 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the persentase penduduk miskin (lower is better by the note) is =ROUND(R/T*100,2) = 112.45; (2 x 9.80 - 11.02) / 9.80 x 100 gives 87.55, as the TPT and AKB rows compute",
    truth: refl(a("r3", PLANT_F), a("ta", PLANT_F)),
  });
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_STALE.id) },
    rules: ["capaian-mismatch"],
    note: "capaian of the rata-rata lama sekolah =ROUND(R/T*100,2) with a stale cached 97.28 (the old realisasi 8.95); 9.01 / 9.20 gives 97.93",
    truth: rt(a("r3", PLANT_STALE.id), a("ta", PLANT_STALE.id)),
  });
  for (const x of rows) {
    if (x.id === PLANT_F || x.id === PLANT_STALE.id) continue;
    const R = a("r3", x.id);
    const T = a("ta", x.id);
    const v = round(x.neg ? ((2 * x.ta - x.r[3]) / x.ta) * 100 : (x.r[3] / x.ta) * 100);
    const rules = ["capaian-mismatch"];
    if (x.neg) rules.push("inconsistent-formula");
    if (v > 100) rules.push("percent-out-of-range");
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules,
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
  }
  // realisasi of a rate: no year's value is the sum of the earlier ones
  b.ok({
    sheet: S,
    cell: a("r3", "ipm"),
    rules: ["sum-mismatch"],
    truth: "71.62",
    trap: `SUM(${a("r0", "ipm")}:${a("r2", "ipm")})`,
  });
  return b.finish();
}

// ====================================================== Cascading kinerja Kota Lasolo (Sultra)

type CasIn = {
  id: string;
  tuj: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  pd: string;
  f: string;
};

/** Cascading tujuan > sasaran > indikator with targets 2025-2029, Kota Lasolo. */
export function cascadingLasolo(): BookW {
  const b = new BookW(
    "cascading-tujuan-sasaran-kota-lasolo.xlsx",
    "RPJMD cascading tujuan > sasaran > indikator 2025-2029 (Bappeda)",
    "Tujuan (merged) | Sasaran (merged) | Kode Indikator | Indikator Sasaran | Satuan | Kondisi Eksisting 2024 | 'Target Kinerja RPJMD' > Th. 2025 .. Th. 2029 | OPD Pengampu; tujuan and sasaran merged down the rows; lower-is-better AKI and stunting; no number row",
  );
  const S = "Cascading";
  const s = b.sheet(S);
  s.lines(["POHON KINERJA (CASCADING) RPJMD KOTA LASOLO 2025-2029", "Level: Tujuan - Sasaran Daerah"], 1, {
    bold: true,
  });
  s.gap();
  const T1 = "T1. Mewujudkan sumber daya manusia yang sehat, cerdas dan berdaya saing";
  const T2 = "T2. Mewujudkan perekonomian kota berbasis kemaritiman yang tangguh";
  const rows: CasIn[] = [
    {
      id: "aki",
      tuj: T1,
      sas: "S1.1 Meningkatnya derajat kesehatan masyarakat",
      ind: "Angka Kematian Ibu",
      sat: "per 100.000 KH",
      awal: 142,
      tg: [135, 128, 121, 114, 107],
      pd: "Dinas Kesehatan",
      f: "#,##0",
    },
    {
      id: "stunt",
      tuj: T1,
      sas: "S1.1 Meningkatnya derajat kesehatan masyarakat",
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      awal: 21.3,
      tg: [20.1, 18.9, 17.7, 18.9, 15.3],
      pd: "Dinas Kesehatan",
      f: DEC,
    },
    {
      id: "air",
      tuj: T1,
      sas: "S1.1 Meningkatnya derajat kesehatan masyarakat",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      awal: 78.4,
      tg: [80.1, 82.0, 8.45, 86.3, 88.0],
      pd: "Dinas PUPR",
      f: DEC,
    },
    {
      id: "hls",
      tuj: T1,
      sas: "S1.2 Meningkatnya kualitas pendidikan",
      ind: "Harapan lama sekolah",
      sat: "tahun",
      awal: 13.21,
      tg: [13.3, 13.4, 13.5, 13.6, 13.7],
      pd: "Dinas Pendidikan",
      f: DEC,
    },
    {
      id: "rls",
      tuj: T1,
      sas: "S1.2 Meningkatnya kualitas pendidikan",
      ind: "Rata-rata lama sekolah",
      sat: "tahun",
      awal: 11.02,
      tg: [11.1, 11.19, 11.28, 11.37, 11.46],
      pd: "Dinas Pendidikan",
      f: DEC,
    },
    {
      id: "ikan",
      tuj: T2,
      sas: "S2.1 Meningkatnya produktivitas perikanan",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      awal: 24850,
      tg: [25600, 26400, 27250, 28100, 29000],
      pd: "Dinas Kelautan dan Perikanan",
      f: "#,##0",
    },
    {
      id: "ntn",
      tuj: T2,
      sas: "S2.1 Meningkatnya produktivitas perikanan",
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      awal: 104.2,
      tg: [104.8, 105.4, 106.0, 106.6, 107.2],
      pd: "Dinas Kelautan dan Perikanan",
      f: DEC,
    },
    {
      id: "inv",
      tuj: T2,
      sas: "S2.2 Meningkatnya iklim investasi daerah",
      ind: "Nilai realisasi investasi",
      sat: "miliar Rp",
      awal: 612.5,
      tg: [655, 700, 750, 805, 865],
      pd: "DPMPTSP",
      f: "#,##0.0",
    },
  ];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 30 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "kode", head: ["Kode Indikator"], width: 9 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "awal", head: ["Kondisi Eksisting 2024"], role: "kondisi-awal", year: 2024, width: 11 },
    ...Y5.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target Kinerja RPJMD", `Th. ${y}`],
      role: "target",
      year: y,
      width: 10,
    })),
    { key: "pd", head: ["OPD Pengampu"], role: "penanggung-jawab", width: 24 },
  ];
  let n = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["tuj", "sas"],
    rows: rows.map((x): Row => {
      n++;
      const cells: Record<string, Cell> = {
        tuj: x.tuj,
        sas: x.sas,
        kode: `IS.${String(n).padStart(2, "0")}`,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        pd: x.pd,
      };
      x.tg.forEach((v, i) => (cells[`t${i}`] = fmt(v, x.f)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir RPJMD Kota Lasolo 2025-2029, Bab VIII (diolah Bappeda)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "air") },
    rules: ["target-outlier", "target-trend"],
    note: "target 2027 of the akses air minum layak typed 8.45 (a lost digit of 84.50): the series 80.10, 82.00, 8.45, 86.30, 88.00; between 82.00 and 86.30 lies 84.15",
    truth: `ROUND((${a("t1", "air")}+${a("t3", "air")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "stunt") },
    rules: ["target-trend"],
    note: "stunting (lower is better) target 2028 typed 18.90, copied from 2026: the series 20.10, 18.90, 17.70, 18.90, 15.30 rises in 2028; the even step gives 16.50",
    truth: `ROUND((${a("t2", "stunt")}+${a("t4", "stunt")})/2,2)`,
  });
  // traps: falling targets of a lower-is-better indicator, rising targets of the others
  b.ok({ sheet: S, cell: a("t4", "aki"), rules: ["target-trend"], truth: "107", trap: a("awal", "aki") });
  b.ok({
    sheet: S,
    cell: a("t4", "ikan"),
    rules: ["target-trend", "target-outlier"],
    truth: "29000",
    trap: a("t0", "ikan"),
  });
  b.ok({ sheet: S, cell: a("t2", "inv"), rules: ["target-trend"], truth: "750" });
  b.ok({ sheet: S, cell: a("t4", "rls"), rules: ["target-trend"], truth: "11.46" });
  return b.finish();
}
