// What forms-blind41 .. 42 taught (education and personnel offices of Papua Barat Daya and Maluku
// Utara; revenue, registry and environment offices of Jawa Barat and Lampung): a header numbered
// by its rows (1, 2, ... under "No") opens a table; "Sub Jumlah" per section and a JUMLAH over
// them; two recaps of one population on one sheet agree in their totals; a PK quotes the plan on
// whichever sheet; a BOS report's ceiling is its pagu, its rows named by school, not NPSN; a heading
// of what was done ("Diterbitkan", "Tertangani") holds realisations, rows of months add up; a
// column named like its target's indicator is the realisation; a typed ratio its column's formula
// contradicts; an average row by its AVERAGE; "... terhadap target" is no share; the notes'
// final condition for the formulas of a kondisi akhir column.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/report";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import type { CellValue, Grid } from "../../../src/core/grid";

function findingsOf(grids: Grid[]): Finding[] {
  const tables = grids.flatMap((g) => detectTables(g).map((table) => ({ table, grid: g })));
  return runRules(tables).filter((f) => f.severity !== "info");
}
const findings = (spec: SheetSpec): Finding[] => findingsOf([sheet(spec)]);
const said = (fs: Finding[]): string[][] => fs.map((f) => [f.rule, `${f.sheet}!${f.cell}`]);
function roles(spec: SheetSpec, i = 0): string[] {
  const t = detectTables(sheet(spec))[i];
  return t.columns.map((c) => `${c.role}${c.year ? ` ${c.year}` : ""}`);
}

// PNS by golongan and by education, L | P | Jumlah, one sheet
function pns(s2Perempuan: number, tigaB: number, judul = true): SheetSpec {
  const gol: Array<[string, number, number]> = [
    ["I/a", 2, 0],
    ["II/a", 48, 31],
    ["III/a", 196, 274],
    ["III/b", 241, 318],
    ["IV/a", 121, 186],
  ];
  const pend: Array<[string, number, number]> = [
    ["SLTA", 284, 197],
    ["S1 / D-IV", 228, 541],
    ["S2", 96, s2Perempuan],
  ];
  const rows: CellValue[][] = [
    ["Keadaan Pegawai Negeri Sipil per 31 Desember 2024"],
    ["No", "Golongan / Ruang", "Jenis Kelamin", null, "Jumlah"],
    ["No", "Golongan / Ruang", "Laki-laki", "Perempuan", "Jumlah"],
  ];
  const formulas: Record<string, string> = {};
  gol.forEach(([g, l, p], i) => {
    const r = i + 4;
    rows.push([i + 1, g, l, p, g === "III/b" ? tigaB : l + p]);
    if (g !== "III/b") formulas[`E${r}`] = `C${r}+D${r}`;
  });
  const sum = (xs: Array<[string, number, number]>, k: 1 | 2) => xs.reduce((a, x) => a + x[k], 0);
  // (E9 sums the cells above it as saved, the III/b typed one included)
  const e = gol.reduce((a, [g, l, p]) => a + (g === "III/b" ? tigaB : l + p), 0);
  rows.push(["TOTAL", null, sum(gol, 1), sum(gol, 2), e]);
  Object.assign(formulas, { C9: "SUM(C4:C8)", D9: "SUM(D4:D8)", E9: "SUM(E4:E8)" });
  rows.push(
    [],
    [judul ? "Tabel 2. PNS menurut Tingkat Pendidikan dan Jenis Kelamin" : null],
    ["No", "Tingkat Pendidikan", "L", "P", "L + P"],
  );
  pend.forEach(([t, l, p], i) => {
    rows.push([i + 1, t, l, p, l + p]);
    formulas[`E${i + 13}`] = `C${i + 13}+D${i + 13}`;
  });
  rows.push(["JUMLAH", null, sum(pend, 1), sum(pend, 2), sum(pend, 1) + sum(pend, 2)]);
  Object.assign(formulas, { C16: "SUM(C13:C15)", D16: "SUM(D13:D15)", E16: "SUM(E13:E15)" });
  return { name: "Rekap PNS", rows, merges: ["A2:A3", "B2:B3", "C2:D2", "E2:E3"], formulas };
}

it("reads two recaps of one population and holds their totals together", () => {
  expect(detectTables(sheet(pns(17 + 54, 559))).map((t) => t.range)).toHaveLength(2);
  // (and without the second table's caption: the blank rows and its numbered header end the first)
  expect(detectTables(sheet(pns(17 + 54, 559, false))).map((t) => t.range)).toHaveLength(2);
  expect(findings(pns(71, 559))).toEqual([]);
  expect(said(findings(pns(17, 559)))).toEqual([["cross-table-mismatch", "Rekap PNS!D16"]]);
  expect(said(findings(pns(71, 595)))).toEqual([["hardcoded-value", "Rekap PNS!E7"]]);
});

// schools per section with "Sub Jumlah" rows and a JUMLAH (A + B)
function dapodik(honorerSmp: string): SheetSpec {
  return {
    name: "Rekap Dapodik",
    rows: [
      ["REKAPITULASI SATUAN PENDIDIKAN DAN PENDIDIK"],
      ["No", "Jenjang / Kecamatan", "Pendidik (Guru)", null, null],
      ["No", "Jenjang / Kecamatan", "PNS", "PPPK", "Honorer"],
      ["A.", "SEKOLAH DASAR (SD)"],
      [1, "Kec. Tawabi", 62, 38, 41],
      [2, "Kec. Lelei Selatan", 48, 29, 35],
      [3, "Kec. Bajo Pesisir", 37, 22, 44],
      ["Sub Jumlah SD", null, 147, 89, 120],
      ["B.", "SEKOLAH MENENGAH PERTAMA (SMP)"],
      [1, "Kec. Tawabi", 38, 17, 22],
      [2, "Kec. Lelei Selatan", 27, 12, 18],
      [3, "Kec. Bajo Pesisir", 21, 10, 19],
      ["Sub Jumlah SMP", null, 86, 39, honorerSmp === "E10:E12" ? 59 : 40],
      ["JUMLAH (A + B)", null, 233, 128, honorerSmp === "E10:E12" ? 179 : 160],
    ],
    merges: ["A2:A3", "B2:B3", "C2:E2"],
    formulas: {
      C8: "SUM(C5:C7)",
      D8: "SUM(D5:D7)",
      E8: "SUM(E5:E7)",
      C13: "SUM(C10:C12)",
      D13: "SUM(D10:D12)",
      E13: `SUM(${honorerSmp})`,
      C14: "C8+C13",
      D14: "D8+D13",
      E14: "E8+E13",
    },
  };
}

it("holds each section's Sub Jumlah to its rows and the JUMLAH to the sub-totals", () => {
  expect(roles(dapodik("E10:E12"))[1]).toBe("lokasi");
  expect(findings(dapodik("E10:E12"))).toEqual([]);
  expect(said(findings(dapodik("E10:E11")))).toEqual([["sum-mismatch", "Rekap Dapodik!E13"]]);
});

// a PK of one year beside the Renstra it quotes, the PK first
function pkRenstra(rls: number): SheetSpec[] {
  return [
    {
      name: "PK 2025",
      rows: [
        ["PERJANJIAN KINERJA TAHUN 2025"],
        ["No", "Indikator Kinerja", "Satuan", "Target 2025", "Cara Penghitungan Triwulan"],
        [1, "Rata-rata Lama Sekolah", "tahun", rls, "Diukur akhir tahun"],
        [2, "Angka Putus Sekolah SMP", "%", 2.1, "Posisi akhir triwulan"],
      ],
    },
    {
      name: "Renstra",
      rows: [
        ["TARGET KINERJA RENSTRA 2025-2029"],
        ["No", "Indikator Kinerja", "Satuan", "2025", "2026", "2027", "2028", "2029"],
        [1, "Rata-rata Lama Sekolah", "tahun", 7.4, 7.52, 7.64, 7.76, 7.88],
        [2, "Angka Putus Sekolah SMP", "%", 2.1, 1.9, 1.7, 1.5, 1.3],
      ],
    },
  ];
}

it("names a PK's target that the plan on a later sheet contradicts, in the PK", () => {
  expect(roles(pkRenstra(7.4)[0])[4]).toBe("keterangan");
  expect(findingsOf(pkRenstra(7.4).map((s, i) => sheet(s, i)))).toEqual([]);
  expect(said(findingsOf(pkRenstra(7.52).map((s, i) => sheet(s, i))))).toEqual([
    ["cross-table-mismatch", "PK 2025!D3"],
  ]);
});

// BOS per school: NPSN, school, district, pagu, disbursed, used
function bos(digunakan: number): SheetSpec {
  return {
    name: "BOS 2024",
    rows: [
      ["LAPORAN REALISASI PENGGUNAAN DANA BOS REGULER TAHUN ANGGARAN 2024"],
      [
        "No",
        "NPSN",
        "Nama Sekolah (SD)",
        "Distrik",
        "Pagu Alokasi (Rp)",
        "Penyaluran (Rp)",
        null,
        null,
        "Realisasi Penggunaan (Rp)",
      ],
      [
        "No",
        "NPSN",
        "Nama Sekolah (SD)",
        "Distrik",
        "Pagu Alokasi (Rp)",
        "Tahap I",
        "Tahap II",
        "Total Diterima",
        "Realisasi Penggunaan (Rp)",
      ],
      [
        1,
        "60401231",
        "SD YPK Sion Mefkajim",
        "Aifat Raya",
        272_320_000,
        136_160_000,
        136_160_000,
        272_320_000,
        268_915_000,
      ],
      [
        2,
        "60401318",
        "SD YPPK St. Yoseph Faan",
        "Ayawasi Hulu",
        143_560_000,
        71_780_000,
        71_780_000,
        143_560_000,
        digunakan,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"],
  };
}

it("holds a BOS school's spending to its pagu and names the school", () => {
  expect(roles(bos(143_560_000))[3]).toBe("lokasi");
  expect(findings(bos(143_560_000))).toEqual([]);
  const f = findings(bos(163_690_000));
  expect(said(f)).toEqual([["serapan-over-100", "BOS 2024!I5"]]);
  expect(f[0].message).toMatch(/^SD YPPK St\. Yoseph Faan: /);
});

// waste handled per month (years across) and the IKLH by year
function sampah(jumlah2022: number): SheetSpec {
  const v = [
    ["Jan", 4812.35, 4979.42, 5155.18],
    ["Feb", 4392.5, 4539.47, 4705.35],
    ["Mar", 4920.2, 5085.03, 5264.61],
    ["Apr", 4789.6, 4955.86, 5130.73],
  ] as const;
  const rows: CellValue[][] = [
    ["A. SAMPAH TERTANGANI MENURUT BULAN"],
    ["No", "Bulan", "Sampah Tertangani (ton)", null, null],
    ["No", "Bulan", 2021, 2022, 2023],
  ];
  v.forEach(([b, x, y, z], i) => rows.push([i + 1, b, x, y, z]));
  rows.push(["Jumlah", null, 18_914.65, jumlah2022, 20_255.87]);
  return {
    name: "Sampah",
    rows,
    merges: ["A2:A3", "B2:B3", "C2:E2"],
    formulas: { C8: "SUM(C4:C7)", E8: "SUM(E4:E7)" },
  };
}

it("reads what was handled per month as realisations and adds the months", () => {
  expect(roles(sampah(19_559.78))).toEqual([
    "no",
    "lainnya",
    "realisasi 2021",
    "realisasi 2022",
    "realisasi 2023",
  ]);
  expect(findings(sampah(19_559.78))).toEqual([]);
  expect(said(findings(sampah(19_595.78)))).toEqual([["sum-mismatch", "Sampah!D8"]]);
});

it("reads a column named as its target's indicator as the realisation, and numbers under an indicator's name as values", () => {
  expect(
    roles({
      name: "IKLH",
      rows: [
        ["B. INDEKS KUALITAS LINGKUNGAN HIDUP"],
        ["No", "Tahun", "Komponen Indeks", null, null, "IKLH", "Target IKLH (RPJMD)", "Capaian (%)"],
        ["No", "Tahun", "IKA", "IKU", "IKTL", "IKLH", "Target IKLH (RPJMD)", "Capaian (%)"],
        [1, 2021, 52.4, 86.15, 38.72, 63.07, 62.5, 100.91],
        [2, 2022, 53.1, 87.02, 38.95, 63.74, 63.2, 100.85],
        [3, 2023, 51.8, 86.4, 39.1, 63.03, 63.9, 98.64],
      ],
      merges: ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3"],
    }).slice(2),
  ).toEqual(["lainnya", "lainnya", "lainnya", "realisasi", "target", "capaian"]);
});

it("holds a typed coverage to the ratio its column computes", () => {
  const akta = (e: number): SheetSpec => ({
    name: "Akta",
    rows: [
      ["CAKUPAN KEPEMILIKAN AKTA KELAHIRAN ANAK USIA 0-18 TAHUN"],
      ["No", "Kecamatan", "Jumlah Anak 0-18 Th (jiwa)", "Memiliki Akta Kelahiran (jiwa)", "Cakupan (%)"],
      [1, "Cigadung Kaler", 28_415, 27_306, 96.1],
      [2, "Sukaraja Wetan", 31_862, 30_118, 94.53],
      [3, "Cibeureum Hilir", 35_540, 33_497, e],
      [4, "Margaluyu", 19_736, 18_912, 95.82],
    ],
    formulas: { E3: "ROUND(D3/C3*100,2)", E4: "ROUND(D4/C4*100,2)", E6: "ROUND(D6/C6*100,2)" },
  });
  expect(findings(akta(94.25))).toEqual([]);
  expect(said(findings(akta(92.45)))).toEqual([["hardcoded-value", "Akta!E5"]]);
});

it("reads an average row by its AVERAGE, and an achievement 'terhadap target' as no share", () => {
  const spm: SheetSpec = {
    name: "SPM",
    rows: [
      ["CAPAIAN SPM BIDANG KESEHATAN TAHUN 2024"],
      ["No", "Jenis Pelayanan Dasar", "Jumlah Sasaran", "Mendapat Pelayanan Sesuai Standar", "Capaian (%)"],
      [1, "Pelayanan kesehatan ibu hamil", 12_480, 11_905, 95.39],
      [2, "Pelayanan kesehatan balita", 54_620, 47_318, 86.63],
      [3, "Pelayanan kesehatan usia lanjut", 68_240, 52_118, 76.37],
      ["Indeks Capaian SPM (rata-rata 3 layanan)", null, null, null, 86.13],
    ],
    formulas: {
      E3: "ROUND(D3/C3*100,2)",
      E4: "ROUND(D4/C4*100,2)",
      E5: "ROUND(D5/C5*100,2)",
      E6: "ROUND(AVERAGE(E3:E5),2)",
    },
  };
  expect(detectTables(sheet(spm))[0].rows.find((r) => r.row === 6)?.kind).toBe("rata-rata");
  expect(findings(spm)).toEqual([]);
  expect(
    findings({
      name: "IKU 2024",
      rows: [
        ["MATRIKS INDIKATOR KINERJA UTAMA TAHUN 2024"],
        ["No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"],
        [1, "Persentase realisasi PAD terhadap target", "%", 100, 103.85, 103.85],
        [2, "Persentase tunggakan PKB", "%", 7.5, 6.85, 108.67],
      ],
    }).filter((f) => f.rule === "percent-out-of-range"),
  ).toEqual([]);
});

it("lets a final condition column sum the counts the notes say are summed", () => {
  const renstra: SheetSpec = {
    name: "Renstra 2024-2026",
    rows: [
      ["TARGET KINERJA RENCANA STRATEGIS 2024-2026"],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Awal (2023)",
        "2024",
        "2025",
        "2026",
        "Kondisi Akhir (2026)",
      ],
      [1, "Persentase capaian target PAD", "%", 98.74, 100, 100, 100, 100],
      [
        2,
        "Jumlah wajib pajak kendaraan bermotor baru terdaftar",
        "WP",
        39_415,
        42_000,
        45_000,
        48_000,
        135_000,
      ],
      [3, "Persentase tunggakan PKB terhadap ketetapan", "%", 7.85, 7, 6.5, 6, 6],
      [4, "Indeks Kepuasan Masyarakat atas layanan Samsat", "nilai", 80.62, 82, 83, 84, 84],
      [],
      ["Kondisi akhir: indikator jumlah = total 2024-2026; indikator persentase dan indeks = target 2026."],
    ],
    formulas: { H3: "G3", H4: "SUM(E4:G4)", H5: "G5", H6: "G6" },
  };
  expect(findings(renstra)).toEqual([]);
});

it("ends a table at a blank row before a header numbered by its rows", () => {
  const g = sheet({
    name: "S",
    rows: [
      ["Keadaan PNS per 31 Desember 2024"],
      ["No", "Golongan", "Laki-laki", "Perempuan", "Jumlah"],
      [1, "I/a", 2, 0, 2],
      [2, "II/a", 48, 31, 79],
      [3, "III/a", 196, 274, 470],
      ["TOTAL", null, 246, 305, 551],
      [],
      ["No", "Tingkat Pendidikan", "L", "P", "L + P"],
      [1, "SLTA", 284, 197, 481],
      [2, "S1", 228, 541, 769],
      ["JUMLAH", null, 512, 738, 1250],
    ],
  });
  expect(detectTables(g).map((t) => [t.range.r1, t.range.r2])).toEqual([
    [2, 6],
    [8, 11],
  ]);
});
