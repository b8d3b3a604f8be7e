import { yearGap } from "../../../src/core/rules/yearGap";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 4.2 (Tujuan, Sasaran Jangka Menengah 2024-2026): "Kondisi Kinerja
// Awal" over 2021, "Target Kinerja Tujuan / Sasaran" over 2022 2024 2025 2026 (2023 missing),
// "Kondisi Akhir Renstra", and a row of column numbers.
const tabel42 = (years: CellValue[]): SheetSpec => ({
  name: "T 4.2",
  rows: [
    ["Tabel 4.2"],
    ["Tujuan, Sasaran Jangka Menengah Dinas Sosial Kota Blitar Tahun 2024-2026"],
    [],
    [
      "No",
      "Tujuan",
      "Sasaran",
      "Indikator Tujuan/ Sasaran",
      "Satuan",
      "Kondisi Kinerja Awal",
      "Target Kinerja Tujuan / Sasaran",
      null,
      null,
      null,
      "Kondisi Akhir Renstra",
    ],
    [null, null, null, null, null, ...years, null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [
      "1.",
      "Meningkatnya tata kelola Perangkat Daerah",
      null,
      "Nilai SAKIP Perangkat Daerah",
      "Indeks",
      "A (85,13)",
      "A (84,96)",
      "A (85,00)",
      "A (85,04)",
      "A (85,08)",
      "A (85,08)",
    ],
    [
      "2.",
      "Meningkatnya kesejahteraan PPKS",
      null,
      "Indeks Keparahan Kemiskinan",
      "Indeks",
      0.28,
      0.19,
      0.23,
      0.22,
      0.21,
      0.21,
    ],
    [
      null,
      null,
      "Meningkatnya penanganan PMKS",
      "Persentase penurunan PMKS",
      "%",
      -7.31,
      1.45,
      1.47,
      1.5,
      1.54,
      5.89,
    ],
  ],
  merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "G4:J4", "K4:K5"],
});

const letter = (c: number): string => String.fromCharCode(64 + c);

// Kota Blitar Tabel 2.3.1 style: target, realisasi and rasio per year.
const t231 = (target: number[], realisasi: number[]): SheetSpec => ({
  rows: [
    [
      "No",
      "Indikator",
      "Satuan",
      "Target Renstra Tahun ke",
      ...Array(target.length - 1).fill(null),
      "Realisasi Capaian tahun ke",
      ...Array(realisasi.length - 1).fill(null),
    ],
    [null, null, null, ...target, ...realisasi],
    ["1", "Indeks Gini", "Indeks", ...target.map(() => 0.36), ...realisasi.map(() => 0.35)],
  ],
  merges: [
    "A1:A2",
    "B1:B2",
    "C1:C2",
    `D1:${letter(3 + target.length)}1`,
    `${letter(4 + target.length)}1:${letter(3 + target.length + realisasi.length)}1`,
  ],
});

ruleTester(yearGap, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "Tabel 4.2 with 2023 in place", sheets: [tabel42([2021, 2022, 2023, 2024, 2025])] },
    {
      name: "targets 2017-2021 and realisations 2017-2020",
      sheets: [t231([2017, 2018, 2019, 2020, 2021], [2017, 2018, 2019, 2020])],
    },
    { name: "two years only: no run to judge", sheets: [t231([2022, 2024], [2022, 2024])] },
    { name: "steps of five years", sheets: [t231([2025, 2030, 2035], [2025, 2030, 2035])] },
    {
      name: "a far horizon after a run (2024, 2025, 2026, 2045)",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Target 2024", "Target 2025", "Target 2026", "Target 2045"],
            ["1", "IPM", 75, 76, 77, 85],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the seed: kondisi awal 2021, targets 2022, 2024, 2025, 2026",
      sheets: [tabel42([2021, 2022, 2024, 2025, 2026])],
      findings: [
        {
          sheet: "T 4.2",
          cell: "H5",
          expected: "2023",
          actual: "2024",
          messageId: "yearMissing",
          data: {
            role: { id: "target", en: "target" },
            unit: "",
            before: "2022",
            after: "2024",
            missing: "2023",
          },
        },
      ],
    },
    {
      name: "realisations 2017, 2018, 2020 under a merged group; two years missing in targets",
      sheets: [t231([2017, 2018, 2021, 2022], [2017, 2018, 2020])],
      findings: [
        {
          cell: "F2",
          expected: "2019",
          actual: "2021",
          messageId: "yearMissing",
          data: {
            role: { id: "target", en: "target" },
            unit: "",
            before: "2018",
            after: "2021",
            missing: "2019, 2020",
          },
        },
        {
          cell: "J2",
          expected: "2019",
          actual: "2020",
          messageId: "yearMissing",
          data: {
            role: { id: "realisasi", en: "realisation" },
            unit: "",
            before: "2018",
            after: "2020",
            missing: "2019",
          },
        },
      ],
    },
    {
      name: "years in one-row headers: the header cell itself",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Satuan", "Target 2022", "Target 2023", "Target 2025", "Realisasi 2022"],
            ["1", "Persentase fakir miskin yang berdaya", "%", 10, 10, 12, 15.71],
          ],
        },
      ],
      findings: [
        {
          cell: "F1",
          expected: "2024",
          actual: "2025",
          messageId: "yearMissing",
          data: {
            role: { id: "target", en: "target" },
            unit: "",
            before: "2023",
            after: "2025",
            missing: "2024",
          },
        },
      ],
    },
  ],
});

describe("year-gap", () => {
  it("is a warning without a fix", () => {
    const f = findingsOf(yearGap, [tabel42([2021, 2022, 2024, 2025, 2026])]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].fix).toBeUndefined();
  });
});
