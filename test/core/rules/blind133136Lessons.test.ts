// What forms-blind133 .. 140 taught (housing and a Bagian Kesra, disaster management, health
// SPM, roads and bridges; labour, finance and assets, social affairs, agriculture): a share done
// "tepat waktu" is higher-is-better; a table set beside another may number its columns on from
// the left one's number row ("(10)" after "(9)"); an "Alokasi" of a quantity is a ceiling.
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an IKU matrix whose share of reports on time dips", () => {
  const spec = (t2025: number): SheetSpec => ({
    name: "IKU Kesra",
    rows: [
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Kondisi Awal 2023",
        "Target",
        null,
        null,
        "Kondisi Akhir 2026",
      ],
      [null, null, null, null, 2024, 2025, 2026, null],
      [
        1,
        "Persentase lembaga penerima hibah yang menyampaikan LPJ tepat waktu",
        "%",
        78.5,
        82,
        t2025,
        88,
        88,
      ],
      [2, "Persentase desa dengan forum kerukunan aktif", "%", 41.2, 45, 50, 55, 55],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2"],
  });

  it("reads the share done on time as higher-is-better, and its dip as a trend", () => {
    expect(foundOn(spec(85))).toEqual([]);
    expect(foundOn(spec(79))).toEqual([["target-trend", "F3"]]);
    expect(polaritasDariTeks("Persentase laporan yang tidak tepat waktu")?.polaritas).not.toBe("positif");
  });
});

describe("two tables side by side under one number row", () => {
  it("reads the right one's numbers, run on from the left's, as its number row", () => {
    const g = sheet({
      name: "Kondisi 2024",
      rows: [
        [
          "No",
          "Kecamatan",
          "Panjang Jalan (km)",
          "Baik",
          "Sedang",
          null,
          "Kecamatan",
          "Jumlah Jembatan",
          "Baik",
          "Rusak",
        ],
        ["(1)", "(2)", "(3)", "(4)", "(5)", null, "(6)", "(7)", "(8)", "(9)"],
        [1, "Nubatukan", 60, 38.4, 21.6, null, "Nubatukan", 14, 11, 3],
        [2, "Ile Ape", 40, 22.7, 17.3, null, "Ile Ape", 9, 6, 3],
        [3, "Atadei", 28, 12.3, 15.7, null, "Atadei", 15, 14, 1],
        [4, "Wulandoni", 31, 18.9, 12.1, null, "Wulandoni", 7, 4, 3],
      ],
    });
    expect(detectTables(g).map((t) => [t.range.c1, t.dataRange.r1, t.numberRow])).toEqual([
      [1, 3, 2],
      [7, 3, 2],
    ]);
  });
});

describe("subsidised fertiliser handed out by kecamatan against its allocation", () => {
  const spec = (npk: number): SheetSpec => ({
    name: "Pupuk Subsidi 2024",
    rows: [
      ["No", "Kecamatan", "Urea (ton)", null, null, "NPK Phonska (ton)", null, null],
      ["No", "Kecamatan", "Alokasi", "Realisasi", "Serapan (%)", "Alokasi", "Realisasi", "Serapan (%)"],
      [1, "Bulawa Timur", 812.5, 774.25, 95.29, 540, 498.6, 92.33],
      [2, "Suwawa Raya", 1035, 1017.4, 98.3, 690, 655.35, 94.98],
      [3, "Tapa Utara", 620, 588.9, 94.98, 385, npk, Math.round((npk / 385) * 10000) / 100],
      [4, "Botupingge Hulu", 486, 431.2, 88.72, 310, 287.45, 92.73],
    ],
    merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1"],
    formulas: {
      E3: "ROUND(D3/C3*100,2)",
      E4: "ROUND(D4/C4*100,2)",
      E5: "ROUND(D5/C5*100,2)",
      E6: "ROUND(D6/C6*100,2)",
      H3: "ROUND(G3/F3*100,2)",
      H4: "ROUND(G4/F4*100,2)",
      H5: "ROUND(G5/F5*100,2)",
      H6: "ROUND(G6/F6*100,2)",
    },
  });

  it("holds what was handed out to the allocation, as spending to its pagu", () => {
    expect(foundOn(spec(372.4))).toEqual([]);
    expect(foundOn(spec(412.5))).toEqual([["serapan-over-100", "G5"]]);
  });
});
