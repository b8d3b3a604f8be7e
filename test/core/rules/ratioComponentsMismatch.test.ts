import { ratioComponentsMismatch } from "../../../src/core/rules/ratioComponentsMismatch";
import { ruleTester } from "./ruleTester";

// Kota Blitar Renstra, "Capaian Kinerja Program" (Tabel 2.3.2, first part), 2017-2020.
const header = ["No", "Uraian", 2017, 2018, 2019, 2020];
const rows = [
  header,
  ["1.", "Persentase warga miskin yang memperoleh bantuan sosial", 100, 100, 100, 100],
  ["1.1", "Jumlah warga miskin yang memperoleh bantuan sosial", 11653, 11624, 11434, 11165],
  ["1.2", "Jumlah Warga Miskin", 11653, 11624, 11434, 11165],
  ["4.", "Persentase PMKS terlatih", 16.24, 17.58, 19.7, 20.32],
  ["4.1", "Jumlah PMKS yang mendapatkan pelatihan keterampilan", 1009, 1092, 1224, 1262],
  ["4.2", "Jumlah PMKS usia Produktif", 6212, 6212, 6212, 6212],
];

ruleTester(ratioComponentsMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "the seed's rows, percentages as printed", sheets: [{ name: "Capaian Program", rows }] },
    {
      name: "a zero denominator is left to other rules",
      sheets: [{ rows: [header, ["1.", "P", 0], ["1.1", "a", 0], ["1.2", "b", 0]] }],
    },
    {
      name: "a percentage without components",
      sheets: [{ rows: [header, ["1.", "P", 50, 60], ["2.", "Q", 10, 20]] }],
    },
  ],
  invalid: [
    {
      name: "3. PSKS terampil: 133 / 143 is not 100 %",
      sheets: [
        {
          name: "Capaian Program",
          rows: [
            header,
            ["3.", "Persentase PSKS yang terampil dalam pelayanan kesejahteraan sosial", 100, 100, 100, 100],
            ["3.1", "Jumlah PSKS yang terampil", 125, 132, 132, 133],
            ["3.2", "Jumlah PSKS", 125, 132, 132, 143],
          ],
        },
      ],
      findings: [
        {
          sheet: "Capaian Program",
          cell: "F3",
          expected: 143,
          actual: 133,
          messageId: "ratio",
          data: { stated: 100, numerator: "3.1", denominator: "3.2", want: 143 },
        },
      ],
    },
    {
      name: "a percentage rounded wrongly in one year",
      sheets: [
        {
          rows: [
            header,
            ["4.", "Persentase PMKS terlatih", 16.24, 17.85],
            ["4.1", "a", 1009, 1092],
            ["4.2", "b", 6212, 6212],
          ],
        },
      ],
      findings: [
        {
          cell: "D3",
          actual: 1092,
          expected: 1108.84,
          messageId: "ratio",
          data: {
            indicator: "4. Persentase PMKS terlatih",
            stated: 17.85,
            numerator: "4.1",
            denominator: "4.2",
            want: 1108.842,
          },
        },
      ],
    },
  ],
});

// The same rows with a "Rumus" column naming the rows (Capaian Kinerja Program, 4.).
ruleTester(ratioComponentsMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "a row that follows its own rumus",
      sheets: [
        {
          rows: [
            ["No", "Uraian", "Rumus", 2017, 2018],
            ["4.", "Persentase PMKS terlatih", "(4.1 / 4.2) x 100%", 16.24, 17.58],
            ["4.1", "Jumlah PMKS yang mendapatkan pelatihan keterampilan", null, 1009, 1092],
            ["4.2", "Jumlah PMKS usia Produktif", null, 6212, 6212],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a row that breaks its own rumus (3 rows: not a numerator/denominator pair)",
      sheets: [
        {
          rows: [
            ["No", "Uraian", "Rumus", 2017, 2018],
            ["5.", "Persentase PSKS aktif", "(5.1 + 5.2) / 5.3 x 100%", 50, 60],
            ["5.1", "PSKS aktif (laki-laki)", null, 10, 20],
            ["5.2", "PSKS aktif (perempuan)", null, 10, 10],
            ["5.3", "Jumlah PSKS", null, 40, 40],
          ],
        },
      ],
      findings: [
        {
          cell: "E2",
          expected: 75,
          actual: 60,
          messageId: "ownFormula",
          data: { label: "5. ", stated: 60, formula: "(5.1 + 5.2) / 5.3 x 100%", want: 75 },
        },
      ],
    },
  ],
});
