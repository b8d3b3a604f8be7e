// Accountability tables of the sixty-first unseen set: the recap of the internal SAKIP evaluation
// (LHE AKIP) of every perangkat daerah by the Inspektorat of Kabupaten Tambora Utara (Nusa Tenggara
// Barat), components weighted Perencanaan 30 | Pengukuran 30 | Pelaporan 15 | Evaluasi Internal 25,
// and the Bagian Organisasi Setda of Kabupaten Mahakam Lestari (Kalimantan Timur) with its index of
// reformasi birokrasi per year (pengungkit + hasil) and a row-wise recap of SAKIP and RB beneath it.
// Every office, person and number is invented.
import { BookW, DEC, fx, letterhead, round, sakip, signature, sum, type Col, type Row } from "../forms/kit";

// ============================================= Inspektorat Kabupaten Tambora Utara, LHE AKIP 2024

type Pd = { id: string; nama: string; v: [number, number, number, number]; lalu: number };

/** Rekap nilai evaluasi AKIP internal per perangkat daerah, 2024. */
export function rekapAkipTamboraUtara(): BookW {
  const b = new BookW(
    "rekap-lhe-akip-internal-2024-inspektorat-kabupaten-tambora-utara.xlsx",
    "SAKIP internal evaluation recap per perangkat daerah",
    "Rekap hasil evaluasi AKIP internal 2024 of an Inspektorat: No. | Perangkat Daerah | 'Nilai Komponen Evaluasi (Bobot)' > Perencanaan Kinerja (30) / Pengukuran Kinerja (30) / Pelaporan Kinerja (15) / Evaluasi Akuntabilitas Kinerja Internal (25) | Nilai Akhir (SUM) | Predikat | Nilai 2023 | Ket.; number row 1 .. 9 with '7 = 3+4+5+6'; Rata-rata row",
  );
  const S = "Rekap LHE 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAMBORA UTARA",
    "INSPEKTORAT DAERAH",
    "Jl. Lintas Sumbawa Km. 4 Sori Madaka, Tambora Utara 84361",
  ]);
  s.lines([
    "REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (AKIP) INTERNAL",
    "PERANGKAT DAERAH LINGKUP PEMERINTAH KABUPATEN TAMBORA UTARA TAHUN 2024",
  ]);
  s.gap();
  const pds: Pd[] = [
    { id: "p1", nama: "Sekretariat Daerah", v: [24.6, 22.35, 11.4, 17.9], lalu: 74.12 },
    { id: "p2", nama: "Sekretariat DPRD", v: [20.1, 18.6, 9.75, 14.2], lalu: 61.05 },
    { id: "p3", nama: "Inspektorat Daerah", v: [25.2, 24.15, 12.3, 19.45], lalu: 79.4 },
    {
      id: "p4",
      nama: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
      v: [26.4, 25.05, 12.75, 20.15],
      lalu: 81.6,
    },
    {
      id: "p5",
      nama: "Badan Pengelolaan Keuangan dan Aset Daerah",
      v: [23.85, 23.1, 11.25, 18.3],
      lalu: 73.9,
    },
    { id: "p6", nama: "Dinas Pendidikan dan Kebudayaan", v: [21.3, 19.8, 10.5, 15.7], lalu: 65.35 },
    { id: "p7", nama: "Dinas Kesehatan", v: [22.5, 21.6, 10.95, 16.8], lalu: 69.1 },
    { id: "p8", nama: "Dinas Peternakan dan Kesehatan Hewan", v: [23.4, 22.2, 11.1, 19.78], lalu: 72.46 },
    { id: "p9", nama: "Dinas Pekerjaan Umum dan Penataan Ruang", v: [18.9, 17.55, 9.3, 13.65], lalu: 57.2 },
    { id: "p10", nama: "Dinas Koperasi, Usaha Kecil dan Menengah", v: [21.6, 20.4, 10.2, 17.8], lalu: 66.95 },
    { id: "p11", nama: "Dinas Kependudukan dan Pencatatan Sipil", v: [24.3, 23.4, 11.7, 18.65], lalu: 75.3 },
    { id: "p12", nama: "Kecamatan Sori Madaka", v: [16.2, 14.85, 8.1, 11.35], lalu: 48.9 },
  ];
  // planted 1: p8's SUM kept the cached 74.68 of a draft; its components give 76.48 (same band BB)
  const STALE = { id: "p8", v: 74.68 };
  // planted 2: Bapperida's 84.35 graded BB, as if A began at 85
  const WRONG = { id: "p4", v: "BB" };
  // the trap: p10 ends exactly on 70.00, which is B (the bands' lower bounds are exclusive)
  const tot = (x: Pd) => round(sum(x.v));
  if (tot(pds[9]) !== 70 || sakip(70) !== "B") throw new Error("akip: p10");
  if (tot(pds[7]) !== 76.48 || tot(pds[3]) !== 84.35) throw new Error("akip: totals");
  const G = "Nilai Komponen Evaluasi (Bobot)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "pd", head: ["Perangkat Daerah"], num: 2, width: 40 },
    { key: "k1", head: [G, "Perencanaan Kinerja (30)"], role: "realisasi", year: 2024, num: 3, fmt: DEC },
    { key: "k2", head: [G, "Pengukuran Kinerja (30)"], role: "realisasi", year: 2024, num: 4, fmt: DEC },
    { key: "k3", head: [G, "Pelaporan Kinerja (15)"], role: "realisasi", year: 2024, num: 5, fmt: DEC },
    {
      key: "k4",
      head: [G, "Evaluasi Akuntabilitas Kinerja Internal (25)"],
      role: "realisasi",
      year: 2024,
      num: 6,
      fmt: DEC,
    },
    { key: "na", head: ["Nilai Akhir"], role: "realisasi", year: 2024, num: "7 = 3+4+5+6", fmt: DEC },
    { key: "pr", head: ["Predikat"], role: "predikat", num: 8, width: 9 },
    { key: "ll", head: ["Nilai Tahun 2023"], role: "realisasi", year: 2023, num: 9, fmt: DEC },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 10, width: 9 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pds.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          pd: x.nama,
          k1: x.v[0],
          k2: x.v[1],
          k3: x.v[2],
          k4: x.v[3],
          na: fx(`SUM(${c.a("k1")}:${c.a("k4")})`, x.id === STALE.id ? STALE.v : undefined),
          pr: x.id === WRONG.id ? WRONG.v : sakip(tot(x)),
          ll: x.lalu,
          ket: tot(x) >= x.lalu ? "Naik" : "Turun",
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "pd"],
        cells: (c) => ({
          no: "Rata-rata Nilai Kabupaten",
          na: fx(`ROUND(AVERAGE(${c.a("na", "p1")}:${c.a("na", "p12")}),2)`),
          pr: sakip(round((sum(pds.map(tot)) - tot(pds[7]) + STALE.v) / pds.length)),
          ll: fx(`ROUND(AVERAGE(${c.a("ll", "p1")}:${c.a("ll", "p12")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "Predikat menurut PermenPANRB Nomor 88 Tahun 2021: AA (>90-100), A (>80-90), BB (>70-80), B (>60-70), CC (>50-60), C (>30-50), D (0-30).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sori Madaka, 14 Februari 2025",
    jabatan: ["INSPEKTUR KABUPATEN TAMBORA UTARA,"],
    nama: "LALU MUHAMMAD ZAINUL ARIFIN, S.H., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19710523 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("na", STALE.id) },
    rules: ["sum-mismatch"],
    note: "nilai akhir of the Dinas Peternakan dan Kesehatan Hewan shows the cached 74.68 of its SUM; 23.40 + 22.20 + 11.10 + 19.78 = 76.48",
    truth: `SUM(${a("k1", STALE.id)}:${a("k4", STALE.id)})`,
    actual: `${a("na", STALE.id)}+0`,
  });
  b.plant({
    at: { sheet: S, cell: a("pr", WRONG.id) },
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    note: "Bapperida's nilai akhir 84.35 graded BB; the band > 80 - 90 is A",
    truth: `SAKIP(${a("na", WRONG.id)})`,
  });
  for (const x of pds) {
    if (x.id !== STALE.id)
      b.ok({
        sheet: S,
        cell: a("na", x.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("k1", x.id)}:${a("k4", x.id)})`,
      });
    if (x.id !== WRONG.id && x.id !== STALE.id)
      b.ok({
        sheet: S,
        cell: a("pr", x.id),
        rules: ["sakip-grade-mismatch", "predikat-mismatch"],
        truth: `SAKIP(${a("na", x.id)})`,
        // 70.00 is B, not BB: the lower bound is exclusive
        trap: x.id === "p10" ? `SAKIP(${a("na", x.id)}+0.5)` : undefined,
      });
  }
  b.ok({
    sheet: S,
    cell: a("na", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("na", "p1")}:${a("na", "p12")}),2)`,
    trap: `SUM(${a("na", "p1")}:${a("na", "p12")})`,
  });
  return b.finish();
}

// ==================================== Bagian Organisasi Setda Kabupaten Mahakam Lestari, Indeks RB

type Area = { id: string; nama: string; bobot: number; v: [number, number, number, number] };

/** Indeks Reformasi Birokrasi 2021-2024 by komponen and area, with a recap of SAKIP and RB. */
export function indeksRbMahakamLestari(): BookW {
  const b = new BookW(
    "perkembangan-indeks-rb-2021-2024-bagian-organisasi-setda-mahakam-lestari.xlsx",
    "Indeks reformasi birokrasi per year, with a row-wise SAKIP / RB recap",
    "Indeks RB of a kabupaten: No | Komponen / Area Perubahan | Bobot | 'Nilai Indeks RB Tahun' > 2021 .. 2024; A. Pengungkit (60) over eight areas and B. Hasil (40) over four, subtotals SUM their children, INDEKS RB = A + B; a second, row-wise table under it: Uraian | 2021 .. 2024 (Nilai SAKIP, Predikat SAKIP, Indeks RB, Target Indeks RB (RPJMD), Capaian (%))",
  );
  const S = "Indeks RB";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MAHAKAM LESTARI", "SEKRETARIAT DAERAH - BAGIAN ORGANISASI"]);
  s.lines([
    "Tabel 1. Perkembangan Nilai Indeks Reformasi Birokrasi Kabupaten Mahakam Lestari Tahun 2021-2024",
  ]);
  s.gap();
  const YRS = [2021, 2022, 2023, 2024];
  const peng: Area[] = [
    { id: "a1", nama: "Manajemen Perubahan", bobot: 5, v: [2.41, 2.86, 3.12, 3.47] },
    { id: "a2", nama: "Deregulasi Kebijakan", bobot: 5, v: [2.05, 2.3, 2.74, 3.01] },
    { id: "a3", nama: "Penataan dan Penguatan Organisasi", bobot: 6, v: [3.1, 3.42, 3.88, 4.12] },
    { id: "a4", nama: "Penataan Tatalaksana", bobot: 5, v: [2.67, 2.95, 3.2, 3.56] },
    { id: "a5", nama: "Penataan Sistem Manajemen SDM Aparatur", bobot: 15, v: [7.84, 8.6, 9.35, 10.08] },
    { id: "a6", nama: "Penguatan Akuntabilitas", bobot: 6, v: [3.32, 3.71, 3.95, 4.28] },
    { id: "a7", nama: "Penguatan Pengawasan", bobot: 12, v: [6.1, 6.75, 7.42, 7.9] },
    { id: "a8", nama: "Peningkatan Kualitas Pelayanan Publik", bobot: 6, v: [3.45, 3.8, 4.05, 4.33] },
  ];
  const hasil: Area[] = [
    {
      id: "h1",
      nama: "Kapasitas dan Akuntabilitas Kinerja Organisasi",
      bobot: 10,
      v: [5.62, 6.1, 6.48, 6.95],
    },
    { id: "h2", nama: "Pemerintah yang Bersih dan Bebas KKN", bobot: 10, v: [6.35, 6.9, 7.02, 7.4] },
    { id: "h3", nama: "Kualitas Pelayanan Publik", bobot: 10, v: [6.8, 7.15, 7.36, 7.68] },
    { id: "h4", nama: "Kinerja Keuangan dan Tata Kelola Aset", bobot: 10, v: [5.9, 6.42, 6.85, 7.11] },
  ];
  const yk = (y: number) => `y${y}`;
  // planted 1: the 2022 Hasil subtotal typed 28.57 where the other years SUM; its four areas give 26.57
  const TYPED = { y: 2022, v: 28.57 };
  const hasilSum = (i: number) => round(sum(hasil.map((h) => h.v[i])));
  if (hasilSum(1) !== 26.57) throw new Error("rb: hasil 2022");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ar", head: ["Komponen / Area Perubahan"], width: 44 },
    { key: "bb", head: ["Bobot"], width: 8 },
    ...YRS.map((y): Col => ({
      key: yk(y),
      head: ["Nilai Indeks RB Tahun", String(y)],
      role: "realisasi",
      year: y,
      fmt: DEC,
    })),
  ];
  const areaRow = (x: Area, k: number): Row => ({
    id: x.id,
    cells: { no: k + 1, ar: x.nama, bb: x.bobot, ...Object.fromEntries(YRS.map((y, i) => [yk(y), x.v[i]])) },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      {
        id: "A",
        bold: true,
        cells: (c) => ({
          no: "A",
          ar: "KOMPONEN PENGUNGKIT",
          bb: 60,
          ...Object.fromEntries(YRS.map((y) => [yk(y), fx(`SUM(${c.a(yk(y), "a1")}:${c.a(yk(y), "a8")})`)])),
        }),
      },
      ...peng.map(areaRow),
      {
        id: "B",
        bold: true,
        cells: (c) => ({
          no: "B",
          ar: "KOMPONEN HASIL",
          bb: 40,
          ...Object.fromEntries(
            YRS.map((y) => [
              yk(y),
              y === TYPED.y ? TYPED.v : fx(`SUM(${c.a(yk(y), "h1")}:${c.a(yk(y), "h4")})`),
            ]),
          ),
        }),
      },
      ...hasil.map(areaRow),
      {
        id: "T",
        bold: true,
        span: ["no", "ar"],
        cells: (c) => ({
          no: "INDEKS REFORMASI BIROKRASI (A + B)",
          bb: 100,
          ...Object.fromEntries(YRS.map((y) => [yk(y), fx(`${c.a(yk(y), "A")}+${c.a(yk(y), "B")}`)])),
        }),
      },
    ],
  });
  s.gap(2);
  s.lines(["Tabel 2. Rekapitulasi Nilai SAKIP dan Indeks RB Kabupaten Mahakam Lestari"]);
  s.gap();
  const sakipV = [62.14, 65.37, 68.92, 71.05];
  const target = [55, 60, 64, 68];
  // planted 2: the 2024 Indeks RB of Tabel 2 typed 68.99 (digits swapped); Tabel 1 gives 69.89
  const CROSS = { y: 2024, v: 68.99 };
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ur", head: ["Uraian"], width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...YRS.map((y): Col => ({ key: yk(y), head: [String(y)], fmt: DEC })),
  ];
  const t2 = s.table({
    cols: cols2,
    headerRows: 1,
    rows: [
      {
        id: "s",
        cells: {
          no: 1,
          ur: "Nilai Evaluasi SAKIP Kabupaten",
          sat: "nilai",
          ...Object.fromEntries(YRS.map((y, i) => [yk(y), sakipV[i]])),
        },
      },
      {
        id: "sp",
        cells: {
          no: 2,
          ur: "Predikat SAKIP",
          sat: "predikat",
          ...Object.fromEntries(YRS.map((y, i) => [yk(y), sakip(sakipV[i])])),
        },
      },
      {
        id: "rb",
        cells: {
          no: 3,
          ur: "Indeks Reformasi Birokrasi",
          sat: "indeks",
          ...Object.fromEntries(YRS.map((y) => [yk(y), y === CROSS.y ? CROSS.v : fx(`${t.a(yk(y), "T")}`)])),
        },
      },
      {
        id: "tg",
        cells: {
          no: 4,
          ur: "Target Indeks RB (RPJMD)",
          sat: "indeks",
          ...Object.fromEntries(YRS.map((y, i) => [yk(y), target[i]])),
        },
      },
      {
        id: "cp",
        cells: (c) => ({
          no: 5,
          ur: "Capaian Indeks RB terhadap Target",
          sat: "%",
          ...Object.fromEntries(
            YRS.map((y) => [yk(y), fx(`ROUND(${c.a(yk(y), "rb")}/${c.a(yk(y), "tg")}*100,2)`)]),
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: LHE SAKIP dan LHE Reformasi Birokrasi Kementerian PANRB, diolah Bagian Organisasi.",
    "Catatan: Indeks RB 2021-2023 menurut PermenPANRB 26/2020; komponen pengungkit berbobot 60 dan komponen hasil 40.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Loa Sengkuang, 20 Januari 2025",
    jabatan: ["KEPALA BAGIAN ORGANISASI,"],
    nama: "RAHMAT HIDAYATULLAH, S.STP., M.AP.",
    pangkat: "Pembina",
    nip: "19840917 200312 1 002",
  });
  const ycol = (y: number) => t.c(yk(y));
  b.plant({
    at: { sheet: S, cell: t.a(yk(TYPED.y), "B") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Komponen Hasil 2022 typed 28.57 where 2021, 2023 and 2024 SUM their areas; 6.10 + 6.90 + 7.15 + 6.42 = 26.57",
    truth: `SUM(${ycol(TYPED.y)}${t.row("h1")}:${ycol(TYPED.y)}${t.row("h4")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a(yk(CROSS.y), "rb") },
        { sheet: S, cell: t.a(yk(CROSS.y), "T") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "Tabel 2's Indeks RB 2024 typed 68.99 (digits swapped); Tabel 1 gives 40.75 + 29.14 = 69.89",
    truth: t.a(yk(CROSS.y), "T"),
  });
  for (const y of YRS) {
    const i = YRS.indexOf(y);
    b.ok({
      sheet: S,
      cell: t.a(yk(y), "A"),
      rules: ["sum-mismatch"],
      truth: `SUM(${ycol(y)}${t.row("a1")}:${ycol(y)}${t.row("a8")})`,
    });
    if (y !== TYPED.y)
      b.ok({
        sheet: S,
        cell: t.a(yk(y), "T"),
        rules: ["sum-mismatch"],
        truth: `${t.a(yk(y), "A")}+${t.a(yk(y), "B")}`,
        // the index adds the two components, not every row above it
        trap: i === 0 ? `SUM(${ycol(y)}${t.row("A")}:${ycol(y)}${t.row("h4")})` : undefined,
      });
    if (y !== CROSS.y)
      b.ok({
        sheet: S,
        cell: t2.a(yk(y), "rb"),
        rules: ["cross-table-mismatch"],
        truth: t.a(yk(y), "T"),
      });
    b.ok({
      sheet: S,
      cell: t2.a(yk(y), "sp"),
      rules: ["sakip-grade-mismatch", "predikat-mismatch"],
      truth: `SAKIP(${t2.a(yk(y), "s")})`,
    });
  }
  return b.finish();
}
