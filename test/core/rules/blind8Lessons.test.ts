// What the tenth form set (test/forms-blind8) taught, rule by rule, with valid and invalid cases:
// a to-date column that adds flows and repeats levels, the year's realisation among quarter and
// cumulative columns, a target that breaks a level's steady path, negative indicators listed in
// brackets in a note, whole rupiah in a table kept in thousands.
import { inconsistentFormula } from "../../../src/core/rules/inconsistentFormula";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { targetOutlier } from "../../../src/core/rules/targetOutlier";
import { targetTrend } from "../../../src/core/rules/targetTrend";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { numberScale } from "../../../src/core/rules/numberScale";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { RULES, runRules } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester, sheet, tabelTarget } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// T-C.29: realisation to date = the years before + this year for a count, this year's value for
// a percentage ("=L11"), in one column of formulas.
function tc29(pOverride: Record<string, string> = {}): SheetSpec {
  const rows: CellValue[][] = [
    [
      "No",
      "Indikator",
      "Satuan",
      "Realisasi s.d. Tahun 2023",
      "Realisasi Tahun 2024",
      "Realisasi s.d. Tahun 2024",
    ],
    [1, "Persentase lulusan pelatihan yang bekerja", "%", 54.2, 59.35, 59.35],
    [2, "Jumlah peserta pelatihan berbasis kompetensi", "orang", 1020, 496, 1516],
    [3, "Jumlah instruktur yang ditingkatkan kompetensinya", "orang", 62, 30, 92],
    [4, "Tingkat Pengangguran Terbuka (TPT)", "%", 5.62, 5.36, 5.36],
    [5, "Jumlah pencari kerja yang ditempatkan", "orang", 3612, 1924, 5536],
    [6, "Jumlah dokumen izin yang diterbitkan", "dokumen", 15, 9, 24],
    [7, "Jumlah perusahaan yang dibina", "perusahaan", 40, 22, 62],
  ];
  const formulas: Record<string, string> = {
    F2: "E2",
    F3: "D3+E3",
    F4: "D4+E4",
    F5: "E5",
    F6: "D6+E6",
    F7: "D7+E7",
    F8: "D8+E8",
    ...pOverride,
  };
  return { name: "T-C.29", rows, formulas };
}

ruleTester(inconsistentFormula, {
  valid: [{ name: "s.d.: counts add the years, percentages repeat this year's value", sheets: [tc29()] }],
  invalid: [
    {
      name: "s.d.: a count that repeats this year's value instead of adding the years",
      sheets: [tc29({ F6: "E6" })],
      findings: [{ cell: "F6", expected: "=D6+E6", actual: "=E6" }],
    },
  ],
});

// Quarterly and cumulative realisation beside the pagu: the year's realisation is the one column
// that is neither a quarter nor "s.d. TW II / III".
function triwulan(real: number): SheetSpec {
  const rows: CellValue[][] = [
    ["No", "Sub Kegiatan", "Pagu DPA 2024", "Realisasi 2024", null, null, null, null, null, null],
    [null, null, null, "TW I", "TW II", "TW III", "TW IV", "s.d. TW II", "s.d. TW III", "s.d. TW IV"],
    [1, "Perencanaan Pengadaan Tanah", 485000, 8650, 103750, 186350, real - 298750, 112400, 298750, real],
    [2, "Pelaksanaan Pengadaan Tanah", 6250000, 0, 1875000, 2437500, 1684320, 1875000, 4312500, 5996820],
    [3, "Penyusunan Neraca Penatagunaan Tanah", 312000, 0, 48600, 118350, 139920, 48600, 166950, 306870],
  ];
  return { name: "Realisasi TW", rows, merges: ["A1:A2", "B1:B2", "C1:C2", "D1:J1"] };
}

ruleTester(serapanOver100, {
  valid: [
    { name: "every year's realisation under its pagu, quarters beside it", sheets: [triwulan(478000)] },
  ],
  invalid: [
    {
      name: "the year's realisation (s.d. TW IV) above the pagu, among quarter columns",
      sheets: [triwulan(497350)],
      findings: [{ cell: "J3", expected: 485000, actual: 497350 }],
    },
  ],
});

const iku = (rows: CellValue[][]): SheetSpec => tabelTarget("IKU", rows);
const inovasi = (k4: number): CellValue[] => [
  1,
  "Persentase perangkat daerah yang menerapkan inovasi",
  "%",
  60,
  65,
  70,
  k4,
  80,
];

ruleTester(targetOutlier, {
  valid: [
    { name: "a steady path", sheets: [iku([inovasi(75)])] },
    { name: "a level that flattens", sheets: [iku([inovasi(70)])] },
    {
      name: "a yearly count may dip (a flow, not a level)",
      sheets: [iku([[1, "Jumlah kegiatan promosi yang dilaksanakan", "kegiatan", 3, 5, 7, 2, 9]])],
    },
    {
      name: "a path that bends at its end is a plan, not a slip",
      sheets: [iku([[1, "Persentase desa mandiri", "%", 60, 65, 70, 75, 61]])],
    },
  ],
  invalid: [
    {
      name: "a percentage that breaks its rising path in the middle (75 typed 57)",
      sheets: [iku([inovasi(57)])],
      findings: [
        {
          sheet: "IKU",
          cell: "G2",
          expected: 75,
          actual: 57,
          message: /dengan dua angkanya ditukar, 75, ia pas/,
        },
      ],
    },
  ],
});

ruleTester(targetTrend, {
  valid: [
    {
      // (a break within the path's order of magnitude, 71, is this rule's: blind181184Lessons)
      name: "the slip in a level's path is target-outlier's finding, not a trend",
      sheets: [iku([[1, "Indeks Kepuasan Masyarakat", "indeks", 80, 81, 82, 8.3, 84]])],
    },
  ],
  invalid: [
    {
      name: "a lower-is-better rate that rises within the steps of its path: a trend, not a slip",
      sheets: [iku([[1, "Tingkat Pengangguran Terbuka", "%", 6, 5.8, 5.6, 5.9, 5.2]])],
      findings: [{ sheet: "IKU", cell: "G2", expected: 5.6, actual: 5.9 }],
    },
  ],
});

// LKjIP: the note under the table lists its negative indicators in brackets after the phrase.
function lkjip(capaian: number): SheetSpec {
  return {
    name: "Tabel 3.1",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Indeks Reformasi Birokrasi", "nilai", 68, 66.85, 98.31],
      [2, "Persentase produk hukum daerah yang dibatalkan atau dikoreksi", "%", 5, 6.2, capaian],
      [3, "Rata-rata waktu fasilitasi rancangan produk hukum daerah", "hari", 14, 12, 114.29],
      [4, "Persentase BUMD dengan kinerja sehat", "%", 75, 66.67, 88.89],
      [],
      ["Keterangan:"],
      [
        "1) Indikator dengan polaritas negatif (produk hukum yang dibatalkan/dikoreksi, rata-rata waktu fasilitasi): Capaian = (2 x Target - Realisasi) / Target x 100%.",
      ],
    ],
  };
}

ruleTester(capaianMismatch, {
  valid: [{ name: "refleksi on both indicators the note lists", sheets: [lkjip(76)] }],
  invalid: [
    {
      name: "R / T on an indicator the note lists as negative",
      sheets: [lkjip(124)],
      findings: [{ sheet: "Tabel 3.1", cell: "F3", expected: 76, actual: 124 }],
    },
  ],
});

// A Renja kept in thousands of rupiah, one amount typed in whole rupiah.
function renjaRibuan(g4: number): SheetSpec {
  return {
    name: "Renja 2026",
    rows: [
      ["RENCANA KERJA DINAS KEHUTANAN TAHUN 2026"],
      ["(dalam ribuan rupiah)"],
      [],
      [
        "Kode",
        "Program / Kegiatan / Sub Kegiatan",
        "Indikator Kinerja",
        "Target 2026",
        "Pagu Indikatif 2026",
      ],
      ["3.28.02", "Program Pengelolaan Hutan", "Persentase kawasan hutan yang dikelola", 62, 3562500],
      ["3.28.02.1.01", "Pelaksanaan Tata Hutan", "Jumlah KPH yang melaksanakan tata hutan", 6, 2132900],
      ["3.28.02.1.01.0001", "Penyusunan Rencana Pengelolaan Hutan", "Jumlah dokumen RPHJP", 2, 846500],
      ["3.28.02.1.01.0003", "Pelaksanaan Inventarisasi Hutan", "Luas areal yang diinventarisasi", 12500, g4],
      ["3.28.02.1.03", "Pelaksanaan Rehabilitasi", "Luas lahan kritis yang direhabilitasi", 850, 1429600],
      ["3.28.02.1.03.0002", "Penanaman Pohon", "Jumlah bibit yang ditanam", 425000, 1387100],
      ["3.28.02.1.03.0005", "Pendampingan Kelompok Tani Hutan", "Jumlah KTH yang didampingi", 34, 42500],
    ],
  };
}

ruleTester(numberScale, {
  valid: [{ name: "every amount in thousands, small ones too", sheets: [renjaRibuan(1286400)] }],
  invalid: [
    {
      name: "an amount typed in whole rupiah in a table kept in thousands",
      sheets: [renjaRibuan(1286400000)],
      findings: [{ sheet: "Renja 2026", cell: "E8", expected: 1286400, actual: 1286400000 }],
    },
  ],
});

describe("whole rupiah in a table in thousands: one mistake, one finding", () => {
  it("names the kegiatan sum it breaks instead of a second error", () => {
    const grid = sheet(renjaRibuan(1286400000));
    const found = runRules(
      detectTables(grid).map((table) => ({ table, grid })),
      { rules: RULES },
    );
    const errors = found.filter((f) => f.severity !== "info");
    expect(errors.map((f) => `${f.rule} ${f.cell}`)).toEqual(["number-scale E8"]);
    expect(errors[0].message).toMatch(/E6/);
    // the sum rule alone sees the broken total, and names the part that the typed total's sum
    // restores once it loses its thousand (since forms-blind313 .. 319: `partZeroSlip`)
    const sums = runRules(
      detectTables(grid).map((table) => ({ table, grid })),
      { rules: [sumMismatch] },
    );
    expect(sums.map((f) => f.cell)).toContain("E8");
    expect(sums.find((f) => f.cell === "E8")?.message).toMatch(/1\.000 kali/);
  });
});
