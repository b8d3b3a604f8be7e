// What forms-blind133 .. 136 taught (housing and a Bagian Kesra, disaster management, health
// SPM, roads and bridges): a share done "tepat waktu" is higher-is-better; a table set beside
// another may number its columns on from the left one's number row ("(10)" after "(9)").
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
