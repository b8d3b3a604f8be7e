import { applyFixes, undoFixes } from "../../src/excel/fixes";
import { selectCell } from "../../src/excel/navigate";
import { fakeExcel, roundTrips, snapshot } from "./fake";

const wb = () =>
  fakeExcel({
    sheets: [
      {
        name: "T 2.3.1",
        cells: {
          D2: 82,
          E2: 91.35,
          F2: { value: 111.4, formula: "E2/D2*100", numberFormat: "0.00" },
          F3: { value: 125, numberFormat: "0.00" },
          D3: 80,
          E3: 100,
          D4: { value: "11.653", numberFormat: "@" },
        },
      },
    ],
  });

describe("Perbaiki and Batalkan perbaikan", () => {
  it("applies a formula and a text-to-number fix in two round trips and undoes them exactly in one", async () => {
    const w = wb();
    const before = snapshot(w);
    const { result: undo, syncs } = await roundTrips(w, (ctx) =>
      applyFixes(ctx, [
        { sheet: "T 2.3.1", cell: "F3", fix: { formula: "=E3/D3*100" } },
        { sheet: "T 2.3.1", cell: "D4", fix: { value: 11653 } },
      ]),
    );
    expect(syncs).toBe(2);
    const s = w.sheets[0] as unknown as {
      cells: Map<string, { value: unknown; formula?: string; numberFormat: string }>;
    };
    expect(s.cells.get("3,6")).toMatchObject({ formula: "E3/D3*100", numberFormat: "0.00" });
    expect(s.cells.get("4,4")).toMatchObject({ value: 11653, numberFormat: "General" });
    const u = await roundTrips(w, (ctx) => undoFixes(ctx, undo));
    expect(u.syncs).toBe(1);
    expect(snapshot(w)).toBe(before);
  });

  it("undoing a pasted spill clears the cells the formula spilled into, so it can spill again", async () => {
    const w = fakeExcel({
      sheets: [{ name: "S", cells: { C2: { value: 111.4, formula: "IKU.CAPAIAN(B2:B3,A2:A3)" }, C3: 102 } }],
    });
    const undo = await Excel.run((ctx) =>
      applyFixes(ctx, [
        { sheet: "S", cell: "C2", fix: { value: 111.4 } },
        { sheet: "S", cell: "C3", fix: { value: 102 }, tumpahan: true },
      ]),
    );
    expect(undo.map((u) => [u.cell, u.formula])).toEqual([
      ["C2", "=IKU.CAPAIAN(B2:B3,A2:A3)"],
      ["C3", ""],
    ]);
    await Excel.run((ctx) => undoFixes(ctx, undo));
    const s = w.sheets[0] as unknown as { cells: Map<string, { value: unknown; formula?: string }> };
    expect(s.cells.get("2,3")).toMatchObject({ formula: "IKU.CAPAIAN(B2:B3,A2:A3)" });
    expect(s.cells.get("3,3")?.value ?? "").toBe(""); // empty: "" written through formulas
    expect(s.cells.get("3,3")?.formula).toBeUndefined();
  });

  it("changes the number format of the fixed cell only, not of cells formatted like it", async () => {
    const w = fakeExcel({
      sheets: [
        {
          name: "T 2.3.1",
          cells: { D4: { value: "11.653", numberFormat: "@" }, D5: { value: "9.120", numberFormat: "@" } },
        },
      ],
    });
    await Excel.run((ctx) => applyFixes(ctx, [{ sheet: "T 2.3.1", cell: "D4", fix: { value: 11653 } }]));
    const s = w.sheets[0] as unknown as { cells: Map<string, { value: unknown; numberFormat: string }> };
    expect(s.cells.get("4,4")).toMatchObject({ value: 11653, numberFormat: "General" });
    expect(s.cells.get("5,4")).toMatchObject({ value: "9.120", numberFormat: "@" });
  });

  it("refuses a protected sheet before writing anything", async () => {
    const w = wb();
    w.sheets[0].protected = true;
    const before = snapshot(w);
    await expect(
      Excel.run((ctx) => applyFixes(ctx, [{ sheet: "T 2.3.1", cell: "F3", fix: { value: 1 } }])),
    ).rejects.toMatchObject({
      kind: "protected",
    });
    expect(snapshot(w)).toBe(before);
  });

  it("asks to leave cell editing first", async () => {
    const w = wb();
    w.editMode = true;
    await expect(
      Excel.run((ctx) => applyFixes(ctx, [{ sheet: "T 2.3.1", cell: "F3", fix: { value: 1 } }])),
    ).rejects.toMatchObject({
      kind: "edit-mode",
    });
  });
});

describe("selecting a finding's cell", () => {
  it("activates its sheet and selects the cell in one round trip", async () => {
    const w = fakeExcel({
      sheets: [
        { name: "A", cells: { A1: 1 } },
        { name: "T 2.3.1", cells: { F3: 1 } },
      ],
    });
    const { syncs } = await roundTrips(w, (ctx) => selectCell(ctx, "T 2.3.1", "F3"));
    expect(syncs).toBe(1);
    expect(w.active).toBe(1);
    expect(w.selection).toEqual({ sheet: "T 2.3.1", address: "F3" });
  });
});
