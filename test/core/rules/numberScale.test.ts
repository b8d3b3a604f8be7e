import { numberScale } from "../../../src/core/rules/numberScale";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";

// Kota Blitar Renstra Tabel 2.3.2 "Capaian Kinerja Program Tahun 2017-2020": numerator and
// denominator rows with counts in the thousands.
const header: CellValue[] = ["No", "Uraian", 2017, 2018, 2019, 2020];
const program = (pelatihan2018: CellValue): CellValue[][] => [
  header,
  ["1.", "Persentase warga miskin yang memperoleh bantuan sosial", 100, 100, 100, 100],
  ["1.1", "Jumlah warga miskin yang memperoleh bantuan sosial", 11653, 11624, 11434, 11165],
  ["1.2", "Jumlah Warga Miskin", 11653, 11624, 11434, 11165],
  ["4.", "Persentase PMKS terlatih", 16.24, 17.58, 19.7, 20.32],
  ["4.1", "Jumlah PMKS yang mendapatkan pelatihan keterampilan", 1009, pelatihan2018, 1224, 1262],
  ["4.2", "Jumlah PMKS usia Produktif", 6212, 6212, 6212, 6212],
];
const title = ["Capaian Kinerja Program Tahun 2017-2020"];

// One year, several indicators counted in people: a column of whole counts.
const counts = (v: CellValue, satuan = "orang"): CellValue[][] => [
  ["No", "Indikator", "Satuan", "Realisasi 2022"],
  ["1", "Jumlah PMKS yang mendapatkan pelatihan", satuan, 1200],
  ["2", "Jumlah warga miskin penerima bantuan", satuan, 1350],
  ["3", "Jumlah PSKS yang dibina", satuan, v],
  ["4", "Jumlah lansia terlantar yang dilayani", satuan, 980],
];

ruleTester(numberScale, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "the seed's rows as printed (1092 among 1009, 1224, 1262)",
      sheets: [{ rows: [title, [], ...program(1092)] }],
    },
    {
      name: "indices and percentages with decimals, zero, negatives, blanks, dashes",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Satuan", "Target 2021", "Target 2022", "Target 2023", "Realisasi 2021"],
            ["1", "Indeks Gini", "Indeks", 0.36, 0.36, 0.36, 0.39],
            ["2", "Persentase penurunan PMKS", "%", 1.45, 1.47, 1.5, -7.31],
            ["3", "Indeks Kepuasan", "Indeks", 81.3, 82.125, 82.7, 0],
            ["4", "Jumlah dokumen", "dok", 6, null, "-", "NA"],
            ["5", "Nilai", "Indeks", 1.5, 2.25, 3.125, 2.5],
          ],
        },
      ],
    },
    {
      name: "achievements are ratios, not counts (1,092 among 109,2)",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Target 2022", "Realisasi 2022", "Capaian 2022", "Capaian 2023"],
            ["1", "Jumlah", 1000, 1092, 109.2, 1.092],
          ],
        },
      ],
    },
    { name: "a percentage column is not a column of counts", sheets: [{ rows: counts(1.092, "%") }] },
    {
      name: "a value far below but whose thousandfold does not fit either",
      sheets: [{ rows: [title, [], ...program(5.5)] }],
    },
  ],
  invalid: [
    {
      name: "1.092 typed into an English Excel: a thousand times too small",
      sheets: [{ rows: [title, [], ...program(1.092)] }],
      findings: [
        {
          cell: "D8",
          expected: 1092,
          actual: 1.092,
          messageId: "thousandsDot",
          data: {
            value: { id: "1,092", en: "1.092" },
            neighbours: { id: "nilai lain di baris ini", en: "the other values in this row" },
            low: { id: "1.009", en: "1,009" },
            high: { id: "1.262", en: "1,262" },
            meant: { id: "1.092", en: "1,092" },
          },
          fix: { value: 1092 },
        },
      ],
    },
    {
      name: "a trailing zero lost: 1.2 for 1.200",
      sheets: [{ rows: [title, [], ...program(1.2)] }],
      findings: [
        {
          cell: "D8",
          expected: 1200,
          actual: 1.2,
          messageId: "thousandsDot",
          data: {
            value: { id: "1,2", en: "1.2" },
            neighbours: { id: "nilai lain di baris ini", en: "the other values in this row" },
            low: { id: "1.009", en: "1,009" },
            high: { id: "1.262", en: "1,262" },
            meant: { id: "1.200", en: "1,200" },
          },
          fix: { value: 1200 },
        },
      ],
    },
    {
      name: "a count column: 1,092 among 1200, 1350, 980",
      sheets: [{ rows: counts(1.092) }],
      findings: [
        {
          cell: "D4",
          expected: 1092,
          messageId: "thousandsDot",
          data: {
            value: { id: "1,092", en: "1.092" },
            neighbours: { id: "nilai lain di kolom ini", en: "the other values in this column" },
            low: { id: "980", en: "980" },
            high: { id: "1.350", en: "1,350" },
            meant: { id: "1.092", en: "1,092" },
          },
          fix: { value: 1092 },
        },
      ],
    },
    {
      name: "target and realisation of one year: one neighbour of at least 100 is enough",
      sheets: [
        {
          rows: [
            ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Jumlah PMKS terlatih", "orang", 1009, 1.092, 108.23],
          ],
        },
      ],
      findings: [
        {
          cell: "E2",
          expected: 1092,
          messageId: "thousandsDot",
          data: {
            value: { id: "1,092", en: "1.092" },
            neighbours: { id: "nilai lain di baris ini", en: "the other values in this row" },
            low: { id: "1.009", en: "1,009" },
            high: { id: "1.009", en: "1,009" },
            meant: { id: "1.092", en: "1,092" },
          },
          fix: { value: 1092 },
        },
      ],
    },
  ],
});

describe("number-scale fix", () => {
  it("offers value x 1000, not for a formula", () => {
    const f = findingsOf(numberScale, [{ rows: [title, [], ...program(1.092)] }]);
    expect(f[0].fix).toEqual({ value: 1092 });
    const g = findingsOf(numberScale, [
      { rows: [title, [], ...program(1.092)], formulas: { D8: "1092/1000" } },
    ]);
    expect(g).toEqual([]);
  });
});
