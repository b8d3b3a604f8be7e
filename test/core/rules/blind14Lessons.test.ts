// What the sixteenth form set (test/forms-blind14, the Renja and its evaluation) taught: quarters
// headed "I (Jan-Mar)"; group headings written once in their first cell without merges (E.80 as
// exported); a level's year typed among formulas that add the quarters is no hardcoded value;
// a programme's s.d. Rp that follows a kegiatan's wrong formula is that formula's consequence;
// "Realisasi Kumulatif s.d. Triwulan > IV" is the evaluated year's; E.80's "Target Akhir Periode
// Renstra" of a yearly count adds the years, as the table's other counts do.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { runRules } from "../../../src/core/rules";
import { hardcodedValue } from "../../../src/core/rules/hardcodedValue";
import { inconsistentFormula } from "../../../src/core/rules/inconsistentFormula";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const cols = (s: SheetSpec) =>
  detectTables(sheet(s))[0].columns.map(
    (c) => `${c.role}${c.year ? ` ${c.year}` : ""}${c.quarter ? ` q${c.quarter}` : ""}`,
  );

// E.81 quarters "I (Jan-Mar)" .. over K | Rp, with a level (typed) and counts (summed)
function e81(s16: CellValue, f16?: string): SheetSpec {
  const q = (n: string) => [n, n];
  return {
    name: "Evaluasi Renja 2024",
    rows: [
      ["EVALUASI TERHADAP HASIL RENJA DINAS KESEHATAN TAHUN 2024"],
      [],
      [
        "No",
        "Indikator Kinerja",
        "Realisasi Kinerja Triwulan",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Realisasi Renja Tahun 2024",
        null,
      ],
      [
        "No",
        "Indikator Kinerja",
        ...q("I (Jan-Mar)"),
        ...q("II (Apr-Jun)"),
        ...q("III (Jul-Sep)"),
        ...q("IV (Okt-Des)"),
        "Realisasi Renja Tahun 2024",
        null,
      ],
      ["No", "Indikator Kinerja", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      [
        1,
        "Prevalensi balita stunting (%)",
        21.2,
        2_397_150_000,
        20.6,
        8_007_410_000,
        19.9,
        10_316_990_000,
        19.1,
        11_260_890_000,
        19.1,
        31_982_440_000,
      ],
      [
        2,
        "Jumlah fasilitas kesehatan rujukan yang ditingkatkan",
        0,
        1_215_400_000,
        1,
        5_842_760_000,
        1,
        7_916_305_000,
        2,
        8_604_185_000,
        s16,
        23_578_650_000,
      ],
      [
        3,
        "Jumlah sampel spesimen yang diperiksa",
        2_450,
        1_085_300_000,
        3_120,
        2_016_450_000,
        3_385,
        2_237_810_000,
        3_610,
        2_471_090_000,
        12_565,
        7_810_650_000,
      ],
      [
        4,
        "Jumlah tenaga kesehatan yang dilatih",
        40,
        120_000_000,
        60,
        180_000_000,
        80,
        240_000_000,
        20,
        60_000_000,
        200,
        600_000_000,
      ],
      [
        5,
        "Jumlah puskesmas yang dibina",
        5,
        50_000_000,
        5,
        50_000_000,
        5,
        50_000_000,
        5,
        50_000_000,
        20,
        200_000_000,
      ],
    ],
    merges: ["C3:J3", "K3:L4", "C4:D4", "E4:F4", "G4:H4", "I4:J4", "A3:A5", "B3:B5"],
    formulas: {
      L6: "D6+F6+H6+J6",
      ...(f16 ? { K7: f16 } : {}),
      L7: "D7+F7+H7+J7",
      K8: "C8+E8+G8+I8",
      L8: "D8+F8+H8+J8",
      K9: "C9+E9+G9+I9",
      L9: "D9+F9+H9+J9",
      K10: "C10+E10+G10+I10",
      L10: "D10+F10+H10+J10",
    },
  };
}

describe("an E.81's quarters", () => {
  it('reads "I (Jan-Mar)" .. "IV (Okt-Des)" as the quarters of the evaluated year', () => {
    expect(cols(e81(4, "C7+E7+G7+I7")).slice(2)).toEqual([
      "realisasi 2024 q1",
      "realisasi-anggaran 2024 q1",
      "realisasi 2024 q2",
      "realisasi-anggaran 2024 q2",
      "realisasi 2024 q3",
      "realisasi-anggaran 2024 q3",
      "realisasi 2024 q4",
      "realisasi-anggaran 2024 q4",
      "realisasi 2024",
      "realisasi-anggaran 2024",
    ]);
  });
});

ruleTester(hardcodedValue, {
  valid: [
    { name: "a level's year typed among formulas that add the quarters", sheets: [e81(4, "C7+E7+G7+I7")] },
  ],
  invalid: [
    {
      name: "a count's year typed among them",
      sheets: [e81(4)],
      findings: [{ sheet: "Evaluasi Renja 2024", cell: "K7" }],
    },
  ],
});

describe("group headings written once without merges (E.80 as exported)", () => {
  it("heads every column under them", () => {
    const s: SheetSpec = {
      name: "E.80",
      rows: [
        ["EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH 2021-2026"],
        [],
        [
          "No",
          "Indikator",
          "Target Kinerja dan Pagu Indikatif Renstra PD",
          null,
          null,
          null,
          "Realisasi Kinerja dan Anggaran",
          null,
          "Rasio Capaian (%)",
          null,
        ],
        [null, null, 2022, null, 2023, null, 2022, null, 2022, null],
        [null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
        [1, "Jumlah dokumen yang difasilitasi", 2, 420_000_000, 2, 455_000_000, 2, 398_650_000, 100, 94.92],
        [2, "Jumlah kampung yang didampingi", 10, 650_000_000, 12, 780_000_000, 10, 628_400_000, 100, 96.68],
      ],
    };
    expect(cols(s).slice(2)).toEqual([
      "target 2022",
      "anggaran 2022",
      "target 2023",
      "anggaran 2023",
      "realisasi 2022",
      "realisasi-anggaran 2022",
      "capaian 2022",
      "capaian 2022",
    ]);
  });
});

describe("a programme's s.d. Rp that follows a kegiatan's wrong formula", () => {
  it("is named in that formula's finding", () => {
    const rows: CellValue[][] = [
      [
        "Kode",
        "Program / Kegiatan",
        "Realisasi s.d. 2023 (Rp)",
        "Realisasi 2024 (Rp)",
        "Realisasi Renstra s.d. 2024 (Rp)",
      ],
      ["1.06.05", "Program Perlindungan dan Jaminan Sosial", 3_545_550_000, 1_767_865_000, 5_313_415_000],
      ["1.06.05.2.01", "Pengelolaan Data Fakir Miskin", 498_750_000, 279_640_000, 1_161_010_000],
      ["1.06.05.2.03", "Bantuan Sosial bagi Fakir Miskin", 3_046_800_000, 1_488_225_000, 4_535_025_000],
      ["1.06.04", "Program Rehabilitasi Sosial", 1_864_940_000, 1_112_595_000, 2_977_535_000],
      ["1.06.04.2.02", "Rehabilitasi Sosial Dasar", 1_512_340_000, 903_680_000, 2_416_020_000],
      ["1.06.04.2.05", "Rehabilitasi Sosial PMKS Lainnya", 352_600_000, 208_915_000, 561_515_000],
    ];
    const grid = sheet({
      name: "E81",
      rows,
      formulas: {
        C2: "SUM(C3:C4)",
        D2: "SUM(D3:D4)",
        E2: "C2+D2",
        E3: "C3+D3+D3-D3+382620000",
        E4: "C4+D4",
        E5: "C5+D5",
        E6: "C6+D6",
        E7: "C7+D7",
      },
    });
    // E3 is a wrong formula: its own parts give 778,390,000; the programme's E2 follows its own row
    grid.set(3, 5, { value: 1_161_010_000, formula: "C3+D3+382620000" });
    const found = runRules(
      detectTables(grid).map((table) => ({ table, grid })),
      { rules: [sumMismatch, inconsistentFormula] },
    ).filter((f) => f.severity !== "info");
    // E3 is named (by both rules: its row identity and its formula); E2 is not reported again
    expect(found.map((f) => f.cell)).not.toContain("E2");
    expect(found.find((f) => f.rule === "inconsistent-formula")?.cell).toBe("E3");
  });
});

// E.80's end target of yearly counts: the sum of the years, as the table's other counts have it
function e80(aparatur: number): SheetSpec {
  return {
    name: "E.80",
    rows: [
      [
        "No",
        "Indikator",
        "Satuan",
        "Target 2022",
        "Target 2023",
        "Target 2024",
        "Target Akhir Periode Renstra (2024)",
      ],
      [1, "Jumlah dokumen usulan penataan kampung yang difasilitasi", "dokumen", 2, 2, 3, 7],
      [2, "Jumlah kampung yang didampingi peningkatan status IDM", "kampung", 10, 12, 12, 34],
      [3, "Jumlah lembaga kemasyarakatan yang difasilitasi", "lembaga", 30, 35, 35, 100],
      [4, "Jumlah aparatur kampung yang mengikuti bimbingan teknis", "orang", 120, 140, 150, aparatur],
      [5, "Jumlah kampung yang telah menerapkan Siskeudes daring (kumulatif)", "kampung", 40, 60, 80, 80],
    ],
  };
}

ruleTester(kondisiAkhirMismatch, {
  valid: [
    { name: "yearly counts that add up and a cumulative one that quotes its last", sheets: [e80(410)] },
  ],
  invalid: [
    {
      name: "a yearly count of people trained that quotes its last year",
      sheets: [e80(150)],
      findings: [{ sheet: "E.80", cell: "G5", expected: 410, actual: 150 }],
    },
  ],
});

describe("a Renja recap by funding source", () => {
  it('reads "Prakiraan Maju 2027" beside "Pagu Indikatif 2026" as the pagu ahead', () => {
    const s: SheetSpec = {
      name: "Renja 2026",
      rows: [
        ["No", "Sumber Dana", "Pagu Indikatif 2026", "Prakiraan Maju 2027", "Pertumbuhan (%)"],
        [1, "Pendapatan Asli Daerah (PAD)", 2_977_250, 3_126_113, 5],
        [2, "Dana Alokasi Khusus (DAK) Fisik", 4_865_000, 3_500_000, -28.06],
      ],
    };
    expect(cols(s).slice(2)).toEqual(["anggaran 2026", "anggaran 2027", "pertumbuhan"]);
  });
});
