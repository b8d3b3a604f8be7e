import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { findingsOf, ruleTester } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";
import { years } from "../../fixtures/sheets/blitar231";
import { anggaranRealisasi, bl, btl, head232, merges232, rest232 } from "../../fixtures/sheets/blitar232";

// Kota Blitar Renstra Tabel 2.3.2 (second part): anggaran and realisasi 2017-2021, as printed.
const head = head232.map(anggaranRealisasi);
const merges = merges232.slice(0, 3);
const [BTL, BL] = [btl, bl].map(anggaranRealisasi);
const [PEG, BJ, MOD, TOTAL] = rest232.map(anggaranRealisasi);

// The same table made consistent: Belanja Langsung = its parts, TOTAL = BTL + BL.
const sum = (...rows: CellValue[][]): number[] =>
  years.concat(years).map((_, i) => rows.reduce((s, r) => s + (r[i + 1] as number), 0));
const BLok = ["Belanja Langsung", ...sum(PEG, BJ, MOD)];
const TOTALok = ["TOTAL", ...sum(BTL, BLok)];

ruleTester(sumMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Tabel 2.3.2 with consistent sums",
      sheets: [
        { name: "T 2.3.2", rows: [...head, ["BELANJA DAERAH"], BTL, BLok, PEG, BJ, MOD, TOTALok], merges },
      ],
    },
    {
      name: "a program's Rp is the sum of its kegiatan's, a kegiatan's of its sub kegiatan's (K is not summed)",
      sheets: [
        {
          rows: [
            ["Kode", "Program/Kegiatan", "Indikator", "Target 2024", null],
            [null, null, null, "K", "Rp"],
            ["1.06.02", "Program Pemberdayaan Sosial", "Persentase PSKS aktif", 100, 150000000],
            ["1.06.02.2.01", "Pengumpulan Sumbangan", "Jumlah izin", 5, 100000000],
            ["1.06.02.2.01.0001", "Penerbitan Izin", "Jumlah izin terbit", 5, 60000000],
            ["1.06.02.2.01.0002", "Pengawasan", "Jumlah laporan", 2, 40000000],
            ["1.06.02.2.02", "Pengelolaan Data", "Jumlah data", 1, 50000000],
            ["1.06.02.2.02.0001", "Pemutakhiran Data", "Jumlah data", 1, 50000000],
          ],
          merges: ["D1:E1"],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the seed: Belanja Langsung 2017 is 22.000.000 short while TOTAL agrees with the parts, and the other slips",
      sheets: [
        { name: "T 2.3.2", rows: [...head, ["BELANJA DAERAH"], BTL, BL, PEG, BJ, MOD, TOTAL], merges },
      ],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "B6",
          expected: 20822284676,
          actual: 20800284676,
          messageId: "partOfAgreeingTotal",
          data: {
            name: "Belanja Langsung: ",
            what: { id: "anggaran 2017 ", en: "the 2017 budget is" },
            written: 20800284676,
            sum: 20822284676,
            difference: -22000000,
          },
          fix: { value: 20822284676 },
        },
        { sheet: "T 2.3.2", cell: "D6", expected: 23454719500, actual: 23452719500, messageId: "parent" },
        { sheet: "T 2.3.2", cell: "E6", expected: 21434874461, actual: 21434854461, messageId: "parent" },
        { sheet: "T 2.3.2", cell: "F6", expected: 23309279114, actual: 23309298114, messageId: "parent" },
        { sheet: "T 2.3.2", cell: "F10", expected: 26472926214, actual: 26472917214, messageId: "total" },
        { sheet: "T 2.3.2", cell: "H6", expected: 23277063763, actual: 23276063763, messageId: "parent" },
        { sheet: "T 2.3.2", cell: "K6", expected: 23309279114, actual: 23309289114, messageId: "parent" },
      ],
    },
    {
      name: "a kegiatan whose Rp is not the sum of its sub kegiatan",
      sheets: [
        {
          rows: [
            ["Kode", "Program/Kegiatan", "Indikator", "Target 2024", null],
            [null, null, null, "K", "Rp"],
            ["1.06.02", "Program Pemberdayaan Sosial", "Persentase PSKS aktif", 100, 100000000],
            ["1.06.02.2.01", "Pengumpulan Sumbangan", "Jumlah izin", 5, 100000000],
            ["1.06.02.2.01.0001", "Penerbitan Izin", "Jumlah izin terbit", 5, 60000000],
            ["1.06.02.2.01.0002", "Pengawasan", "Jumlah laporan", 2, 45000000],
          ],
          merges: ["D1:E1"],
        },
      ],
      findings: [
        {
          cell: "E4",
          expected: 105000000,
          actual: 100000000,
          messageId: "parentCode",
          data: { name: "Jumlah izin: ", written: 100000000, sum: 105000000, difference: -5000000 },
        },
      ],
    },
    {
      name: "the number row's identity '(5) = (3) + (4)' on the Rp",
      sheets: [
        {
          name: "Semester",
          rows: [
            [
              "Kode",
              "Indikator",
              "Realisasi Semester I Tahun 2024",
              null,
              "Realisasi Semester II Tahun 2024",
              null,
              "Realisasi Tahun 2024",
              null,
            ],
            [null, null, "K", "Rp", "K", "Rp", "K", "Rp"],
            ["(1)", "(2)", "(3)", null, "(4)", null, "(5) = (3) + (4)", null],
            [
              "1.06.04",
              "Jumlah PMKS yang direhabilitasi (orang)",
              300,
              1_200_000_000,
              320,
              1_350_000_000,
              620,
              2_500_000_000,
            ],
          ],
          merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:H1", "C3:D3", "E3:F3", "G3:H3"],
        },
      ],
      findings: [
        {
          cell: "H4",
          expected: 2_550_000_000,
          actual: 2_500_000_000,
          messageId: "formColumnNumbers",
          data: {
            name: "Jumlah PMKS yang direhabilitasi (orang): ",
            written: 2_500_000_000,
            label: "(5) = (3) + (4)",
            columns: "D + F",
            sum: 2_550_000_000,
            difference: -50_000_000,
          },
        },
      ],
    },
    {
      name: "a year's realisation over its quarters: a count that does not add up, a level summed",
      sheets: [
        {
          name: "E81",
          rows: [
            ["EVALUASI HASIL RENJA TAHUN 2024"],
            [
              "Kode",
              "Indikator Kinerja",
              "Satuan",
              "Realisasi Kinerja Triwulan",
              null,
              null,
              null,
              "Realisasi Kinerja 2024",
            ],
            [null, null, null, "I", "II", "III", "IV", null],
            ["1.02.02", "Jumlah penerima bantuan sosial", "orang", 100, 100, 100, 100, 450],
            ["1.02.03", "Persentase desa berstatus mandiri", "%", 10, 20, 30, 40, 100],
          ],
          merges: ["D2:G2", "A2:A3", "B2:B3", "C2:C3", "H2:H3"],
        },
      ],
      findings: [
        {
          cell: "H4",
          expected: 400,
          actual: 450,
          messageId: "periodSum",
          data: {
            name: "Jumlah penerima bantuan sosial: ",
            kind: { id: "realisasi kinerja", en: "performance realisation" },
            toDate: "",
            year: " 2024",
            written: 450,
            parts: { id: "jumlah empat triwulan", en: "the sum of the four quarters" },
            columns: "D, E, F, G",
            sum: 400,
            difference: 50,
          },
        },
        {
          cell: "H5",
          expected: 40,
          actual: 100,
          messageId: "levelSummed",
          data: {
            name: "Persentase desa berstatus mandiri: ",
            toDate: "",
            year: " 2024",
            written: 100,
            parts: { id: "jumlah empat triwulan", en: "the sum of the four quarters" },
            columns: "D, E, F, G",
            last: 40,
            lastColumn: "G",
          },
        },
      ],
    },
    {
      name: "a row's own formula saved without recalculation",
      sheets: [
        {
          rows: [
            ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)"],
            [1, "Administrasi Keuangan", 300e6, 280e6, 30e6],
            [2, "Administrasi Umum", 200e6, 170e6, 30e6],
          ],
          formulas: { E2: "C2-D2", E3: "C3-D3" },
        },
      ],
      findings: [
        {
          cell: "E2",
          expected: 20e6,
          actual: 30e6,
          messageId: "staleFormula",
          data: {
            name: "Administrasi Keuangan: ",
            column: "E",
            saved: 30e6,
            formula: "C2-D2",
            result: 20e6,
          },
        },
      ],
    },
  ],
});

describe("sum-mismatch follows what the sheet's own SUM says", () => {
  const rows = (c2: number): CellValue[][] => [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Pagu 2024 (Rp)"],
    ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah PMKS direhabilitasi", c2],
    ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah penerima permakanan", 400_000_000],
    [null, null, "Jumlah paket sandang yang disalurkan", 150_000_000],
    ["1.06.04.2.01.0006", "Reunifikasi Keluarga", "Jumlah PMKS direunifikasi", 250_000_000],
  ];
  it("a SUM over rows the grouping did not read as children, adding up, is trusted", () => {
    const f = findingsOf(sumMismatch, [{ rows: rows(800_000_000), formulas: { D2: "SUM(D3:D5)" } }]);
    expect(f).toEqual([]);
  });
  it("a SUM whose range stops short of the children is still a wrong total", () => {
    const f = findingsOf(sumMismatch, [{ rows: rows(400_000_000), formulas: { D2: "SUM(D3:D3)" } }]);
    expect(f.map((x) => x.cell)).toEqual(["D2"]);
  });
  it("a SUM that adds a kegiatan and its own sub kegiatan counts them twice, and is reported", () => {
    const sheetRows: CellValue[][] = [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Pagu 2024 (Rp)"],
      ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PMKS direhabilitasi", 1_300_000_000],
      ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah PMKS direhabilitasi", 650_000_000],
      ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah penerima permakanan", 400_000_000],
      ["1.06.04.2.01.0006", "Reunifikasi Keluarga", "Jumlah PMKS direunifikasi", 250_000_000],
    ];
    const f = findingsOf(sumMismatch, [
      { rows: sheetRows, formulas: { D2: "SUM(D3:D5)", D3: "SUM(D4:D5)" } },
    ]);
    expect(f.map((x) => `${x.cell} ${x.expected}`)).toEqual(["D2 650000000"]);
  });
});
