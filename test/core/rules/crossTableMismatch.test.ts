import { crossTableMismatch } from "../../../src/core/rules/crossTableMismatch";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 4.1 (targets and realisations 2022-2023) and Tabel 7.3 (IKU targets).
const tabel41: SheetSpec = {
  name: "Tabel 4.1",
  rows: [
    ["No", "Indikator Tujuan/ Sasaran", "Satuan", "Target dan Realisasi", null, null, null],
    [null, null, null, 2022, null, 2023, null],
    [null, null, null, "Target", "Realisasi", "Target", "Realisasi"],
    ["1.", "Persentase fakir miskin yang berdaya", "%", 10, 15.71, 10, 45.83],
    ["2.", "Persentase penurunan PMKS", "%", 1.45, 6.09, 1.47, "1,47*)"],
  ],
  merges: ["A1:A3", "B1:B3", "C1:C3", "D1:G1", "D2:E2", "F2:G2"],
};
const tabel73 = (g7: number, unit = "%"): SheetSpec => ({
  name: "Tabel 7.3",
  rows: [
    ["No", "Indikator Kinerja Utama", "Satuan", "Target Capaian Kinerja", null],
    [null, null, null, 2022, 2023],
    [1, "Persentase fakir miskin yang berdaya", "%", 10, 10],
    [2, "Persentase Penurunan PMKS (IKU)", unit, 1.45, g7],
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"],
});

ruleTester(crossTableMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "the same targets in both tables", sheets: [tabel41, tabel73(1.47)] },
    { name: "realisations are not targets", sheets: [tabel41, tabel73(1.47)] },
    { name: "a different unit is a different indicator", sheets: [tabel41, tabel73(1.57, "Indeks")] },
    { name: "one table alone", sheets: [tabel73(1.57)] },
  ],
  invalid: [
    {
      name: "a SAKIP grade target that differs (text against text)",
      sheets: [
        {
          ...tabel41,
          rows: [
            ...tabel41.rows.slice(0, 3),
            ["1.", "Nilai SAKIP", "Indeks", "A (84,35)", "A (85,13)", "A (84,39)", "A (84,96)"],
          ],
        },
        {
          ...tabel73(1.47),
          rows: [...tabel73(1.47).rows.slice(0, 2), [1, "Nilai SAKIP", "Indeks", "A (84,96)", "A (84,39)"]],
        },
      ],
      findings: [
        {
          sheet: "Tabel 7.3",
          cell: "D3",
          expected: "A (84,35)",
          actual: "A (84,96)",
          messageId: "differs",
          // a grade in quotes
          data: { year: "2022", written: '"A (84,96)"', cell: "Tabel 4.1!D4", other: '"A (84,35)"' },
        },
      ],
    },
    {
      name: "Tabel 7.3 says 1,57 for 2023 where Tabel 4.1 says 1,47",
      sheets: [tabel41, tabel73(1.57)],
      findings: [
        {
          sheet: "Tabel 7.3",
          cell: "E4",
          expected: 1.47,
          actual: 1.57,
          messageId: "differs",
          data: { year: "2023", written: 1.57, cell: "Tabel 4.1!F5", other: 1.47 },
        },
      ],
    },
  ],
});
