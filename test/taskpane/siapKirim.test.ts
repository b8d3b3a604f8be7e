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

  it("reads the input cells: text numbers and marks get a formula, a word in a cell gets the value and says why", () => {
    const g = gridFromRows("Data", [
      ["Target", "Realisasi", "Capaian"],
      ["82", "91,35", 111.4],
      [82, "-", null],
      [82, "belum", null],
    ]);
    g.set(2, 3, { value: 111.4, formula: "IKU.CAPAIAN(B2,A2)" });
    g.set(3, 3, { value: null, formula: "IKU.CAPAIAN(B3,A3)" }); // #N/A in Excel, read as text
    g.set(4, 3, { value: "#VALUE!", formula: "IKU.CAPAIAN(B4,A4)" });
    g.set(5, 3, { value: 90, formula: "IKU.CAPAIAN(T!B2,82)" }); // a sheet that was not read
    const plan = rencanaSiapKirim([g], "rumus");
    expect([plan.total, plan.rumus, plan.nilai]).toEqual([4, 2, 2]);
    const byCell = Object.fromEntries(plan.requests.map((r) => [r.cell, r.fix]));
    expect(byCell.C2.formula).toContain('NUMBERVALUE(SUBSTITUTE(B2,"%",""),",",".")');
    expect(byCell.C3.formula).toContain('IF(B3="-",#N/A,');
    expect(byCell.C4).toEqual({ value: "#VALUE!" });
    expect(plan.ditempel.map((d) => [d.cell, d.alasan.en])).toEqual([
      ["C4", 'IKU.CAPAIAN: B4 holds "belum", which a plain formula does not read as the add-in does.'],
      [
        "C5",
        "IKU.CAPAIAN: what T!B2 holds cannot be read here (another workbook or sheet), so no plain formula can be shown to give the same value.",
      ],
    ]);
    expect(plan.ditempel[0]?.alasan.id).toBe(
      'IKU.CAPAIAN: B4 berisi "belum"; rumus biasa tidak membacanya seperti add-in.',
    );
  });

  it("a spilling formula that gets its value keeps every value it shows; undo clears the spilled cells", () => {
    const g = gridFromRows("Data", [
      ["Target", "Realisasi", "Capaian"],
      [82, 91.35, 111.4],
      [98, "belum", "#VALUE!"],
      [100, 50, 50],
    ]);
    g.set(2, 3, { value: 111.4, formula: "IKU.CAPAIAN(B2:B4,A2:A4)" }); // spills over C2:C4
    const plan = rencanaSiapKirim([g], "rumus");
    expect([plan.total, plan.rumus, plan.nilai]).toEqual([1, 0, 1]);
    expect(plan.requests).toEqual([
      { sheet: "Data", cell: "C2", fix: { value: 111.4 } },
      { sheet: "Data", cell: "C3", fix: { value: "#VALUE!" }, tumpahan: true },
      { sheet: "Data", cell: "C4", fix: { value: 50 }, tumpahan: true },
    ]);
    expect(plan.ditempel.map((d) => d.cell)).toEqual(["C2"]);
  });

  it("uses the current values when asked", () => {
    const plan = rencanaSiapKirim([grid()], "nilai");
    expect(plan.requests.map((r) => r.fix)).toEqual([{ value: 102.78 }, { value: 111.4 }, { value: 102.04 }]);
  });
});
