import { gridFromRows } from "../../src/core/grid";
import { rencanaSiapKirim } from "../../src/taskpane/siapKirim";

function grid() {
  const g = gridFromRows("T 2.3.1", [
    ["No", "Indikator", "Target 2018", "Realisasi 2018", "Capaian 2018"],
    [1, "Indeks Gini", 0.36, 0.35, 102.78],
    [2, "PMKS rehabilitasi", 82, 91.35, 111.4],
    [3, "PSKS aktif", 98, 100, 102.04],
  ]);
  g.set(2, 5, { value: 102.78, formula: 'IKU.CAPAIAN(D2,C2,"negatif")' });
  g.set(3, 5, { value: 111.4, formula: "IKU.CAPAIAN(D3,C3)" });
  g.set(4, 5, { value: 102.04, formula: "IKU.CAPAIAN(D4,C4,F4)" }); // polarity from a cell: no plain formula
  g.set(4, 6, { value: 100, formula: "D4/C4*100" }); // not an IKU formula: left alone
  return g;
}

describe("rencanaSiapKirim", () => {
  it("turns IKU.* formulas into plain Excel formulas, and into values where none says the same", () => {
    const plan = rencanaSiapKirim([grid()], "rumus");
    expect([plan.total, plan.rumus, plan.nilai]).toEqual([3, 2, 1]);
    const byCell = Object.fromEntries(plan.requests.map((r) => [r.cell, r.fix]));
    expect(byCell.E2.formula).toMatch(/^=.*\(2\*C2-D2\)\/C2\*100/);
    expect(byCell.E3.formula).toMatch(/D3\/C3\*100/);
    expect(byCell.E4).toEqual({ value: 102.04 });
    expect(byCell.F4).toBeUndefined();
  });

  it("uses the current values when asked", () => {
    const plan = rencanaSiapKirim([grid()], "nilai");
    expect(plan.requests.map((r) => r.fix)).toEqual([{ value: 102.78 }, { value: 111.4 }, { value: 102.04 }]);
  });
});
