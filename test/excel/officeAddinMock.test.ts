// The host layer against office-addin-mock, Microsoft's mock of the Office.js proxy objects:
// properties must be loaded and synced before they are read, as in Excel.
// office-addin-mock reads only the OfficeApp names from office-addin-manifest, whose own
// dependencies are ES modules jest's CommonJS runtime cannot load; give it those names.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { OfficeMockObject } from "office-addin-mock";
import { readGrids } from "../../src/excel/readGrids";
import { selectCell } from "../../src/excel/navigate";

function mockContext() {
  const calls: string[] = [];
  const range = {
    address: "'Tabel 7.3'!A1:C2",
    isNullObject: false,
    rowIndex: 0,
    columnIndex: 0,
    rowCount: 2,
    columnCount: 3,
    values: [
      ["No", "Indikator", "Target 2022"],
      [1, "Persentase Penurunan PMKS", 1.45],
    ],
    formulas: [
      ["No", "Indikator", "Target 2022"],
      [1, "Persentase Penurunan PMKS", "=1.4+0.05"],
    ],
    numberFormat: [
      ["General", "General", "General"],
      ["General", "General", "0.00"],
    ],
    select: () => calls.push("select"),
  };
  // functions return members of the mock (this.x) so that what they return is mocked too
  const sheet = {
    name: "Tabel 7.3",
    visibility: "Visible",
    range,
    getUsedRangeOrNullObject(this: { range: unknown }) {
      return this.range;
    },
    getRange(this: { range: unknown }) {
      return this.range;
    },
    activate: () => calls.push("activate"),
  };
  const data = {
    workbook: {
      worksheets: {
        sheet,
        getActiveWorksheet(this: { sheet: unknown }) {
          return this.sheet;
        },
        getItem(this: { sheet: unknown }) {
          return this.sheet;
        },
      },
    },
  };
  return { context: new OfficeMockObject(data) as unknown as Excel.RequestContext, calls };
}

describe("with office-addin-mock", () => {
  it("reads the active sheet into a grid", async () => {
    const { context } = mockContext();
    const { grids } = await readGrids(context, {
      scope: "active",
      capabilities: { conditionalFormats: true, mergedAreas: false, notes: false },
    });
    expect(grids[0].name).toBe("Tabel 7.3");
    expect(grids[0].value(2, 2)).toBe("Persentase Penurunan PMKS");
    expect(grids[0].cell(2, 3)).toEqual({ value: 1.45, formula: "1.4+0.05", numFmt: "0.00" });
  });

  it("activates the sheet and selects the cell", async () => {
    const { context, calls } = mockContext();
    await selectCell(context, "Tabel 7.3", "C2");
    expect(calls).toEqual(["activate", "select"]);
  });
});
