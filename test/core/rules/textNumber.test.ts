import { textNumber } from "../../../src/core/rules/textNumber";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 4.1 (shared sample contoh-renstra.xlsx, sheet "Tabel 4.1"): SAKIP
// values "A (83,94)" and predictions "0,24*)" that are text on purpose.
const head41: CellValue[][] = [
  [
    "No",
    "Tujuan",
    "Sasaran",
    "Indikator Tujuan/ Sasaran",
    "Satuan",
    "Kondisi Kinerja Awal 2020",
    "Target dan Realisasi Kinerja Tujuan / Sasaran",
    null,
    null,
    null,
  ],
  [null, null, null, null, null, null, 2022, null, 2023, null],
  [null, null, null, null, null, null, "Target", "Realisasi", "Target", "Realisasi"],
];
const merges41 = ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "E1:E3", "F1:F3", "G1:J1", "G2:H2", "I2:J2"];
const tabel41 = (extra: CellValue[][] = []): SheetSpec => ({
  name: "Tabel 4.1",
  rows: [
    ...head41,
    [
      "1.",
      "Meningkatnya tata kelola Perangkat Daerah",
      null,
      "Nilai SAKIP Perangkat Daerah",
      "Indeks",
      "A (83,94)",
      "A (84,35)",
      "A (85,13)",
      "A (84,39)",
      "A (84,96)",
    ],
    [
      null,
      null,
      "Meningkatnya penanganan fakir miskin",
      "Persentase fakir miskin yang berdaya",
      "%",
      18.18,
      10,
      15.71,
      10,
      45.83,
    ],
    [
      "2.",
      "Menurunnya ketimpangan",
      null,
      "Indeks Keparahan Kemiskinan",
      "Indeks",
      0.22,
      0.25,
      0.19,
      0.24,
      "0,24*)",
    ],
    [
      null,
      null,
      "Meningkatnya penanganan PMKS",
      "Persentase penurunan PMKS",
      "%",
      -7.31,
      1.45,
      6.09,
      1.47,
      "1,47*)",
    ],
    ...extra,
  ],
  merges: merges41,
});

// Tabel 2.3.2 "Capaian Kinerja Program" (realisasi 2017-2020), counts with thousands.
const headProgram: CellValue[] = [
  "No",
  "Uraian",
  "Realisasi 2017",
  "Realisasi 2018",
  "Realisasi 2019",
  "Realisasi 2020",
];

// Tabel 2.3.2 budget part: Anggaran and Realisasi per year.
const headAnggaran: CellValue[] = [
  "Uraian",
  "Anggaran 2017",
  "Anggaran 2018",
  "Realisasi Anggaran 2017",
  "Realisasi Anggaran 2018",
];

ruleTester(textNumber, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "Tabel 4.1 as printed: SAKIP grades and footnoted predictions", sheets: [tabel41()] },
    {
      name: "blanks, dashes, NA, zero, negatives, qualitative text",
      sheets: [
        tabel41([
          ["3.", "x", null, "Indeks Kepuasan Masyarakat", "Indeks", "Baik 81,3", "Baik 82", null, "-", "NA"],
          [null, null, "y", "Persentase PMKS", "%", 0, -1.29, "", "N/A", "tidak ada data"],
          [null, null, "z", "Opini BPK", "Opini", "WTP", "WTP", "WTP", "belum", "n.a."],
        ]),
      ],
    },
    {
      name: "numbers typed as text in text columns are not numbers",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Satuan", "Target 2022", "Realisasi 2022", "Keterangan"],
            ["1", "11.653", "6,12", 10, 12, "2.161.905.000"],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a count pasted from PDF as text among numbers (Tabel 2.3.2, 1.1)",
      sheets: [
        {
          rows: [
            headProgram,
            ["1.", "Persentase warga miskin yang memperoleh bantuan sosial", 100, 100, 100, 100],
            ["1.1", "Jumlah warga miskin yang memperoleh bantuan sosial", "11.653", 11624, 11434, 11165],
            ["1.2", "Jumlah Warga Miskin", 11653, 11624, 11434, 11165],
          ],
        },
      ],
      findings: [
        {
          cell: "C3",
          expected: 11653,
          actual: "11.653",
          messageId: "storedAsText",
          data: { text: "11.653", header: " (Realisasi 2017)", number: { id: "11.653", en: "11,653" } },
          fix: { value: 11653 },
        },
      ],
    },
    {
      name: "a decimal with a comma, a negative, and a percentage as text",
      sheets: [
        tabel41([
          ["3.", "x", null, "Indeks Gini", "Indeks", "0,36", 0.36, "0,39", "6,12", "-1,29"],
          [null, null, "y", "Persentase PSKS aktif", "%", "98 %", 100, 100, 100, 100],
        ]),
      ],
      findings: [
        {
          cell: "F8",
          expected: 0.36,
          actual: "0,36",
          messageId: "storedAsText",
          data: { text: "0,36", header: " (Kondisi Kinerja Awal 2020)", number: { id: "0,36", en: "0.36" } },
          fix: { value: 0.36 },
        },
        {
          cell: "H8",
          expected: 0.39,
          messageId: "storedAsText",
          data: { text: "0,39", number: { id: "0,39", en: "0.39" } },
          fix: { value: 0.39 },
        },
        {
          cell: "I8",
          expected: 6.12,
          messageId: "storedAsText",
          data: { text: "6,12", number: { id: "6,12", en: "6.12" } },
          fix: { value: 6.12 },
        },
        {
          cell: "J8",
          expected: -1.29,
          messageId: "storedAsText",
          data: { text: "-1,29", number: { id: "-1,29", en: "-1.29" } },
          fix: { value: -1.29 },
        },
        {
          cell: "F9",
          expected: 98,
          messageId: "storedAsText",
          data: { text: "98 %", header: " (Kondisi Kinerja Awal 2020)", number: { id: "98", en: "98" } },
          fix: { value: 98 },
        },
        // the footnoted predictions of the seed rows: info only
        {
          cell: "J6",
          actual: "0,24*)",
          messageId: "footnoteMark",
          data: { text: "0,24*)", mark: "*)", number: { id: "0,24", en: "0.24" } },
        },
        {
          cell: "J7",
          actual: "1,47*)",
          messageId: "footnoteMark",
          data: { text: "1,47*)", mark: "*)", number: { id: "1,47", en: "1.47" } },
        },
      ],
    },
    {
      name: "Rupiah amounts as text, Indonesian and English format",
      sheets: [
        {
          rows: [
            headAnggaran,
            ["Belanja Langsung", "2.161.905.000", 20800284676, "Rp 2.000.000.000,00", 20420000000],
            ["Belanja Modal", "1,234,567.5", 1250000.5, 1200000, "1.234.567,5"],
          ],
        },
      ],
      findings: [
        {
          cell: "B2",
          expected: 2161905000,
          messageId: "storedAsText",
          data: {
            text: "2.161.905.000",
            header: " (Anggaran 2017)",
            number: { id: "2.161.905.000", en: "2,161,905,000" },
          },
          fix: { value: 2161905000 },
        },
        {
          cell: "D2",
          expected: 2000000000,
          messageId: "storedAsText",
          data: {
            text: "Rp 2.000.000.000,00",
            header: " (Realisasi Anggaran 2017)",
            number: { id: "2.000.000.000", en: "2,000,000,000" },
          },
          fix: { value: 2000000000 },
        },
        {
          cell: "B3",
          expected: 1234567.5,
          messageId: "storedAsText",
          data: {
            text: "1,234,567.5",
            header: " (Anggaran 2017)",
            number: { id: "1.234.567,5", en: "1,234,567.5" },
          },
          fix: { value: 1234567.5 },
        },
        {
          cell: "E3",
          expected: 1234567.5,
          messageId: "storedAsText",
          data: {
            text: "1.234.567,5",
            header: " (Realisasi Anggaran 2018)",
            number: { id: "1.234.567,5", en: "1,234,567.5" },
          },
          fix: { value: 1234567.5 },
        },
      ],
    },
    {
      name: "text that reads two ways and the numbers around cannot tell: no fix",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Satuan", "Target 2021", "Target 2022", "Target 2023"],
            ["1", "Jumlah dokumen", "dok", 1, "1.092", 2000],
          ],
        },
      ],
      findings: [
        {
          cell: "E2",
          messageId: "ambiguous",
          data: {
            text: "1.092",
            header: " (Target 2022)",
            indonesian: { id: "1.092", en: "1,092" },
            english: { id: "1,092", en: "1.092" },
          },
        },
      ],
    },
    {
      name: "text that reads two ways, settled by the row: the English reading",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Satuan", "Target 2021", "Target 2022", "Target 2023"],
            ["1", "Indeks", "Indeks", 1.05, "1.092", 1.1],
          ],
        },
      ],
      findings: [
        {
          cell: "E2",
          expected: 1.092,
          messageId: "storedAsText",
          data: { text: "1.092", header: " (Target 2022)", number: { id: "1,092", en: "1.092" } },
          fix: { value: 1.092 },
        },
      ],
    },
  ],
});

describe("text-number fixes", () => {
  it("offers the number as the fix when it is certain", () => {
    const f = findingsOf(textNumber, [
      {
        rows: [
          ["No", "Indikator", "Satuan", "Target 2022", "Realisasi 2022"],
          ["1", "Jumlah PMKS", "orang", "11.653", 11000],
        ],
      },
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "D2", severity: "warning", expected: 11653, fix: { value: 11653 } });
  });

  it("offers no fix when the text reads two ways and nothing decides", () => {
    const f = findingsOf(textNumber, [
      {
        rows: [
          ["No", "Indikator", "Satuan", "Target 2021", "Target 2022", "Target 2023"],
          ["1", "Jumlah dokumen", "dok", 1, "1.092", 2000],
        ],
      },
    ]);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].expected).toBeUndefined();
  });

  it("offers no value fix for a formula that returns text", () => {
    const f = findingsOf(textNumber, [
      {
        rows: [
          ["No", "Indikator", "Satuan", "Target 2022", "Realisasi 2022"],
          ["1", "Indeks Gini", "Indeks", 0.36, "0,39"],
        ],
        formulas: { E2: 'TEXT(0.39,"0,00")' },
      },
    ]);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].messageId).toBe("formulaText");
  });

  it("scales a percentage to a cell formatted as percent", () => {
    const f = findingsOf(textNumber, [
      {
        rows: [
          ["No", "Indikator", "Target 2022", "Realisasi 2022", "Capaian 2022 (%)"],
          ["1", "Persentase", 80, 84, "105 %"],
        ],
        numFmts: { E2: "0.00%" },
      },
    ]);
    expect(f[0]).toMatchObject({ cell: "E2", expected: 1.05, fix: { value: 1.05 } });
  });

  it("gives an info, without fix, for a footnoted value", () => {
    const f = findingsOf(textNumber, [tabel41()]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ["J6", "info"],
      ["J7", "info"],
    ]);
    expect(f.every((x) => x.fix === undefined)).toBe(true);
  });
});
