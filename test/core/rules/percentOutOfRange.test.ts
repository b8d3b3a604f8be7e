import { percentOutOfRange } from "../../../src/core/rules/percentOutOfRange";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 2.3.1: target NSPK / IKK / lainnya, target, realisasi and rasio
// capaian per year 2017-2021, three header rows (the last one the column numbers).
import { tabel231 } from "../../fixtures/sheets/blitar231";
import { setCell } from "../../fixtures/sheets/variant";

const simple = (rows: CellValue[][]): SheetSpec => ({
  rows: [["No", "Indikator", "Satuan", "Target 2022", "Realisasi 2022", "Capaian 2022"], ...rows],
});

ruleTester(percentOutOfRange, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Tabel 2.3.1 as printed (penurunan PMKS -7,31 and -1,29 are changes, rasio 589 is capaian)",
      sheets: [tabel231],
    },
    {
      name: "changes, ratios, indices, achievements, counts and blanks",
      sheets: [
        simple([
          [1, "Persentase kenaikan PAD", "%", 120, 150, 125],
          [2, "Persentase pertumbuhan ekonomi", "%", -2, -3, 50],
          [3, "Rasio pekerja sosial terhadap PMKS", "%", 150, 160, 106],
          [4, "Indeks kepuasan masyarakat", "%", 120, 130, 108],
          [5, "Jumlah KUBE", "kelompok", 150, 170, 113],
          [6, "Persentase A", "%", null, "-", "NA"],
          [7, "Persentase B", "%", 0, 100, "tidak dapat dihitung"],
          [8, "Angka Partisipasi Kasar SD", "%", 105, 107, 101.9],
          [9, "Persentase C", "%", 100.004, 99, 99],
        ]),
      ],
    },
    {
      name: "a percentage-formatted share of 0,85",
      sheets: [
        {
          ...simple([[1, "Persentase A yang terlayani", "%", 0.8, 0.85, 106]]),
          numFmts: { D2: "0%", E2: "0.00%" },
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a realisation count typed into a percentage row of Tabel 2.3.1",
      sheets: [setCell(tabel231, "M8", 1092)],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "M8",
          expected: 100,
          actual: 1092,
          messageId: "above100",
          data: { column: "realisasi", year: " 2018", value: 1092 },
        },
      ],
    },
    {
      name: "a negative share and a share above 100 by its name (Presentase, satuan blank)",
      sheets: [
        simple([
          [1, "Persentase PMKS terlatih", "%", 20, -16.24, null],
          [2, "Presentase (%) panti sosial yang menyediakan sarana prasarana", null, 80, 125, 156],
        ]),
      ],
      findings: [
        {
          cell: "E2",
          expected: 0,
          actual: -16.24,
          messageId: "negative",
          data: { name: "Persentase PMKS terlatih: ", column: "realisasi", year: " 2022", value: -16.24 },
        },
        {
          cell: "E3",
          expected: 100,
          actual: 125,
          messageId: "above100",
          data: { column: "realisasi", year: " 2022", value: 125 },
        },
      ],
    },
    {
      name: "a percentage-formatted share of 1,2 (120 %)",
      sheets: [
        { ...simple([[1, "Persentase A yang terlayani", "%", 0.8, 1.2, 150]]), numFmts: { E2: "0%" } },
      ],
      findings: [
        {
          cell: "E2",
          expected: 100,
          actual: 120,
          messageId: "above100",
          data: { name: "Persentase A yang terlayani: ", column: "realisasi", year: " 2022", value: 120 },
        },
      ],
    },
  ],
});
