import { codeHierarchy } from "../../../src/core/rules/codeHierarchy";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import { rowOf, tabel61 } from "../../fixtures/sheets/blitar61";

// Kota Blitar Renstra Tabel 6.1 as the seed fixture transcribes it; its codes as they should read.
const corrected: Array<[string, string | undefined, string]> = [
  ["1.06.01.2.02", "sub-kegiatan", "1.06.01.2.08.02"],
  ["1.06.01.2.04", "sub-kegiatan", "1.06.01.2.08.04"],
  ["1.06.02.03", undefined, "1.06.02.2.03"],
  ["1.06.02.03.04", undefined, "1.06.02.2.03.04"],
];

// A small program table in the 2023 form: 4-digit sub kegiatan.
const headProg: CellValue[][] = [
  [
    "Kode",
    "Program/Kegiatan/Sub Kegiatan",
    "Indikator",
    "Satuan",
    "Data Awal Tahun 2020",
    "Target Kinerja Tahun 2022",
    null,
    "Realisasi Kinerja Tahun 2022",
    null,
  ],
  [null, null, null, null, null, "K", "Rp", "K", "Rp"],
];
const mergesProg = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:I1"];
const prog = (
  codes: Partial<Record<number, CellValue>> = {},
  names: Partial<Record<number, string>> = {},
): SheetSpec => {
  const body: CellValue[][] = [
    ["1", "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar"],
    ["1.06", "Urusan Pemerintahan Bidang Sosial"],
    [
      "1.06.01",
      "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      "Indeks Kepuasan Masyarakat (IKM)",
      "Indeks",
      "Baik 81,3",
      "Baik 82",
      12981800,
      "Baik 82,7",
      43946500,
    ],
    [
      "1.06.01.2.01",
      "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "Persentase dokumen perencanaan tepat waktu",
      "%",
      100,
      100,
      12981800,
      100,
      43946500,
    ],
    [
      "1.06.01.2.01.0001",
      "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah",
      "Jumlah dokumen perencanaan yang tersusun",
      "dok",
      6,
      6,
      7931600,
      6,
      4279100,
    ],
    [
      "1.06.01.2.01.0006",
      "Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      "Jumlah dokumen pelaporan PD yang tersusun",
      "dok",
      11,
      11,
      5050200,
      11,
      39667400,
    ],
    [null, null, "Jumlah event daerah yang diikuti", "even", 1, 3, null, 3, null],
    [
      "1.06.02",
      "Program Pemberdayaan Sosial",
      "Persentase PSKS yang aktif",
      "%",
      100,
      100,
      1277630700,
      100,
      1478463616,
    ],
    [
      "1.06.02.2.03",
      "Kegiatan Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
      "Persentase PSKS yang dibina",
      "%",
      100,
      100,
      1277630700,
      100,
      1478463616,
    ],
    [
      "1.06.02.2.03.0004",
      "Sub Kegiatan Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat",
      "Jumlah PSKS yang mengikuti kegiatan",
      "Org",
      47,
      50,
      1277630700,
      72,
      1478463616,
    ],
  ];
  for (const [r, v] of Object.entries(codes)) body[Number(r) - 3][0] = v as CellValue;
  for (const [r, v] of Object.entries(names)) body[Number(r) - 3][1] = v as string;
  return { rows: [...headProg, ...body], merges: mergesProg };
};

ruleTester(codeHierarchy, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "Tabel 6.1 with its codes corrected (2-digit sub kegiatan)", sheets: [tabel61(corrected)] },
    { name: "a 2023-form table: 4-digit sub kegiatan, a second indicator without code", sheets: [prog()] },
    {
      name: "codes split by a line break as pasted from PDF, a trailing dot",
      sheets: [prog({ 6: "1.06.01.\n2.01", 7: "1.06.01.2.01.0001." })],
    },
    {
      name: "a zero-padded kegiatan digit is the same code (info only)",
      sheets: [prog({ 6: "1.06.01.02.01", 7: "1.06.01.02.01.0001", 8: "1.06.01.02.01.0006" })],
    },
    {
      name: "numbering in a table without Kepmendagri codes is not read",
      sheets: [
        {
          rows: [
            ["No", "Uraian", 2017, 2018],
            ["1.", "Persentase warga miskin yang memperoleh bantuan sosial", 100, 100],
            ["1.1", "Jumlah warga miskin", 11653, 11624],
            ["1.2", "Jumlah Warga Miskin", 11653, 11624],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the seed: two sub kegiatan of 1.06.01.2.08 printed 1.06.01.2.02 and 1.06.01.2.04; 1.06.02.03 lacks the kegiatan digit",
      sheets: [tabel61()],
      findings: [
        {
          sheet: "T 6.1",
          cell: `A${rowOf("1.06.01.2.02", "sub-kegiatan")}`,
          actual: "1.06.01.2.02",
          messageId: "notUnderParent",
          data: {
            parentCode: "1.06.01.2.08",
            suggestion: { id: " (mungkin 1.06.01.2.08.02)", en: " (perhaps 1.06.01.2.08.02)" },
          },
        },
        {
          sheet: "T 6.1",
          cell: `A${rowOf("1.06.01.2.04", "sub-kegiatan")}`,
          messageId: "notUnderParent",
          data: {
            parentCode: "1.06.01.2.08",
            suggestion: { id: " (mungkin 1.06.01.2.08.04)", en: " (perhaps 1.06.01.2.08.04)" },
          },
        },
        {
          sheet: "T 6.1",
          cell: `A${rowOf("1.06.02.03")}`,
          actual: "1.06.02.03",
          messageId: "offPattern",
          data: { code: "1.06.02.03", example: "1.06.01.2.01" },
        },
        {
          sheet: "T 6.1",
          cell: `A${rowOf("1.06.02.03.04")}`,
          actual: "1.06.02.03.04",
          messageId: "offPattern",
          data: { code: "1.06.02.03.04", example: "1.06.01.2.01.0001" },
        },
      ],
    },
    {
      name: "a kegiatan not under its program, a program not under its bidang, a code off the pattern",
      sheets: [prog({ 6: "1.06.01.2.01", 10: "1.05.02", 11: "1.06.02.2.3" })],
      findings: [
        {
          cell: "A10",
          actual: "1.05.02",
          messageId: "notUnderParent",
          data: {
            level: { id: "Program", en: "programme" },
            code: "1.05.02",
            parentLevel: { id: "bidang urusan", en: "bidang urusan (sector)" },
            parentCode: "1.06",
            parentCell: "A4",
            parentKey: "1.06",
            suggestion: { id: " (mungkin 1.06.02)", en: " (perhaps 1.06.02)" },
          },
        },
        {
          cell: "A11",
          actual: "1.06.02.2.3",
          messageId: "offPattern",
          data: {
            code: "1.06.02.2.3",
            shapeOf: { id: "kegiatan", en: "An activity (kegiatan)" },
            example: "1.06.01.2.01",
          },
        },
      ],
    },
    {
      name: "a kegiatan printed under another program",
      sheets: [prog({ 11: "1.06.01.2.03", 12: "1.06.01.2.03.0004" })],
      findings: [
        {
          cell: "A11",
          messageId: "notUnderParent",
          data: {
            level: { id: "Kegiatan", en: "activity (kegiatan)" },
            code: "1.06.01.2.03",
            parentLevel: { id: "program", en: "programme" },
            parentCode: "1.06.02",
            parentCell: "A10",
            parentKey: "1.06.02",
            suggestion: { id: " (mungkin 1.06.02.2.03)", en: " (perhaps 1.06.02.2.03)" },
          },
        },
      ],
    },
    {
      name: "a row named Kegiatan with a sub kegiatan code",
      sheets: [prog({}, { 6: "Kegiatan Perencanaan" })].map((s) => ({
        ...s,
        rows: s.rows.map((r, i) => (i === 5 ? ["1.06.01.2.01.0009", ...r.slice(1)] : r)),
      })),
      findings: [
        {
          cell: "A6",
          messageId: "wrongLevel",
          data: {
            level: { id: "kegiatan", en: "an activity (kegiatan)" },
            code: "1.06.01.2.01.0009",
            codeLevel: { id: "sub kegiatan", en: "a sub-activity (sub kegiatan)" },
            shapeOf: { id: "kegiatan", en: "An activity (kegiatan)" },
            example: "1.06.01.2.01",
          },
        },
        {
          cell: "A7",
          messageId: "notUnderParent",
          data: {
            level: { id: "Sub kegiatan", en: "sub-activity (sub kegiatan)" },
            code: "1.06.01.2.01.0001",
            parentLevel: { id: "kegiatan", en: "activity (kegiatan)" },
            parentCode: "1.06.01.2.01.0009",
            parentCell: "A6",
            parentKey: "1.06.01.2.01.0009",
            suggestion: "",
          },
        },
        {
          cell: "A8",
          messageId: "notUnderParent",
          data: {
            level: { id: "Sub kegiatan", en: "sub-activity (sub kegiatan)" },
            code: "1.06.01.2.01.0006",
            parentLevel: { id: "kegiatan", en: "activity (kegiatan)" },
            parentCode: "1.06.01.2.01.0009",
            parentCell: "A6",
            parentKey: "1.06.01.2.01.0009",
            suggestion: "",
          },
        },
      ],
    },
    {
      name: "2- and 4-digit sub kegiatan mixed in one table (info)",
      sheets: [prog({ 8: "1.06.01.2.01.06" })],
      findings: [
        {
          cell: "A8",
          actual: "1.06.01.2.01.06",
          messageId: "mixedSubDigits",
          data: {
            summary: { id: "1 kode 2 digit, 2 kode 4 digit", en: "1 with 2 digits, 2 with 4 digits" },
            code: "1.06.01.2.01.06",
            digits: "2",
          },
        },
      ],
    },
  ],
});

describe("code-hierarchy severities", () => {
  it("says so in an info when the kegiatan digit is zero-padded", () => {
    const f = findingsOf(codeHierarchy, [
      prog({ 6: "1.06.01.02.01", 7: "1.06.01.02.01.0001", 8: "1.06.01.02.01.0006" }),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "A6", severity: "info", messageId: "zeroPadded" });
    expect(f[0].message).toMatch(/1\.06\.01\.2\.01/);
  });
  it("reports a wrong code as an error without a fix", () => {
    const f = findingsOf(codeHierarchy, [tabel61()]);
    expect(f.every((x) => x.severity === "error" && x.fix === undefined)).toBe(true);
  });
});
