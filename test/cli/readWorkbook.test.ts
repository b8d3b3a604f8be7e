import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/cli/readWorkbook";

let file: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tabel 2.3.2");
  ws.getCell("A1").value = { richText: [{ text: "Rasio ", font: { bold: true } }, { text: "Capaian" }] };
  ws.getCell("B1").value = { text: "Renstra", hyperlink: "https://example.org/renstra" };
  ws.getCell("C1").value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell("D1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("A2").value = 21014747235;
  ws.getCell("A2").numFmt = "#,##0";
  ws.getCell("B2").value = 21434854461;
  ws.getCell("C2").value = { formula: "A2/B2*100", result: 98.04 };
  ws.getCell("A3").value = 100;
  ws.getCell("B3").value = 200;
  ws.getCell("C3").value = { sharedFormula: "C2", result: 50 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("A4").value = "Target Kinerja";
  ws.getCell("A4").font = { bold: true };
  ws.getCell("A4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.mergeCells("A4:C4");
  const hidden = wb.addWorksheet("Arsip");
  hidden.state = "hidden";
  hidden.getCell("A1").value = 1;
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cermat-read-")), "t.xlsx");
  await wb.xlsx.writeFile(file);
});

describe("readWorkbook", () => {
  it("reads values, rich text, hyperlinks, dates and errors", async () => {
    const { sheets } = await readWorkbook(file);
    const g = sheets[0];
    expect(g.value(1, 1)).toBe("Rasio Capaian");
    expect(g.value(1, 2)).toBe("Renstra");
    expect(g.value(1, 3)).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(g.value(1, 4)).toEqual({ error: "#REF!" });
    expect(g.cell(2, 1)?.numFmt).toBe("#,##0");
  });

  it("keeps formula text with the cached result, shared formulas expanded", async () => {
    const g = (await readWorkbook(file)).sheets[0];
    expect(g.cell(2, 3)).toMatchObject({ value: 98.04, formula: "A2/B2*100" });
    expect(g.cell(3, 3)).toMatchObject({ value: 50, formula: "A3/B3*100" });
  });

  it("keeps a merged value in the top-left cell only, with bold and fill", async () => {
    const g = (await readWorkbook(file)).sheets[0];
    expect(g.mergeAt(4, 3)).toEqual({ r1: 4, c1: 1, r2: 4, c2: 3 });
    expect(g.value(4, 2)).toBeNull();
    expect(g.displayValue(4, 2)).toBe("Target Kinerja");
    expect(g.cell(4, 1)).toMatchObject({ bold: true, filled: true });
  });

  it("reads every sheet and notes the hidden ones", async () => {
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Tabel 2.3.2", "Arsip"]);
    expect(wb.hiddenSheets).toEqual(["Arsip"]);
  });
});
