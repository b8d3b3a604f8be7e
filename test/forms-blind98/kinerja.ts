// Performance documents of the two Dinas ESDM: the Perjanjian Kinerja 2025 of the Kepala Dinas ESDM of
// Provinsi Kalimantan Utara beside the Renstra 2022-2026 it quotes (targets per year, kondisi akhir =
// the 2026 target for rates, also for the lower-is-better lubang bekas tambang), and the LKjIP 2024
// measurement table of the Dinas ESDM of Provinsi Jawa Barat (capaian formulas, refleksi (2T - R) / T
// for the lower-is-better rows, predikat words, a rata-rata footer). Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

export function pkEsdmKaltara(): BookW {
  const b = new BookW(
    "pk-2025-kadis-esdm-kaltara-renstra-2022-2026.xlsx",
    "PK 2025 beside the Renstra 2022-2026 of a Dinas ESDM",
    "Sheet 'PK 2025': statement page, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet 'Renstra 2022-2026': No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir (2026)",
  );
  const P = "PK 2025";
  const R = "Renstra 2022-2026";
  const ind = [
    {
      id: "r1",
      sas: "Meningkatnya akses masyarakat terhadap energi listrik",
      ind: "Rasio elektrifikasi",
      sat: "%",
      awal: 91.45,
      t: [94.2, 95.6, 96.9, 98.1, 99.0],
    },
    {
      id: "r2",
      sas: "Meningkatnya akses masyarakat terhadap energi listrik",
      ind: "Persentase desa berlistrik",
      sat: "%",
      awal: 84.3,
      t: [88, 90.5, 93, 96.4, 98.5],
    },
    {
      id: "r3",
      sas: "Meningkatnya tata kelola pertambangan mineral dan batubara",
      ind: "Persentase pemegang IUP yang menyampaikan RKAB tepat waktu",
      sat: "%",
      awal: 58,
      t: [62, 66, 70, 74, 78],
    },
    {
      id: "r4",
      sas: "Meningkatnya tata kelola pertambangan mineral dan batubara",
      ind: "Persentase lubang bekas tambang yang belum direklamasi",
      sat: "%",
      awal: 38,
      t: [35, 32, 29, 26, 23],
    },
    {
      id: "r5",
      sas: "Terkendalinya pemanfaatan air tanah",
      ind: "Persentase sumur bor yang memiliki izin pengusahaan air tanah",
      sat: "%",
      awal: 41.2,
      t: [45, 50, 55, 60, 65],
    },
  ];
  const Y = [2022, 2023, 2024, 2025, 2026];

  // ---- Renstra sheet first (the PK quotes it)
  const rs = b.sheet(R);
  // the PK sheet is created after; Excel order does not matter for the checker
  letterhead(rs, ["DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI KALIMANTAN UTARA"]);
  rs.lines(["Tabel 5.2 Indikator Kinerja Utama dan Target Renstra Tahun 2022-2026"]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 10 },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, fmt: DEC, width: 10 },
  ];
  const tr = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: ind.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.t[j]])),
        ka: fx(c.a("y2026")),
      }),
    })),
  });
  rs.gap();
  rs.lines(["*) Indikator nomor 4 bersifat negatif: semakin kecil semakin baik."]);

  // ---- PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN UTARA", "DINAS ENERGI DAN SUMBER DAYA MINERAL"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Ir. YOHANES LAWING BALAN, M.T.",
    "Jabatan : Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Utara",
    "selanjutnya disebut pihak pertama, berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS ENERGI DAN SUMBER DAYA MINERAL"]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", num: "(1)", head: ["No"], role: "no", width: 5 },
      { key: "sas", num: "(2)", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", num: "(3)", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", num: "(4)", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", num: "(5)", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: ind.map((x, i): Row => ({
      id: x.id,
      // planted: r3 takes the Renstra 2026 target 78
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "r3" ? x.t[4] : x.t[3] },
    })),
  });
  s.gap();
  const progs = [
    { id: "g1", nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi", rp: 14_862_450_000 },
    { id: "g2", nm: "Program Pengelolaan Aspek Kegeologian", rp: 3_214_700_000 },
    { id: "g3", nm: "Program Pengelolaan Mineral dan Batubara", rp: 5_980_350_000 },
    { id: "g4", nm: "Program Pengelolaan Energi Baru Terbarukan", rp: 21_447_900_000 },
    { id: "g5", nm: "Program Pengelolaan Ketenagalistrikan", rp: 8_736_200_000 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, i): Row => ({ id: g.id, cells: { no: i + 1, pr: g.nm, rp: g.rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "pr"],
        // planted: one row short
        cells: (c: Ctx) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Tanjung Selor, 6 Januari 2025"], 3);
  s.lines(["GUBERNUR KALIMANTAN UTARA,"], 1);
  signature(s, 3, {
    tempat: "Pihak Pertama,",
    jabatan: ["KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL"],
    nama: "Ir. YOHANES LAWING BALAN, M.T.",
    nip: "19720514 199803 1 006",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the RKAB tepat waktu is 78.00, the Renstra 2026 target; the Renstra 2025 target is 74.00",
    truth: `'${R}'!${tr.a("y2025", "r3")}`,
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over programs 1-4 (45,505,400,000); with the Ketenagalistrikan program's 8,736,200,000 it is 54,241,600,000",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g5")})`,
  });
  for (const x of ind.filter((x) => x.id !== "r3"))
    b.ok({
      sheet: P,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const x of ind)
    b.ok({
      sheet: R,
      cell: tr.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2026", x.id),
      trap: `SUM(${tr.a("y2022", x.id)}:${tr.a("y2026", x.id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y2026", "r4"), rules: ["target-trend"], truth: "23" });
  return b.finish();
}

export function lkjipEsdmJabar(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-dinas-esdm-jabar.xlsx",
    "LKjIP 2024 measurement table of a Dinas ESDM",
    "LKjIP 2024 Tabel 3.1 of the Dinas ESDM Provinsi Jawa Barat: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Tahun 2023' > Realisasi | 'Tahun 2024' > Target | Realisasi | % Capaian | Kategori | Polaritas; ROUND formulas, refleksi for the two 'Minimal' rows, predikat words, Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI JAWA BARAT"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const MAX = "Maksimal (semakin tinggi semakin baik)";
  const MIN = "Minimal (semakin rendah semakin baik)";
  const rows = [
    {
      id: "i1",
      sas: "Meningkatnya ketersediaan energi listrik",
      ind: "Rasio elektrifikasi",
      sat: "%",
      r23: 99.62,
      t: 99.85,
      r: 99.71,
      neg: false,
    },
    {
      id: "i2",
      sas: "Meningkatnya ketersediaan energi listrik",
      ind: "Persentase bauran energi baru terbarukan",
      sat: "%",
      r23: 20.9,
      t: 24.5,
      r: 21.8,
      neg: false,
    },
    {
      id: "i3",
      sas: "Terkendalinya pemanfaatan air tanah",
      ind: "Persentase luas zona kritis dan rusak air tanah",
      sat: "%",
      r23: 19.6,
      t: 18,
      r: 19.2,
      neg: true,
    },
    {
      id: "i4",
      sas: "Meningkatnya kepatuhan usaha pertambangan",
      ind: "Jumlah lokasi pertambangan tanpa izin yang masih aktif",
      sat: "lokasi",
      r23: 52,
      t: 40,
      r: 46,
      neg: true,
    },
    {
      id: "i5",
      sas: "Meningkatnya kepatuhan usaha pertambangan",
      ind: "Realisasi penerimaan daerah dari sektor pertambangan",
      sat: "miliar Rp",
      r23: 131.2,
      t: 168.4,
      r: 139.75,
      neg: false,
    },
    {
      id: "i6",
      sas: "Meningkatnya ketersediaan energi listrik",
      ind: "Persentase rumah tangga tidak mampu yang terfasilitasi sambungan listrik",
      sat: "%",
      r23: 41.3,
      t: 70,
      r: 49.6,
      neg: false,
    },
  ];
  const cap = (x: (typeof rows)[number]) =>
    Math.round((x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100) * 100 + 1e-9) / 100;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
      {
        key: "r23",
        head: ["Tahun 2023", "Realisasi"],
        role: "realisasi",
        year: 2023,
        num: "(5)",
        fmt: DEC,
        width: 10,
      },
      {
        key: "t",
        head: ["Tahun 2024", "Target"],
        role: "target",
        year: 2024,
        num: "(6)",
        fmt: DEC,
        width: 10,
      },
      {
        key: "r",
        head: ["Tahun 2024", "Realisasi"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: DEC,
        width: 10,
      },
      {
        key: "c",
        head: ["Tahun 2024", "% Capaian"],
        role: "capaian",
        year: 2024,
        num: "(8)",
        fmt: DEC,
        width: 10,
      },
      { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024, num: "(9)", width: 12 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", num: "(10)", width: 22 },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => {
          const pos = `ROUND(${c.a("r")}/${c.a("t")}*100,2)`;
          const neg = `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`;
          // planted: i4 (lower is better) copies the positive formula down
          const f = x.neg && x.id !== "i4" ? neg : pos;
          const shown = x.id === "i4" ? Math.round((x.r / x.t) * 10000) / 100 : cap(x);
          // planted: i5's kategori "Sangat Baik" for 82.99 (Baik)
          const p = x.id === "i5" ? "Sangat Baik" : predikatBaik(shown);
          return {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            r23: x.r23,
            t: x.t,
            r: x.r,
            c: fx(f),
            p,
            pol: x.neg ? MIN : MAX,
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: fx(`PREDIKAT_BAIK(${c.a("c")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator Minimal = (2 x Target - Realisasi) / Target x 100 (refleksi).",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Bandung, 24 Februari 2025",
    jabatan: ["KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL", "PROVINSI JAWA BARAT,"],
    nama: "Dr. Ir. HENDRA SURYAPRAJA KUSUMAH, M.Sc.",
    nip: "19690822 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Capaian of the PETI lokasi (Minimal, lower is better) is =ROUND(R/T*100,2) = 115.00; (2 x 40 - 46) / 40 gives 85.00, as the zona kritis row computes",
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for a capaian of 82.99 (139.75 against 168.40); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i1", "i2", "i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
