import { hardcodedValue } from "../../../src/core/rules/hardcodedValue";
import { inconsistentFormula } from "../../../src/core/rules/inconsistentFormula";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 2.3.1, 2018: target, realisasi and a capaian computed by formula.
// Row 3 (Indeks Gini) is lower-is-better and uses the refleksi formula over the same cells.
function tabel(capaian: Record<string, string>, typed: Record<string, number> = {}): SheetSpec {
  const rows: SheetSpec["rows"] = [
    ["No", "Indikator", "Satuan", "Target 2018", "Realisasi 2018", "Capaian 2018"],
    [1, "Persentase PMKS memperoleh rehabilitasi sosial", "%", 82, 91.35, 111.4],
    [2, "Indeks Gini", "Indeks", 0.36, 0.35, 102.78],
    [3, "Persentase PSKS aktif", "%", 98, 100, 102.04],
    [4, "Persentase fakir miskin mandiri", "%", 10, 18.07, 180.7],
    [5, "Persentase PMKS bantuan sosial", "%", 80, 100, 125],
  ];
  const formulas: Record<string, string> = { ...capaian };
  for (const [a1, v] of Object.entries(typed)) {
    delete formulas[a1];
    rows[Number(a1.slice(1)) - 1][5] = v;
  }
  return { name: "T 2.3.1", rows, formulas };
}
const good = { F2: "E2/D2*100", F3: "(2*D3-E3)/D3*100", F4: "E4/D4*100", F5: "E5/D5*100", F6: "E6/D6*100" };

ruleTester(inconsistentFormula, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "one formula down the column, the refleksi formula on the Gini row", sheets: [tabel(good)] },
    { name: "too few formulas to have a rule", sheets: [tabel({ F2: "E2/D2*100", F3: "E3/D4*100" })] },
  ],
  invalid: [
    {
      name: "a capaian dividing by the next row's target",
      sheets: [tabel({ ...good, F5: "E5/D6*100" })],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "F5",
          expected: "=E5/D5*100",
          actual: "=E5/D6*100",
          messageId: "differs",
          data: {
            formula: "=E5/D6*100",
            above: { id: " (baris 4: =E4/D4*100)", en: " (row 4: =E4/D4*100)" },
            expected: "=E5/D5*100",
          },
          fix: { formula: "=E5/D5*100" },
        },
      ],
    },
    {
      name: "the first row's formula out of line: no row above to quote",
      sheets: [tabel({ ...good, F2: "E2/D3*100" })],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "F2",
          expected: "=E2/D2*100",
          actual: "=E2/D3*100",
          messageId: "differs",
          data: { formula: "=E2/D3*100", above: "", expected: "=E2/D2*100" },
          fix: { formula: "=E2/D2*100" },
        },
      ],
    },
  ],
});

ruleTester(hardcodedValue, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "formulas everywhere", sheets: [tabel(good)] },
    { name: "a column of typed numbers", sheets: [tabel({}, {})] },
  ],
  invalid: [
    {
      name: "a typed 125 among formulas",
      sheets: [tabel(good, { F6: 125 })],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "F6",
          expected: "=E6/D6*100",
          actual: 125,
          messageId: "typedAmongFormulas",
          data: { value: 125, formula: "=E6/D6*100" },
          fix: { formula: "=E6/D6*100" },
        },
      ],
    },
  ],
});
