// Performance tables of the library and archives offices: the LKjIP 2024 measurement of the Dinas
// Perpustakaan dan Kearsipan Provinsi Riau (IPLM, TGM, arsip statis, nilai pengawasan; two lower-is-
// better rows with an explicit Polaritas column and refleksi capaian), and the PK 2025 of the Dinas
// Perpustakaan dan Kearsipan Kabupaten Tappalang Raya (Sulawesi Barat) beside the targets of its Renstra
// 2022-2026 (ordinal "Tahun ke-1 .. ke-5" headers). Every name and number is invented.
import { BookW, DEC, INT, RP, fmt, fx, letterhead, signature, type Cell, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ============================================= Dinas Perpustakaan dan Kearsipan Provinsi Riau, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  r23: number;
  t: number;
  r: number;
  t26: number;
  pred: string;
};

export function lkjipRiau(): BookW {
  const b = new BookW(
    "lkjip-2024-dispusip-provinsi-riau-pengukuran.xlsx",
    "LKjIP 2024 pengukuran kinerja (Dinas Perpustakaan dan Kearsipan Provinsi Riau)",
    "Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Polaritas (Maksimal / Minimal) | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra 2026; capaian ROUND formulas, refleksi (2T - R) / T on the Minimal rows; predikat typed in the Baik words; Rata-rata capaian and its predikat; the scale under the table",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI RIAU"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024",
    "Renstra Dinas Perpustakaan dan Kearsipan Provinsi Riau Tahun 2021-2026",
  ]);
  s.gap();
  const S1 = "Meningkatnya budaya literasi masyarakat Riau";
  const S2 = "Meningkatnya kualitas pengelolaan dan penyelamatan arsip";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Pembangunan Literasi Masyarakat (IPLM) Provinsi Riau",
      sat: "indeks",
      r23: 66.84,
      t: 68.5,
      r: 70.12,
      t26: 75,
      pred: "Sangat Baik",
    },
    // planted: predikat "Baik" for a capaian of 97.53
    {
      id: "i2",
      sas: S1,
      ind: "Tingkat Kegemaran Membaca (TGM) Masyarakat",
      sat: "nilai",
      r23: 63.1,
      t: 66,
      r: 64.37,
      t26: 70,
      pred: "Baik",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase arsip statis yang diakuisisi dan tertata",
      sat: "%",
      r23: 68.2,
      t: 72,
      r: 75.4,
      t26: 85,
      pred: "Sangat Baik",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata waktu layanan penelusuran arsip",
      sat: "menit",
      neg: true,
      r23: 38,
      t: 30,
      r: 34,
      t26: 20,
      pred: "Baik",
    },
    // planted: a Minimal row computed with R / T (86.40); its predikat follows that number
    {
      id: "i5",
      sas: S2,
      ind: "Persentase perangkat daerah dengan hasil pengawasan kearsipan kategori C dan D",
      sat: "%",
      neg: true,
      r23: 31.4,
      t: 25,
      r: 21.6,
      t26: 10,
      pred: "Baik",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Nilai hasil pengawasan kearsipan eksternal (ANRI)",
      sat: "nilai",
      r23: 78.3,
      t: 80,
      r: 82.15,
      t26: 86,
      pred: "Sangat Baik",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", width: 11 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
      { key: "cp", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, width: 12 },
      { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, fmt: DEC, width: 12 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          pol: x.neg ? "Minimal" : "Maksimal",
          r23: x.r23,
          t: x.t,
          r: x.r,
          cp: fx(x.neg && x.id !== "i5" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          pred: x.pred,
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          cp: fx(`ROUND(AVERAGE(${c.a("cp", "i1")}:${c.a("cp", "i6")}),2)`),
          pred: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Polaritas Minimal: semakin rendah realisasi semakin baik; capaian = (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Pekanbaru, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN", "PROVINSI RIAU"],
    nama: "Drs. H. SYAFRIZAL HAMDANI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690817 199403 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cp", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the share of PD in kategori C and D (Polaritas Minimal) is =ROUND(R/T*100,2) = 86.40; (2 x 25 - 21.6) / 25 gives 113.60, as the waktu penelusuran row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i2") },
    rules: ["predikat-mismatch"],
    note: "Predikat Baik for the TGM capaian 97.53 (64.37 of 66); the band > 90 of the note is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("cp", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i4"), a("t", "i4")),
    trap: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: rt(a("r", id), a("t", id)),
    });
  for (const id of ["i1", "i3", "i4", "i6"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cp", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("pred", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cp", "avg")})`,
  });
  // the Minimal rows' Renstra targets fall on purpose
  for (const id of ["i4", "i5"])
    b.ok({ sheet: S, cell: a("t26", id), rules: ["target-trend"], truth: a("t26", id) });
  return b.finish();
}

// ========================== Dinas Perpustakaan dan Kearsipan Kabupaten Tappalang Raya, PK 2025 and Renstra

type PkInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  f: string;
};

export function pkTappalang(): BookW {
  const b = new BookW(
    "pk-2025-dispusip-tappalang-raya-dan-renstra.xlsx",
    "PK 2025 (two tables) and Renstra 2022-2026 targets (Dinas Perpustakaan dan Kearsipan)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan (target before satuan); Tabel 2 No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah SUM row; sheet 'Renstra 2022-2026': No | Indikator Kinerja | Satuan | Kondisi Kinerja Awal (2021) | 'Target Kinerja' > Tahun ke-1 .. ke-5 (years only in the title) | Kondisi Kinerja pada Akhir Periode Renstra (last target for indices and stocks, sum for the yearly pemustaka)",
  );
  const S = "PK 2025";
  const R = "Renstra 2022-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAPPALANG RAYA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Dra. HJ. NURHAENI LATIF, M.Si. - Jabatan : Kepala Dinas Perpustakaan dan Kearsipan, selanjutnya disebut pihak pertama",
    "Nama : H. ANDI MAPPASELLENG, S.H., M.H. - Jabatan : Bupati Tappalang Raya, selanjutnya disebut pihak kedua",
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const SA = "Meningkatnya minat baca dan budaya literasi masyarakat";
  const SB = "Meningkatnya tertib pengelolaan arsip perangkat daerah";
  const rows: PkInd[] = [
    {
      id: "p1",
      sas: SA,
      ind: "Indeks Pembangunan Literasi Masyarakat (IPLM)",
      sat: "indeks",
      awal: 48.2,
      tg: [52, 55, 58.5, 61, 64],
      f: DEC,
    },
    {
      id: "p2",
      sas: SA,
      ind: "Tingkat Kegemaran Membaca (TGM)",
      sat: "nilai",
      awal: 52.4,
      tg: [54, 56, 58, 60, 62],
      f: DEC,
    },
    {
      id: "p3",
      sas: SA,
      ind: "Jumlah koleksi bahan pustaka perpustakaan daerah",
      sat: "eksemplar",
      awal: 18_400,
      tg: [20_500, 23_000, 25_500, 28_000, 30_500],
      f: INT,
    },
    {
      id: "p4",
      sas: SA,
      ind: "Jumlah pemustaka yang dilayani perpustakaan keliling",
      sat: "orang",
      awal: 10_240,
      tg: [11_000, 11_500, 12_500, 12_500, 12_500],
      flow: true,
      f: INT,
    },
    {
      id: "p5",
      sas: SB,
      ind: "Persentase arsip inaktif perangkat daerah yang tertata",
      sat: "%",
      awal: 38.6,
      tg: [45, 52, 60, 68, 75],
      f: DEC,
    },
  ];
  // planted: the TGM target in the PK is 62.00, the Renstra target of Tahun ke-5 (2026); 2025 is ke-4 = 60.00
  const pkTarget = (x: PkInd) => (x.id === "p2" ? x.tg[4] : x.tg[3]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, tg: fmt(pkTarget(x), x.f), sat: x.sat },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "2.23.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 4_186_250_000],
    ["g2", "2.23.02", "PROGRAM PEMBINAAN PERPUSTAKAAN", 2_915_400_000],
    ["g3", "2.23.03", "PROGRAM PELESTARIAN KOLEKSI NASIONAL DAN NASKAH KUNO", 385_000_000],
    ["g4", "2.24.02", "PROGRAM PENGELOLAAN ARSIP", 1_246_800_000],
    ["g5", "2.24.03", "PROGRAM PERLINDUNGAN DAN PENYELAMATAN ARSIP", 472_650_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, prog, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, prog, rp, ket: "APBD 2025" },
      })),
      // planted: =SUM stops one row short (the last program left out)
      {
        id: "j",
        bold: true,
        span: ["no", "prog"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Tappalang, 6 Januari 2025"], 4);
  s.lines(["Pihak Kedua,", "Bupati Tappalang Raya,", "", "", "H. ANDI MAPPASELLENG, S.H., M.H."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas,",
      "",
      "",
      "Dra. HJ. NURHAENI LATIF, M.Si.",
      "NIP. 19710614 199803 2 004",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TAPPALANG RAYA"]);
  r.lines(["Tabel 5.2 Target Kinerja Sasaran", "Rencana Strategis Tahun 2022-2026"]);
  r.gap();
  const ke = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2021)"], role: "kondisi-awal", year: 2021, width: 12 },
      ...ke.map((h, i) => ({
        key: `y${i}`,
        head: ["Target Kinerja", h],
        role: "target" as const,
        year: 2022 + i,
        width: 11,
      })),
      {
        key: "akh",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir" as const,
        width: 14,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
      };
      x.tg.forEach((v, j) => (cells[`y${j}`] = fmt(v, x.f)));
      return {
        id: x.id,
        cells: (c) => ({
          ...cells,
          akh: x.flow ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : fmt(x.tg[4], x.f),
        }),
      };
    }),
  });
  r.gap();
  r.lines([
    "Keterangan: kondisi akhir jumlah pemustaka = jumlah lima tahun; indeks, nilai, persentase dan koleksi = target tahun ke-5.",
  ]);

  const q = (sheet: string, cell: string) => `'${sheet}'!${cell}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "p2") },
        { sheet: R, cell: tr.a("y3", "p2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the TGM is 62.00, the Renstra target of Tahun ke-5 (2026); Tahun ke-4 (2025) is 60.00",
    truth: q(R, tr.a("y3", "p2")),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first four programs (8,733,450,000); with Perlindungan dan Penyelamatan Arsip (472,650,000) it is 9,206,100,000",
    truth: ["g1", "g2", "g3", "g4", "g5"].map((id) => t2.a("rp", id)).join("+"),
  });
  for (const id of ["p1", "p3", "p4", "p5"])
    b.ok({ sheet: S, cell: t1.a("tg", id), rules: ["cross-table-mismatch"], truth: q(R, tr.a("y3", id)) });
  // kondisi akhir: the last target for an index and a stock, the sum for the yearly pemustaka
  for (const id of ["p1", "p3"])
    b.ok({
      sheet: R,
      cell: tr.a("akh", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: tr.a("y4", id),
      trap: `SUM(${tr.a("y0", id)}:${tr.a("y4", id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("akh", "p5"), rules: ["kondisi-akhir-mismatch"], truth: tr.a("y4", "p5") });
  b.ok({ sheet: R, cell: tr.a("akh", "p2"), rules: ["kondisi-akhir-mismatch"], truth: tr.a("y4", "p2") });
  b.ok({
    sheet: R,
    cell: tr.a("akh", "p4"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: ["y0", "y1", "y2", "y3", "y4"].map((k) => tr.a(k, "p4")).join("+"),
    trap: tr.a("y4", "p4"),
  });
  // a flat run of pemustaka targets (12,500 three years) is no outlier
  b.ok({
    sheet: R,
    cell: tr.a("y4", "p4"),
    rules: ["target-outlier", "target-trend"],
    truth: tr.a("y3", "p4"),
  });
  return b.finish();
}
