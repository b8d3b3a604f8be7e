// mathjs is loaded on the first formula text evaluated, not when the rules are loaded: its
// CommonJS entry costs 0,7 to 2 seconds of every CLI start (src/core/formulas/hitung/pabrikMathjs.ts).
let mockMuat = 0;
jest.mock("mathjs", () => {
  mockMuat++;
  return jest.requireActual("mathjs");
});

import { gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { hitung } from "../../../src/core/formulas/hitung";

it("checks a table without formula text and never loads mathjs", () => {
  const grid = gridFromRows("IKU", [
    ["No", "Indikator", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
    [1, "Persentase jalan kondisi mantap", "%", 80, 72, 90],
    [2, "Indeks kepuasan masyarakat", "indeks", 82, 84, 102.44],
  ]);
  const tables = detectTables(grid).map((table) => ({ table, grid }));
  expect(tables).toHaveLength(1);
  runRules(tables);
  expect(mockMuat).toBe(0);
});

it("loads it once, on the first text evaluated", () => {
  expect(hitung("(b / c) * 100", { b: 72, c: 80 })).toBeCloseTo(90, 6);
  expect(hitung("1 + 1", {})).toBe(2);
  expect(mockMuat).toBe(1);
});
