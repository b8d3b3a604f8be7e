// What forms-blind261 .. 264 taught (malaria and kusta, regional taxes, a BLUD laboratory,
// livestock health): an E.81 number row may carry a column the Pemda added, numbered after the
// form's last and set before it ("16 = 12/7 x 100 | 15"); "Target Renstra PD Tahun 2026" under a
// Renstra of 2021-2026 is the end-period target the capaian to date is measured against; and a
// typed number among a column's formulas that also breaks an identity is one finding, not two.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const e81 = (nomorAkhir: string[], capaianSd: number): SheetSpec => ({
  name: "Evaluasi Renja 2024",
  rows: [
    ["Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Peternakan"],
    ["Renstra Perangkat Daerah Tahun 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024"],
    [],
    [
      "No",
      "Indikator Kinerja Program (outcome) / Kegiatan (output)",
      "Satuan",
      "Target Renstra PD Tahun 2026",
      "Realisasi Capaian Renstra PD s.d. Renja Tahun 2023",
      "Target Kinerja Renja Tahun 2024",
      "Realisasi Triwulan I 2024",
      "Realisasi Triwulan II 2024",
      "Realisasi Triwulan III 2024",
      "Realisasi Triwulan IV 2024",
      "Realisasi Kinerja Renja 2024",
      "Realisasi Kinerja Renstra s.d. 2024",
      "Tingkat Capaian Renstra s.d. 2024 (%)",
      "Tingkat Capaian Renja Tahun 2024 (%)",
      "Unit PD Penanggung Jawab",
    ],
    ["1", "2", "4a", "5", "6", "7", "8", "9", "10", "11", "12 = 8+9+10+11", "13 = 6 + 12", ...nomorAkhir],
    [
      1,
      "Jumlah HPR yang divaksinasi rabies",
      "ekor",
      120000,
      64300,
      26000,
      6100,
      7400,
      6800,
      5200,
      25500,
      89800,
      74.83,
      98.08,
      "Bidang Keswan",
    ],
    [
      2,
      "Jumlah kasus gigitan HPR yang diobservasi",
      "kasus",
      2400,
      1320,
      520,
      131,
      148,
      122,
      109,
      510,
      1830,
      76.25,
      98.08,
      "Bidang Keswan",
    ],
    [
      3,
      "Jumlah tapping box yang terpasang",
      "unit",
      250,
      118,
      60,
      10,
      15,
      20,
      12,
      57,
      175,
      capaianSd,
      95,
      "Bidang Keswan",
    ],
    [
      4,
      "Jumlah akseptor inseminasi buatan",
      "ekor",
      9000,
      5100,
      1800,
      400,
      500,
      450,
      430,
      1780,
      6880,
      76.44,
      98.89,
      "Bidang Keswan",
    ],
  ],
});

describe("an E.81 whose number row numbers an added column before the form's last (forms-blind264)", () => {
  const nomor = ["14 = 13/5 x 100", "16 = 12/7 x 100", "15"];

  it("reads '16 = 12/7 x 100 | 15' as the header's number row, not as data", () => {
    const g = sheet(e81(nomor, 70));
    const [t] = detectTables(g);
    expect(t.numberRow).toBe(5);
    expect(foundOn(e81(nomor, 70))).toEqual([]);
  });

  it("still takes a row of counts that runs backwards for data (kept)", () => {
    const g = sheet(e81(["14 = 13/5 x 100", "16", "15"], 70));
    expect(detectTables(g)[0]?.numberRow).toBeUndefined();
  });
});

describe("'Target Renstra PD Tahun 2026' under a Renstra of 2021-2026 (forms-blind262)", () => {
  const nomor = ["14 = 13/5 x 100", "15", "16"];

  it("is the end-period target the capaian to date is measured against", () => {
    const [t] = detectTables(sheet(e81(nomor, 70)));
    expect(t.columns.find((c) => c.col === 4)).toMatchObject({
      role: "target",
      year: 2026,
      endOfPeriod: true,
    });
  });

  it("so a capaian to date of 12/7 where 13/5 is meant is named", () => {
    expect(foundOn(e81(nomor, 95))).toContainEqual(["capaian-mismatch", "M8"]);
    expect(foundOn(e81(nomor, 70))).toEqual([]);
  });
});

describe("one slip on one cell is one finding (forms-blind252, 263)", () => {
  const findings = (spec: SheetSpec) => {
    const g = sheet(spec);
    return runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter(
      (f) => f.severity !== "info",
    );
  };

  it("a typed total among the column's formulas: the sum error, with the formula in it", () => {
    const spec: SheetSpec = {
      name: "Rekap TW 2024",
      rows: [
        ["REKAPITULASI PENGUNJUNG PER TRIWULAN TAHUN 2024"],
        [],
        ["No", "Periode", "Domestik", "Mancanegara", "Pelajar", "Jumlah"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (3)+(4)+(5)"],
        [1, "Triwulan I", 3200, 410, 1250, 4860],
        [2, "Triwulan II", 4100, 520, 980, 5600],
        [3, "Triwulan III", 5300, 705, 6900, 13905],
        [4, "Triwulan IV", 4800, 630, 1100, 6530],
      ],
      formulas: { F5: "C5+D5+E5", F6: "C6+D6+E6", F8: "C8+D8+E8" },
    };
    const at = findings(spec).filter((f) => f.cell === "F7");
    expect(at.map((f) => f.rule)).toEqual(["sum-mismatch"]);
    expect(at[0].message).toContain("=C7+D7+E7");
  });

  it("a capaian formula that reads the row above's target keeps its own warning beside the error (kept)", () => {
    const spec: SheetSpec = {
      name: "BLUD 2024",
      rows: [
        ["REALISASI PENDAPATAN BLUD TAHUN 2024"],
        [],
        ["No", "Unit Layanan", "Target (Rp)", "Realisasi (Rp)", "Capaian (%)"],
        [1, "Laboratorium Klinik", 4850000000, 5236420500, 107.97],
        [2, "Laboratorium Air", 1420000000, 1288615000, 90.75],
        [3, "Laboratorium Makanan", 640000000, 571930000, 40.28],
        [4, "Home Service", 185000000, 162480000, 87.83],
        [5, "Pelatihan Analis", 95000000, 104350000, 109.84],
      ],
      formulas: {
        E4: "ROUND(D4/C4*100,2)",
        E5: "ROUND(D5/C5*100,2)",
        E6: "ROUND(D6/C5*100,2)",
        E7: "ROUND(D7/C7*100,2)",
        E8: "ROUND(D8/C8*100,2)",
      },
    };
    const at = findings(spec).filter((f) => f.cell === "E6");
    // (the warning says which reference is wrong; forms name that slip either way, forms-blind153)
    expect(at.map((f) => f.rule).sort()).toEqual(["capaian-mismatch", "inconsistent-formula"]);
  });
});
