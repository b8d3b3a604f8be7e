// jumlahRasio and rataRasio (src/core/rules/jumlahRasio.ts) on what a real total row may hold
// instead of numbers: a share, a numerator or a denominator that is text, blank, an error value or
// zero. Neither may guess a share from it; each still names the wrong total beside such a row.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { jumlahRasio, rataRasio } from "../../../src/core/rules/jumlahRasio";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const ERR = { error: "#DIV/0!" } as unknown as CellValue;

type Total = { c: CellValue; d: CellValue; e: CellValue; eFormula: string };

/** Kapal berizin per kecamatan; row 9 is the TOTAL whose cells the case replaces. */
const spec = (t: Total): SheetSpec => ({
  name: "Kapal 2024",
  rows: [
    ["DATA KAPAL PERIKANAN KONDISI 31 DESEMBER 2024"],
    [],
    ["No", "Kecamatan", "Jumlah Kapal", "Kapal Berizin", "% Berizin"],
    ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3) x 100"],
    [1, "Labuhan Barat", 287, 231, 80.49],
    [2, "Tampeng Tengah", 189, 142, 75.13],
    [3, "Pelabuhan Lama", 167, 158, 94.61],
    [4, "Gili Sanggar", 202, 119, 58.91],
    ["TOTAL", null, t.c, t.d, t.e],
  ],
  formulas: {
    ...Object.fromEntries([5, 6, 7, 8].map((r) => [`E${r}`, `ROUND(D${r}/C${r}*100,2)`])),
    C9: "SUM(C5:C8)",
    D9: "SUM(D5:D8)",
    E9: t.eFormula,
  },
});

const SUM = "SUM(E5:E8)";
const AVG = "ROUND(AVERAGE(E5:E8),2)";

function found(t: Total): { jumlah: number; rata: number } {
  const g = sheet(spec(t));
  const tables = detectTables(g);
  expect(tables).toHaveLength(1);
  return {
    jumlah: jumlahRasio(tables[0], g, 0).length,
    rata: rataRasio(tables[0], g, 0).length,
  };
}

describe("a total row of ratios with numbers (the cases the rules exist for)", () => {
  it("names a SUM and an AVERAGE of the shares", () => {
    expect(found({ c: 845, d: 650, e: 309.14, eFormula: SUM }).jumlah).toBe(1);
    expect(found({ c: 845, d: 650, e: 77.29, eFormula: AVG }).rata).toBe(1);
  });
});

describe.each([
  ["text", "-"],
  ["blank", null],
  ["an error value", ERR],
])("a total share that is %s", (_what, v) => {
  it("is not compared with the ratio of the totals", () => {
    expect(found({ c: 845, d: 650, e: v, eFormula: SUM })).toEqual({ jumlah: 0, rata: 0 });
    expect(found({ c: 845, d: 650, e: v, eFormula: AVG })).toEqual({ jumlah: 0, rata: 0 });
  });
});

describe.each([
  ["zero", 0],
  ["text", "n/a"],
  ["blank", null],
  ["an error value", ERR],
])("a total denominator that is %s", (_what, v) => {
  it("gives no share to compare with, and no error at all", () => {
    expect(found({ c: v, d: 650, e: 309.14, eFormula: SUM })).toEqual({ jumlah: 0, rata: 0 });
    expect(found({ c: v, d: 650, e: 77.29, eFormula: AVG })).toEqual({ jumlah: 0, rata: 0 });
    expect(() => foundOn(spec({ c: v, d: 650, e: 77.29, eFormula: AVG }))).not.toThrow();
  });
});

describe.each([
  ["text", "-"],
  ["an error value", ERR],
])("a total numerator that is %s", (_what, v) => {
  it("gives no share to compare with", () => {
    expect(found({ c: 845, d: v, e: 309.14, eFormula: SUM })).toEqual({ jumlah: 0, rata: 0 });
    expect(found({ c: 845, d: v, e: 77.29, eFormula: AVG })).toEqual({ jumlah: 0, rata: 0 });
  });
});

describe("a numerator of zero is a number", () => {
  it("holds the total's share to 0", () => {
    expect(found({ c: 845, d: 0, e: 309.14, eFormula: SUM }).jumlah).toBe(1);
  });
});
