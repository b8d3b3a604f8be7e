// What the twenty-third and twenty-fourth form sets (test/forms-blind21, Maluku Utara's RKPD
// cycle; forms-blind22's monthly report) taught: a note may cap the capaian ("Capaian yang melebihi
// 120% ditetapkan sebesar 120%") and name the negative indicators after the fact ("berpolaritas
// negatif (nomor 3 dan 8)"); a review of the Renja has "Target Renstra | Target Rancangan Renja |
// Kesesuaian (%)" per year, and the Renstra's final condition follows the Renstra's targets; a DPA
// recap by "Sumber Dana > PAD | DAU | DAK | DBH | Jumlah" holds amounts, under roman-numbered
// urusan rows that add their offices; "Jan .. Des | Jumlah / Posisi Akhir" is the year's own.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { hardcodedValue } from "../../../src/core/rules/hardcodedValue";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (s: SheetSpec) => detectTables(sheet(s))[0].columns.map((c) => [c.role, c.year ?? null]);

function lkjip(budidaya: number, kasus: number, kehilangan = "ROUND((2*F4-G4)/F4*100,2)"): SheetSpec {
  return {
    name: "Tabel 3.2",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Realisasi 2023",
        "",
        "Target 2024",
        "Realisasi 2024",
        "Capaian 2024 (%)",
      ],
      [1, "Produksi perikanan tangkap", "ton", 23_870, "", 24_500, 26_180, 106.86],
      [2, "Produksi perikanan budidaya", "ton", 2_940, "", 3_200, 4_400, budidaya],
      [3, "Persentase kehilangan hasil tangkapan pascapanen", "%", 17.2, "", 15, 16.5, 90],
      [4, "Jumlah kasus penangkapan ikan yang merusak", "kasus", 15, "", 12, 9, kasus],
      [],
      [
        "*) Capaian = Realisasi / Target x 100%; untuk indikator berpolaritas negatif (nomor 3 dan 4) Capaian = (2 x Target - Realisasi) / Target x 100%.",
      ],
      [
        "    Capaian yang melebihi 120% ditetapkan sebesar 120% (batas maksimal capaian yang diperhitungkan).",
      ],
    ],
    formulas: { H2: "ROUND(G2/F2*100,2)", H4: kehilangan },
  };
}

ruleTester(capaianMismatch, {
  valid: [
    {
      name: "capaian above the note's 120 % ceiling typed as 120; the negatives by number",
      sheets: [lkjip(120, 120)],
    },
  ],
  invalid: [
    {
      name: "137,5 where the note caps it at 120",
      sheets: [lkjip(137.5, 120)],
      findings: [{ sheet: "Tabel 3.2", cell: "H3", expected: 120, actual: 137.5 }],
    },
    {
      name: "a negative indicator named after the fact, computed as a ratio",
      sheets: [
        {
          ...lkjip(120, 120),
          rows: lkjip(120, 120).rows.map((r, i) => (i === 3 ? [...r.slice(0, 7), 110] : r)),
        },
      ],
      findings: [{ sheet: "Tabel 3.2", cell: "H4", expected: 90, actual: 110 }],
    },
  ],
});

// the same table with the ratio formula in the other rows
const typed = (budidaya: number): SheetSpec => ({
  ...lkjip(budidaya, 120),
  formulas: { H2: "ROUND(G2/F2*100,2)", H4: "ROUND(G4/F4*100,2)", H5: "ROUND(G5/F5*100,2)" },
});

ruleTester(hardcodedValue, {
  valid: [
    {
      name: "the ceiling typed where the column's formula would give more",
      sheets: [lkjip(120, 120, "ROUND(G4/F4*100,2)")],
    },
  ],
  invalid: [
    {
      name: "a typed capaian that is no ceiling",
      sheets: [typed(137.5)],
      findings: [{ sheet: "Tabel 3.2", cell: "H3", actual: 137.5 }],
    },
  ],
});

function reviu(akhir: number): SheetSpec {
  return {
    name: "Reviu Renja 2025",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Kinerja pada Akhir Periode Renstra (2026)",
        "Tahun 2025",
        null,
        null,
        "Tahun 2026 (Prakiraan Maju)",
        null,
        null,
      ],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Kinerja pada Akhir Periode Renstra (2026)",
        "Target Renstra",
        "Target Rancangan Renja",
        "Kesesuaian (%)",
        "Target Renstra",
        "Target Rancangan Renja",
        "Kesesuaian (%)",
      ],
      [1, "Angka Kematian Ibu", "per 100.000 KH", akhir, 198, 198, 100, 185, 190, 102.7],
      [2, "Persentase penduduk yang memiliki jaminan kesehatan (UHC)", "%", 98, 96.5, 96.5, 100, 98, 98, 100],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:J1"],
  };
}

it('reads "Kesesuaian (%)" of a Renja review as an achievement', () => {
  expect(roles(reviu(185)).map(([r]) => r)).toEqual([
    "no",
    "indikator",
    "satuan",
    "kondisi-akhir",
    "target",
    "target",
    "capaian",
    "target",
    "target",
    "capaian",
  ]);
});

ruleTester(kondisiAkhirMismatch, {
  valid: [
    {
      name: "the Renstra's final condition equals the Renstra's last target, not the Renja's",
      sheets: [reviu(185)],
    },
  ],
  invalid: [
    {
      name: "a final condition that is neither",
      sheets: [reviu(158)],
      findings: [{ sheet: "Reviu Renja 2025", cell: "D3", expected: 185, actual: 158 }],
    },
  ],
});

function dpa(g6: string): SheetSpec {
  return {
    name: "Rekap DPA 2025",
    rows: [
      ["REKAPITULASI DPA PERANGKAT DAERAH MENURUT SUMBER DANA TAHUN ANGGARAN 2025"],
      ["(dalam ribuan rupiah)"],
      ["No", "Urusan / Perangkat Daerah", "Sumber Dana", null, null, null, "Jumlah"],
      ["No", "Urusan / Perangkat Daerah", "PAD", "DAU", "DAK", "DBH", "Jumlah"],
      ["I", "URUSAN WAJIB PELAYANAN DASAR", 4_325_500, 340_026_650, 85_228_200, 8_380_000, 437_960_350],
      [1, "Dinas Pendidikan dan Kebudayaan", 2_450_000, 241_386_400, 46_812_300, 3_120_000, 293_768_700],
      [2, "Dinas Kesehatan", 1_875_500, 98_640_250, 38_415_900, 5_260_000, 144_191_650],
      ["II", "URUSAN WAJIB NON PELAYANAN DASAR", 1_760_000, 40_082_400, 5_533_400, 3_480_000, 50_855_800],
      [1, "Dinas Ketahanan Pangan", 120_000, 8_912_450, 2_340_000, 0, 11_372_450],
      [2, "Dinas Lingkungan Hidup", 1_640_000, 11_208_300, 1_975_000, 3_480_000, 18_303_300],
      [3, "Dinas Dukcapil", 0, 7_356_900, 1_218_400, 0, 8_575_300],
      [4, "Dinas PMD", 0, 12_604_750, 0, 2_150_000, 14_754_750],
    ],
    merges: ["A3:A4", "B3:B4", "C3:F3", "G3:G4"],
    formulas: {
      C5: "SUM(C6:C7)",
      D5: "SUM(D6:D7)",
      E5: "SUM(E6:E7)",
      F5: "SUM(F6:F7)",
      C8: "SUM(C9:C12)",
      D8: "SUM(D9:D12)",
      E8: "SUM(E9:E12)",
      F8: g6,
      G5: "SUM(C5:F5)",
      G8: "SUM(C8:F8)",
    },
  };
}

it("reads a DPA recap by funding source as amounts of the year, and its Jumlah", () => {
  expect(roles(dpa("SUM(F9:F12)")).slice(2)).toEqual([
    ["anggaran", 2025],
    ["anggaran", 2025],
    ["anggaran", 2025],
    ["anggaran", 2025],
    ["anggaran", 2025],
  ]);
});

ruleTester(sumMismatch, {
  valid: [
    {
      name: "urusan rows that add their offices",
      sheets: [
        {
          ...dpa("SUM(F9:F12)"),
          rows: dpa("").rows.map((r, i) => (i === 7 ? [...r.slice(0, 5), 5_630_000, 53_005_800] : r)),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "an urusan's DBH whose SUM stops an office short",
      sheets: [dpa("SUM(F9:F11)")],
      findings: [{ sheet: "Rekap DPA 2025", cell: "F8", expected: 5_630_000, actual: 3_480_000 }],
    },
  ],
});

it('reads "Jumlah / Posisi Akhir 2024" after the months as the year\'s realisation', () => {
  const bulan = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
  expect(
    roles({
      name: "Rekap Layanan 2024",
      rows: [
        [
          "No",
          "Jenis Layanan",
          "Satuan",
          "Target 2024",
          ...bulan.map(() => "Realisasi Bulan"),
          "Jumlah / Posisi Akhir 2024",
          "Capaian (%)",
        ],
        [
          "No",
          "Jenis Layanan",
          "Satuan",
          "Target 2024",
          ...bulan,
          "Jumlah / Posisi Akhir 2024",
          "Capaian (%)",
        ],
        [1, "Kartu Keluarga yang diterbitkan", "lembar", 21_000, ...bulan.map(() => 1_800), 21_600, 102.86],
        [2, "Akta Kelahiran yang diterbitkan", "lembar", 9_400, ...bulan.map(() => 800), 9_600, 102.13],
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:P1", "Q1:Q2", "R1:R2"],
    }).slice(16),
  ).toEqual([
    ["realisasi", 2024],
    ["capaian", 2024],
  ]);
});
