import { growthMismatch } from "../../../src/core/rules/growthMismatch";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import { bl, btl, rest232, tabel232 } from "../../fixtures/sheets/blitar232";
import { withCell } from "../../fixtures/sheets/variant";

const yearly = (growth: CellValue): SheetSpec => ({
  rows: [
    ["No", "Uraian", "Anggaran", null, null, "Pertumbuhan (%)", null],
    [null, null, 2019, 2020, 2021, 2020, 2021],
    [1, "Belanja Modal", 100, 110, 99, 10, growth],
  ],
  merges: ["A1:A2", "B1:B2", "C1:E1", "F1:G1"],
});

ruleTester(growthMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Tabel 2.3.2: Belanja Tidak Langsung 11,60 / 15,70 and the other rows (Belanja Pegawai ends in 0)",
      sheets: [tabel232([btl, ...rest232])],
    },
    {
      name: "a geometric average (CAGR) is accepted",
      sheets: [tabel232([withCell(btl, 16, 9.99)])],
    },
    {
      name: "blank, dash, NA and text in the run or the growth cell",
      sheets: [
        tabel232([
          withCell(btl, 3, null),
          withCell(btl, 4, "-"),
          withCell(btl, 7, "NA"),
          withCell(btl, 16, "-"),
          withCell(btl, 17, "naik"),
          ["Belanja X", 0, 10, 20, 30, 40, 0, 10, 20, 30, 40, null, null, null, null, null, 50, 50],
          [
            "Belanja Y",
            -5,
            10,
            20,
            30,
            40,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            null,
          ],
        ]),
      ],
    },
    { name: "a yearly growth column that is right", sheets: [yearly(-10)] },
  ],
  invalid: [
    {
      name: "Tabel 2.3.2: Belanja Langsung anggaran average printed 13,72 where the values give 3,43",
      sheets: [tabel232([btl, bl, ...rest232])],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "Q6",
          expected: 3.43,
          actual: 13.72,
          messageId: "average",
          data: {
            series: { id: "anggaran", en: "budget" },
            written: 13.72,
            first: "2017",
            last: "2021",
            geometric: {
              id: "; bentuk geometrik (CAGR) memberi 2,89 %",
              en: "; the geometric form (CAGR) gives 2.89 %",
            },
          },
        },
      ],
    },
    {
      name: "a realisation average off by a digit",
      sheets: [tabel232([withCell(btl, 17, 17.5)])],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "R5",
          expected: 15.7,
          actual: 17.5,
          messageId: "average",
          data: { series: { id: "realisasi anggaran", en: "budget realisation" }, written: 17.5 },
        },
      ],
    },
    {
      name: "a yearly growth column that is wrong",
      sheets: [yearly(-1)],
      findings: [
        {
          cell: "G3",
          expected: -10,
          actual: -1,
          messageId: "yearly",
          data: {
            name: "Belanja Modal: ",
            year: "2021",
            written: -1,
            series: { id: "anggaran", en: "budget" },
            prevYear: "2020",
            computed: -10,
          },
        },
      ],
    },
  ],
});
