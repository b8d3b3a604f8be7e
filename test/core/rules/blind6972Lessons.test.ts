// What forms-blind69 .. 72 taught (DPRD secretariats of Jambi and Bengkulu; women's and family
// offices of Sumatera Barat and Sulawesi Selatan; estate-crop offices of Kalimantan Tengah and
// Jambi; inspectorates of Kalimantan Barat and NTT): a recap sheet's second table under its
// enumerated caption, the forms' older wording, and sums the sheet's own formulas get wrong.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { runRules } from "../../../src/core/rules";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;

it("splits a recap sheet at the enumerated caption of its second table", () => {
  const spec: SheetSpec = {
    name: "Karet & Kelapa",
    rows: [
      ["LUAS AREAL DAN PRODUKSI PERKEBUNAN RAKYAT MENURUT KABUPATEN/KOTA TAHUN 2024"],
      ["A. KARET"],
      ["No", "Kabupaten/Kota", "Luas TM (Ha)", "Produksi (Ton)"],
      [1, "Batang Asai", 58_316, 55_692],
      [2, "Tembesi Hilir", 47_205, 42_012],
      [3, "Pelepat Raya", 66_918, 66_249],
      ["Jumlah", null, 172_439, 163_953],
      [],
      ["B. KELAPA DALAM"],
      ["Kabupaten/Kota", "Belum Menghasilkan", "Menghasilkan", "Produksi Kopra (Ton)"],
      ["Batang Asai", 318, 2146, 2318],
      ["Tembesi Hilir", 265, 1873, 1966],
      ["Pelepat Raya", 142, 904, 859],
      ["Jumlah", 725, 4923, 5143],
    ],
    formulas: { C7: "SUM(C4:C6)", D7: "SUM(D4:D6)" },
  };
  expect(detectTables(sheet(spec)).map((t) => t.range)).toEqual([
    { r1: 3, c1: 1, r2: 7, c2: 4 },
    { r1: 10, c1: 1, r2: 14, c2: 4 },
  ]);
});

it("reads 'Capaian Kinerja Program dan Kerangka Pendanaan' over a plan's years as its targets", () => {
  expect(classifyHeader(["Capaian Kinerja Program dan Kerangka Pendanaan", "Tahun 2025", "K"])).toMatchObject(
    {
      role: "target",
      year: 2025,
    },
  );
  expect(
    classifyHeader(["Capaian Kinerja Program dan Kerangka Pendanaan", "Tahun 2025", "Rp"]),
  ).toMatchObject({
    role: "anggaran",
    year: 2025,
  });
});

it("reads the kinds of capital spending under 'Belanja Modal' as pagu", () => {
  expect(classifyHeader(["Belanja Modal", "Peralatan dan Mesin"])).toMatchObject({ role: "anggaran" });
  expect(classifyHeader(["Belanja Modal", "Gedung dan Bangunan"])).toMatchObject({ role: "anggaran" });
});

it("reads 'Fisik' under a kind of violence as no progress", () => {
  expect(classifyHeader(["Jenis Kekerasan (kasus)", "Fisik"])).toMatchObject({ role: "lainnya" });
  expect(classifyHeader(["Progres", "Fisik"])).not.toMatchObject({ role: "lainnya" });
});

it("reads a service to victims as positive, complaints counted as negative", () => {
  expect(polaritasDariTeks("Pengaduan / penjangkauan (seluruh korban)")?.polaritas).toBe("positif");
  expect(
    polaritasDariTeks("Jumlah perempuan korban kekerasan yang mendapat layanan pengaduan")?.polaritas,
  ).toBe("positif");
  expect(polaritasDariTeks("Jumlah pengaduan masyarakat")?.polaritas).toBe("negatif");
  expect(polaritasDariTeks("Persentase balita yang stunting")?.polaritas).toBe("negatif");
});

it("reads an earlier year's 'Kinerja' beside the year realised as its realisation", () => {
  const cols = detectTables(
    sheet({
      name: "Capaian IKU",
      rows: [
        ["Tabel 3.1 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"],
        ["No", "Indikator Kinerja Utama", "Satuan", "Kinerja 2023", "Tahun 2024", null, null],
        [null, null, null, null, "Target", "Realisasi", "Capaian (%)"],
        [1, "Indeks Pembangunan Gender (IPG)", "indeks", 94.12, 94.5, 94.87, 100.39],
        [2, "Indeks Pemberdayaan Gender (IDG)", "indeks", 71.35, 73, 72.14, 98.82],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"],
    }),
  )[0].columns;
  expect(cols[3]).toMatchObject({ role: "realisasi", year: 2023 });
});

it("reads 'Definisi Operasional / Formula' as a definition and 'PIC' as the one responsible", () => {
  expect(classifyHeader(["Definisi Operasional / Formula"])).toMatchObject({ role: "definisi" });
  expect(classifyHeader(["PIC"])).toMatchObject({ role: "penanggung-jawab" });
});

describe("a total that SUMs the percentages above it", () => {
  const spec = (g: string, v: number): SheetSpec => ({
    name: "KB per Kecamatan",
    rows: [
      ["Rekapitulasi Pasangan Usia Subur dan Peserta KB Aktif Menurut Kecamatan"],
      ["No", "Kecamatan", "Jumlah PUS", "Jumlah PA", "CPR (%)"],
      [1, "Parangloe Baru", 9412, 5960, 63.32],
      [2, "Bontolempangan Utara", 5873, 3595, 61.21],
      [3, "Tompobulu Hilir", 7265, 4498, 61.91],
      [null, "KABUPATEN", 22_550, 14_053, v],
    ],
    formulas: {
      E3: "ROUND(D3/C3*100,2)",
      E4: "ROUND(D4/C4*100,2)",
      E5: "ROUND(D5/C5*100,2)",
      C6: "SUM(C3:C5)",
      D6: "SUM(D3:D5)",
      E6: g,
    },
  });
  it("names it with the ratio of its own totals", () => {
    expect(found(spec("ROUND(D6/C6*100,2)", 62.32))).toEqual([]);
    expect(found(spec("SUM(E3:E5)", 186.44))).toEqual([["sum-mismatch", "E6"]]);
  });
});

describe("a PKPT's subtotals and grand total", () => {
  const spec = (h7: string, h7v: number, i9: string, i9v: number): SheetSpec => ({
    name: "PKPT 2025",
    rows: [
      ["PROGRAM KERJA PENGAWASAN TAHUNAN (PKPT) TAHUN ANGGARAN 2025"],
      ["No", "Objek Pengawasan", "Personil (orang)", "Hari Kerja", "Hari Pemeriksaan (HP)", "Anggaran (Rp)"],
      ["I", "AUDIT KINERJA"],
      [1, "Dinas Pekerjaan Umum", 5, 15, 75, 32_750_000],
      [2, "Dinas Kesehatan", 5, 15, 75, 31_900_000],
      [3, "RSUD", 6, 20, 120, 48_600_000],
      ["Sub Jumlah I", null, null, null, h7v, 113_250_000],
      ["II", "REVIU"],
      [1, "Laporan Keuangan", 8, 10, 80, 27_200_000],
      [2, "RKPD dan Renja", 4, 8, 32, 9_840_000],
      [3, "LKjIP", 4, 6, 24, 7_380_000],
      ["Sub Jumlah II", null, null, null, 136, 44_420_000],
      ["JUMLAH (I + II)", null, null, null, h7v + 136, i9v],
    ],
    formulas: {
      E7: h7,
      F7: "SUM(F4:F6)",
      E12: "SUM(E9:E11)",
      F12: "SUM(F9:F11)",
      E13: "E7+E12",
      F13: i9,
    },
  });
  it("names a subtotal that stops short of its block", () => {
    expect(found(spec("SUM(E4:E6)", 270, "F7+F12", 157_670_000))).toEqual([]);
    expect(found(spec("SUM(E4:E5)", 150, "F7+F12", 157_670_000))).toEqual([["sum-mismatch", "E7"]]);
  });
  it("names a total that adds the subtotals with their rows", () => {
    expect(found(spec("SUM(E4:E6)", 270, "SUM(F4:F12)", 315_340_000))).toEqual([["sum-mismatch", "F13"]]);
  });
});

describe("a whole broken down by status under the same leaf", () => {
  const spec = (e: number): SheetSpec => ({
    name: "TL BPK",
    rows: [
      ["REKAPITULASI PEMANTAUAN TINDAK LANJUT REKOMENDASI HASIL PEMERIKSAAN BPK"],
      ["No", "Tahun LHP", "Rekomendasi", null, "Status Tindak Lanjut", null, null, null, null, null],
      [null, null, null, null, "Selesai", null, "Dalam Proses", null, "Belum", null],
      [null, null, "Jml", "Nilai (Rp)", "Jml", "Nilai (Rp)", "Jml", "Nilai (Rp)", "Jml", "Nilai (Rp)"],
      [1, 2017, 44, 1_284_615_300, 44, 1_284_615_300, 0, 0, 0, 0],
      [2, 2018, 55, 2_202_398_950, 51, 2_017_448_950, 3, 146_200_000, 1, 38_750_000],
      [3, 2019, 53, e, 47, 1_763_092_400, 4, 312_580_600, 2, 91_400_000],
      [4, 2020, 44, 1_180_841_150, 38, 954_327_150, 5, 208_914_000, 1, 17_600_000],
      [5, 2021, 50, 2_061_576_480, 40, 1_408_260_000, 7, 527_316_480, 3, 126_000_000],
    ],
    merges: ["A2:A4", "B2:B4", "C2:D3", "E2:J2", "E3:F3", "G3:H3", "I3:J3"],
  });
  it("holds the whole to its parts where the other rows do", () => {
    expect(found(spec(2_167_073_000))).toEqual([]);
    expect(found(spec(2_176_073_000))).toEqual([["sum-mismatch", "D7"]]);
  });
});

it("gives a capaian a polarity guessed from a word contradicts a warning, not an error", () => {
  const g = sheet({
    name: "Layanan",
    rows: [
      ["Tabel 2. Layanan yang Diberikan kepada Korban, Tahun 2024"],
      ["No.", "Jenis Layanan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Jumlah pengaduan masyarakat", 150, 121, 80.67],
      [2, "Layanan kesehatan", 90, 96, 106.67],
      [3, "Bantuan hukum dan pendampingan BAP", 60, 47, 78.33],
    ],
    formulas: { E3: "ROUND(D3/C3*100,2)", E4: "ROUND(D4/C4*100,2)", E5: "ROUND(D5/C5*100,2)" },
  });
  const f = runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter(
    (x) => x.rule === "capaian-mismatch",
  );
  expect(f.map((x) => [x.cell, x.severity])).toEqual([["E3", "warning"]]);
});

describe("what forms-blind73 .. 76 added", () => {
  it("reads 'T | R' under a year as its target and realisation", () => {
    expect(classifyHeader(["Tahun 2023", "T"])).toMatchObject({ role: "target", year: 2023 });
    expect(classifyHeader(["Tahun 2023", "R"])).toMatchObject({ role: "realisasi", year: 2023 });
  });
  it("reads 'Kinerja Tahun 2024 > Rencana' as the year's target", () => {
    expect(classifyHeader(["Kinerja Tahun 2024", "Rencana"])).toMatchObject({ role: "target", year: 2024 });
  });
  it("reads a ceiling to stay under as the target and a forest unit as a place", () => {
    expect(classifyHeader(["Batas Maksimal Luas Terbakar (ha)"])).toMatchObject({ role: "target" });
    expect(classifyHeader(["Unit KPH"])).toMatchObject({ role: "lokasi" });
  });
  it("reads a desa's capital put into its BUMDes as no pagu", () => {
    expect(classifyHeader(["Tahun 2024", "Penyertaan Modal Desa", "(Rp)"])).toMatchObject({
      role: "lainnya",
    });
  });
  it("gives an APBDes the title's year though a SiLPA column names the year before", () => {
    const cols = detectTables(
      sheet({
        name: "Rekap APBDes",
        rows: [
          ["REKAPITULASI ANGGARAN PENDAPATAN DAN BELANJA DESA (APBDes) TAHUN ANGGARAN 2024"],
          ["No", "Nama Desa", "Dana Desa (Rp)", "Jumlah Belanja (Rp)", "Penerimaan Pembiayaan (SiLPA 2023)"],
          [1, "Nuaone", 912_345_000, 1_301_268_000, 24_310_500],
          [2, "Ratenggoji", 1_034_872_000, 1_449_004_000, 11_872_000],
          [3, "Detukeli Baru", 786_410_000, 1_134_538_000, 6_450_000],
        ],
      }),
    )[0].columns;
    expect(cols[2]).toMatchObject({ role: "anggaran", year: 2024 });
  });
  it("holds a 'Jml' column and a count with a year to the group beside it", () => {
    const spec = (e: number): SheetSpec => ({
      name: "BUMDes",
      rows: [
        ["REKAPITULASI BUMDES MENURUT KECAMATAN KEADAAN DESEMBER 2024"],
        ["No.", "Kecamatan", "Jml BUMDes", "Kondisi BUMDes", null],
        [null, null, null, "Aktif", "Belum / Tidak Aktif"],
        [1, "Sepang Simin", 13, 10, 3],
        [2, "Bukit Sua", 11, 8, 3],
        [3, "Tampelas Hulu", 15, 12, 3],
        [4, "Manuhing Tengah", e, 5, 4],
        [5, "Mihing Raya", 12, 12, 0],
        [6, "Kahingai", 14, 11, 3],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2"],
    });
    expect(found(spec(9))).toEqual([]);
    expect(found(spec(8))).toEqual([["sum-mismatch", "C7"]]);
  });
});
