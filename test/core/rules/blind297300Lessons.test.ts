// What forms-blind297 .. 300 taught (water supply, cooperatives, waste, family planning): a
// treatment plant names a recap's rows; an E.81's "Target Renstra Tahun 2026" is the period's end
// even with no period named above it; a total's share typed where the rows compute their own is
// held to its own row's ratio; a name's gloss in brackets says nothing of its polarity; a growth
// over the quarter before is the table's year.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { reportTable } from "../../../src/core/report";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a treatment plant names a recap's rows (forms-blind297)", () => {
  it("finds the capacity table beside the quarterly water loss, and both of them", () => {
    const spec: SheetSpec = {
      name: "Kapasitas dan NRW 2024",
      rows: [
        ["KAPASITAS TERPASANG, KAPASITAS TERPAKAI DAN KEHILANGAN AIR TAHUN 2024"],
        [],
        // prettier-ignore
        ["Instalasi Pengolahan Air", "Kapasitas (l/detik)", null, null, "Pemanfaatan (%)", null, "Periode", "Volume Air (m3)", null, null, "NRW (%)"],
        // prettier-ignore
        [null, "Terpasang", "Terpakai", "Belum Termanfaatkan", null, null, null, "Diproduksi", "Terjual / Tertagih", "Kehilangan Air", null],
        // prettier-ignore
        [null, "(1)", "(2)", "(3) = (1)-(2)", "(4) = (2)/(1) x 100", null, "Triwulan I", 2985400, 2014300, 971100, 32.53],
        ["IPA Sungai Bening I", 250, 212.5, 37.5, 85, null, "Triwulan II", 3041800, 2078900, 962900, 31.66],
        ["IPA Sungai Bening II", 200, 168, 32, 84, null, "Triwulan III", 3102600, 2150400, 952200, 30.69],
        ["IPA Alalak Hulu", 150, 96.5, 53.5, 64.33, null, "Triwulan IV", 3388900, 2546700, 842200, 24.85],
        ["IPA Pulau Sirih", 100, 54, 46, 54, null, "Jumlah 2024", 12518700, 8790300, 3728400, 29.78],
        ["Jumlah", 700, 531, 169, 75.86],
      ],
      merges: ["A3:A4", "B3:D3", "E3:E4", "G3:G4", "H3:J3", "K3:K4"],
    };
    const tables = detectTables(sheet(spec)).map(reportTable);
    expect(tables.map((t) => t.range)).toEqual(["A3:E10", "G3:K9"]);
    expect(tables[0].columns[0].role).toBe("lokasi");
  });
});

describe("an E.81's 'Target Renstra Tahun 2026' with no period above it (forms-blind299)", () => {
  const head = (k: string, rp = k): string[] => [k, rp];
  const KR = ["K", "Rp"];
  // prettier-ignore
  const spec = (capaian: number): SheetSpec => ({
    name: "Evaluasi Renja 2024",
    rows: [
      ["Tabel Evaluasi Hasil Pelaksanaan Renja DLH Kabupaten Batang Lisu s.d. Triwulan IV Tahun 2024"],
      [],
      [
        "No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja Program (outcome) / Kegiatan (output)", "Satuan",
        ...head("Target Renstra DLH Tahun 2026"),
        ...head("Realisasi Capaian Renstra s.d. Renja Tahun 2023"),
        ...head("Target Kinerja dan Anggaran Renja Tahun 2024"),
        "Realisasi Kinerja pada Triwulan", null, null, null, null, null, null, null,
        ...head("Realisasi Kinerja dan Anggaran Renja 2024"),
        ...head("Realisasi Kinerja dan Anggaran Renstra s.d. 2024"),
        ...head("Tingkat Capaian Renstra s.d. 2024 (%)"),
        "Keterangan",
      ],
      [null, null, null, null, null, null, null, null, null, null, null, "I", null, "II", null, "III", null, "IV", null],
      [null, null, null, null, null, ...KR, ...KR, ...KR, ...KR, ...KR, ...KR, ...KR, ...KR, ...KR, ...KR],
      [
        1, 2, 3, 4, null, 5, null, 6, null, 7, null, 8, null, 9, null, 10, null, 11, null,
        "12 = 8+9+10+11", null, "13 = 6 + 12", null, "14 = 13/5 x 100", null, 15,
      ],
      [
        1, "2.11.11.2.01.0001", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah (TPS3R)", "Jumlah TPS3R yang dibangun", "unit",
        15, 6400, 8, 3215, 3, 1450, 0, 0, 1, 412, 1, 498, 1, 521, 3, 1431, 11, 4646, 73.33, 72.59,
      ],
      [
        2, "2.11.11.2.01.0003", "Pembinaan dan Pengembangan Bank Sampah", "Jumlah bank sampah aktif yang dibina", "unit",
        120, 1850, 74, 1022, 22, 395, 4, 61, 6, 98, 5, 104, 7, 118, 22, 381, 96, 1403, capaian, 75.84,
      ],
      [
        3, "2.11.11.2.01.0006", "Operasional Tempat Pemrosesan Akhir (TPA)", "Jumlah sampah yang diproses di TPA", "ton",
        310000, 14200, 187400, 8314, 64000, 2960, 15820, 655, 16240, 742, 15990, 731, 16550, 790, 64600, 2918, 252000, 11232, 81.29, 79.1,
      ],
    ],
    merges: [
      "A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "F3:G4", "H3:I4", "J3:K4", "L3:S3",
      "L4:M4", "N4:O4", "P4:Q4", "R4:S4", "T3:U4", "V3:W4", "X3:Y4", "Z3:Z5",
      "F6:G6", "H6:I6", "J6:K6", "L6:M6", "N6:O6", "P6:Q6", "R6:S6", "T6:U6", "V6:W6", "X6:Y6",
    ],
  });

  it("reads the Renstra target as the period's end and holds the capaian to it", () => {
    const [t] = detectTables(sheet(spec(80))).map(reportTable);
    expect(t.columns.find((c) => c.column === "F")).toMatchObject({ role: "target", endOfPeriod: true });
    expect(foundOn(spec(80)).filter(([rule]) => rule === "capaian-mismatch")).toEqual([]);
    // (the realisation to date, 96, typed where 96 / 120 x 100 = 80 belongs)
    expect(foundOn(spec(96))).toContainEqual(["capaian-mismatch", "X8"]);
  });
});

describe("a total's share typed where the rows compute their own (forms-blind300)", () => {
  const spec = (total: CellValue): SheetSpec => ({
    name: "KLA 2024",
    rows: [
      ["Pemenuhan Indikator Kota Layak Anak Tahun 2024"],
      [],
      ["Klaster KLA", "Jumlah Indikator", "Indikator Terpenuhi", "Pemenuhan (%)"],
      ["Kelembagaan", 6, 5, 83.33],
      ["I. Hak Sipil dan Kebebasan", 3, 2, 66.67],
      ["II. Lingkungan Keluarga dan Pengasuhan Alternatif", 5, 4, 80],
      ["III. Kesehatan Dasar dan Kesejahteraan", 7, 5, 71.43],
      ["IV. Pendidikan, Pemanfaatan Waktu Luang, Budaya", 4, 3, 75],
      ["V. Perlindungan Khusus", 5, 3, 60],
      ["Jumlah", 30, 22, total],
    ],
    formulas: {
      B10: "SUM(B4:B9)",
      C10: "SUM(C4:C9)",
      ...Object.fromEntries([4, 5, 6, 7, 8, 9].map((r) => [`D${r}`, `ROUND(C${r}/B${r}*100,2)`])),
    },
  });

  it("holds a typed 72,74 (the klaster's mean) to 22 / 30 = 73,33, and leaves 73,33 and 73 alone", () => {
    expect(foundOn(spec(72.74))).toContainEqual(["hardcoded-value", "D10"]);
    expect(foundOn(spec(73.33))).toEqual([]);
    expect(foundOn(spec(73))).toEqual([]);
  });
});

describe("a name's gloss in brackets says nothing of its polarity (forms-blind300)", () => {
  it("reads the cases audited as the work done, not as the cases", () => {
    expect(polaritasDariTeks("Persentase baduta stunting yang diaudit (Audit Kasus Stunting)")).toMatchObject(
      {
        polaritas: "positif",
      },
    );
    // (the clause itself still speaks: what befalls them is the negative)
    expect(polaritasDariTeks("Jumlah kasus kekerasan yang menimpa anak")).toMatchObject({
      polaritas: "negatif",
    });
  });
});

describe("a growth over the quarter before is the table's year (forms-blind298)", () => {
  it("gives 'Pertumbuhan Omzet thd Triwulan Sebelumnya (%)' the year of the recap", () => {
    const spec: SheetSpec = {
      name: "UMKM 2024",
      rows: [
        ["REKAPITULASI KINERJA LAYANAN UMKM TAHUN 2024"],
        [],
        ["Periode", "Omzet UMKM Binaan (Rp juta)", "Pertumbuhan Omzet thd Triwulan Sebelumnya (%)"],
        ["Triwulan I", 18420.5, "-"],
        ["Triwulan II", 19876.25, 7.9],
        ["Triwulan III", 21104.75, 6.18],
        ["Triwulan IV", 22958, 8.78],
      ],
    };
    const [t] = detectTables(sheet(spec)).map(reportTable);
    expect(t.columns[2]).toMatchObject({ role: "pertumbuhan", year: 2024 });
  });
});
