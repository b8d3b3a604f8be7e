// The pair of columns a column's formulas most often divide (detect/tebakanRekap rasioTerbanyak),
// read by detection (a coverage over its sasaran) and by capaian-mismatch alike.
import { rasioTerbanyak } from "../../../src/core/detect/tebakanRekap";
import { sheet } from "../rules/ruleTester";

const grid = (formulas: Record<string, string>) =>
  sheet({
    rows: [
      ["Sasaran", "Bulin", "Abs", "%"],
      [842, 804, 768, 91.21],
      [615, 587, 541, 87.97],
      [1127, 1076, 1013, "-"],
      [934, 891, null, null],
    ],
    formulas,
  });

describe("rasioTerbanyak", () => {
  it("counts the pair most rows divide and the rows that hold a formula", () => {
    const g = grid({ D2: "ROUND(C2/A2*100,2)", D3: "ROUND(C3/B3*100,2)", D4: "C4/A4*100" });
    expect(rasioTerbanyak(g, 4, [2, 3, 4, 5])).toEqual({ num: 3, den: 1, n: 2, rumus: 3 });
  });
  it("counts a formula of another shape, and a ratio over another row, as no pair", () => {
    const g = grid({ D2: "ROUND(C2/A2*100,2)", D3: "AVERAGE(D2:D2)", D4: "C3/A3*100" });
    expect(rasioTerbanyak(g, 4, [2, 3, 4, 5])).toEqual({ num: 3, den: 1, n: 1, rumus: 3 });
  });
  it("finds nothing in a column of typed values, text and blanks", () => {
    expect(rasioTerbanyak(grid({}), 4, [2, 3, 4, 5])).toBeUndefined();
    expect(rasioTerbanyak(grid({}), 4, [])).toBeUndefined();
  });
});
