import { sakipGradeMismatch } from "../../../src/core/rules/sakipGradeMismatch";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 4.2 (2024-2026): kondisi awal 2021, targets, kondisi akhir, with
// SAKIP grades written "A (85,13)".
const tabel42 = (sakip: CellValue[], more: CellValue[][] = []): SheetSpec => ({
  name: "Tabel 4.2",
  rows: [
    [
      "No",
      "Tujuan",
      "Indikator Tujuan/ Sasaran",
      "Satuan",
      "Kondisi Kinerja Awal",
      "Target Kinerja Tujuan / Sasaran",
      null,
      null,
      null,
      "Kondisi Akhir Renstra",
    ],
    [null, null, null, null, 2021, 2022, 2024, 2025, 2026, null],
    ["1.", "Meningkatnya tata kelola Perangkat Daerah", "Nilai SAKIP Perangkat Daerah", "Indeks", ...sakip],
    [
      "2.",
      "Meningkatnya kesejahteraan PPKS",
      "Indeks Keparahan Kemiskinan",
      "Indeks",
      0.28,
      0.19,
      0.23,
      0.22,
      0.21,
      0.21,
    ],
    ...more,
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "F1:I1", "J1:J2"],
});
const seed = ["A (85,13)", "A (84,96)", "A (85,00)", "A (85,04)", "A (85,08)", "A (85,08)"];

ruleTester(sakipGradeMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "the seed's grades", sheets: [tabel42(seed)] },
    {
      name: "bounds: 90,00 is A, 90,01 AA, 30 D, 80 BB; words, letters alone, dashes, footnotes",
      sheets: [
        tabel42(
          ["A (90,00)", "AA (90,01)", "D (30)", "BB (80,00)", "A (83,94)*)", "a (84,35)"],
          [
            ["3.", "x", "Indeks Kepuasan Masyarakat", "Indeks", "Baik 81,3", "Baik 82", "A", "-", "NA", null],
            ["4.", "y", "Persentase PMKS", "%", 7.71, "0,24*)", 0, -1.29, "", "WTP"],
          ],
        ),
      ],
    },
    {
      name: "letters of the IKM scale (PermenPANRB 14/2017: B 76,61-88,30) are not SAKIP grades",
      sheets: [
        tabel42(seed, [
          [
            "5.",
            "x",
            "Indeks Kepuasan Masyarakat (IKM)",
            "mutu (nilai IKM)",
            "B (82,10)",
            "B (83,00)",
            "B (84,25)",
            "A (88,50)",
            null,
            null,
          ],
        ]),
      ],
    },
    {
      name: "grade-like text in text columns is not read",
      sheets: [
        tabel42(seed, [
          ["5.", "BB (84,35)", "Nilai SAKIP BB (84,35)", "BB (84,35)", null, null, null, null, null, null],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "BB (84,35): the score is an A",
      sheets: [tabel42(["A (85,13)", "BB (84,96)", "A (85,00)", "A (85,04)", "A (85,08)", "A (85,08)"])],
      findings: [
        {
          sheet: "Tabel 4.2",
          cell: "F3",
          expected: "A (84,96)",
          actual: "BB (84,96)",
          messageId: "wrongLetter",
          data: {
            text: "BB (84,96)",
            score: 84.96,
            grade: "A",
            gradeRange: { id: "> 80 - 90", en: "> 80 - 90" },
            letter: "BB",
            letterRange: { id: "> 70 - 80", en: "> 70 - 80" },
            correct: "A (84,96)",
          },
          fix: { value: "A (84,96)" },
        },
      ],
    },
    {
      name: "the bounds: AA (90,00) is A, A (90,5) is AA, B (70) is BB-less: B, C (30) is D",
      sheets: [tabel42(["AA (90,00)", "A (90,5)", "BB (70,00)", "C (30)", "84,35 (BB)", "A (85,08)"])],
      findings: [
        {
          sheet: "Tabel 4.2",
          cell: "E3",
          expected: "A (90,00)",
          messageId: "wrongLetter",
          data: {
            text: "AA (90,00)",
            score: 90,
            grade: "A",
            gradeRange: { id: "> 80 - 90", en: "> 80 - 90" },
            letter: "AA",
            letterRange: { id: "> 90 - 100", en: "> 90 - 100" },
            correct: "A (90,00)",
          },
          fix: { value: "A (90,00)" },
        },
        {
          sheet: "Tabel 4.2",
          cell: "F3",
          expected: "AA (90,5)",
          messageId: "wrongLetter",
          data: {
            text: "A (90,5)",
            score: 90.5,
            grade: "AA",
            gradeRange: { id: "> 90 - 100", en: "> 90 - 100" },
            letter: "A",
            letterRange: { id: "> 80 - 90", en: "> 80 - 90" },
            correct: "AA (90,5)",
          },
          fix: { value: "AA (90,5)" },
        },
        {
          sheet: "Tabel 4.2",
          cell: "G3",
          expected: "B (70,00)",
          messageId: "wrongLetter",
          data: {
            text: "BB (70,00)",
            score: 70,
            grade: "B",
            gradeRange: { id: "> 60 - 70", en: "> 60 - 70" },
            letter: "BB",
            letterRange: { id: "> 70 - 80", en: "> 70 - 80" },
            correct: "B (70,00)",
          },
          fix: { value: "B (70,00)" },
        },
        {
          sheet: "Tabel 4.2",
          cell: "H3",
          expected: "D (30)",
          messageId: "wrongLetter",
          data: {
            text: "C (30)",
            score: 30,
            grade: "D",
            gradeRange: { id: "0 - 30", en: "0 - 30" },
            letter: "C",
            letterRange: { id: "> 30 - 50", en: "> 30 - 50" },
            correct: "D (30)",
          },
          fix: { value: "D (30)" },
        },
        {
          sheet: "Tabel 4.2",
          cell: "I3",
          expected: "84,35 (A)",
          messageId: "wrongLetter",
          data: {
            text: "84,35 (BB)",
            score: 84.35,
            grade: "A",
            gradeRange: { id: "> 80 - 90", en: "> 80 - 90" },
            letter: "BB",
            letterRange: { id: "> 70 - 80", en: "> 70 - 80" },
            correct: "84,35 (A)",
          },
          fix: { value: "84,35 (A)" },
        },
      ],
    },
  ],
});

describe("sakip-grade-mismatch fix", () => {
  it("puts the right letter before the same score text", () => {
    const f = findingsOf(sakipGradeMismatch, [tabel42(["A (85,13)", "BB  (84,96)", ...seed.slice(2)])]);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toEqual({ value: "A  (84,96)" });
    expect(f[0].severity).toBe("error");
  });
});
