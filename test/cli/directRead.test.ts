// The direct reader (src/cli/directRead.ts) against the exceljs path on tricky inputs: the same
// grids, cell by cell, and whether it read the package itself or left it to exceljs.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { WorkbookData, readWorkbook } from "../../src/cli/readWorkbook";
import { preparePackage } from "../../src/cli/xlsxPackage";
import { readDirect } from "../../src/cli/directRead";
import { Grid } from "../../src/core/grid";
import { MAIN, Spec, buildPackage, col, worksheet } from "./oddPackages";

const DECL_FOR_TESTS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-direct-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A grid as plain data: every cell with what the engine reads, and the merged areas. */
function dump(g: Grid): unknown {
  const cells: unknown[] = [];
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= g.colCount; c++) {
      const cell = g.cell(r, c);
      if (cell) cells.push([r, c, cell]);
    }
  return { name: g.name, hidden: g.hidden, rows: g.rowCount, cols: g.colCount, cells, merges: g.merges };
}

let n = 0;
/** Reads the package both ways; says whether the direct reader read it. */
async function both(spec: Spec): Promise<{ direct: boolean; grids: Grid[] }> {
  const bytes = await buildPackage(spec);
  const file = path.join(dir, `t${n++}.xlsx`);
  fs.writeFileSync(file, bytes);
  const prepared = await preparePackage(bytes, { keep: true });
  const direct = !!prepared.direct && (await readDirect(prepared.direct)) !== undefined;
  const read = (opts: { direct?: boolean }): Promise<WorkbookData | string> =>
    readWorkbook(file, opts).catch((e: Error) => e.message);
  const viaExceljs = await read({ direct: false });
  const viaDefault = await read({});
  if (typeof viaExceljs === "string" || typeof viaDefault === "string") {
    // a package exceljs cannot read: the same message, and the direct reader did not read it
    expect(viaDefault).toEqual(viaExceljs);
    expect(direct).toBe(false);
    return { direct, grids: [] };
  }
  expect(viaDefault.sheets.map(dump)).toEqual(viaExceljs.sheets.map(dump));
  expect(viaDefault.hiddenSheets).toEqual(viaExceljs.hiddenSheets);
  expect(viaDefault.externalLinks).toEqual(viaExceljs.externalLinks);
  return { direct, grids: viaDefault.sheets };
}

/** Styles: 1 bold, 2 filled, 3 a date (numFmtId 14), 4 a custom date format, 5 "0.00". */
const STYLES = `${DECL_FOR_TESTS}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="6"><xf/><xf fontId="1" applyFont="1"/><xf fillId="2" applyFill="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" fontId="1" fillId="2"/></cellXfs></styleSheet>`;

const row = (r: number, cells: string, attrs = ""): string => `<row r="${r}"${attrs}>${cells}</row>`;

describe("the direct reader gives the grids exceljs gives", () => {
  test("shared formulas, their results (0, text, booleans, errors) and formulas kept with '='", async () => {
    const sheet = worksheet(
      row(
        1,
        '<c r="A1"><v>2</v></c><c r="B1"><v>3</v></c><c r="C1"><f t="shared" ref="C1:C4" si="0">A1*B1</f><v>6</v></c>',
      ) +
        row(2, '<c r="A2"><v>0</v></c><c r="B2"><v>5</v></c><c r="C2"><f t="shared" si="0"/><v>0</v></c>') +
        row(3, '<c r="A3"><v>1</v></c><c r="C3" t="str"><f t="shared" si="0"/><v>a &amp;lt; b</v></c>') +
        row(
          4,
          '<c r="C4" t="b"><f t="shared" si="0"/><v>1</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        ) +
        row(
          5,
          '<c r="A5"><f>=SUM(A1:A3)</f><v>3</v></c><c r="B5"><f>B1&amp;"x"</f></c><c r="C5" t="b"><f>FALSE()</f><v>0</v></c>',
        ) +
        row(
          6,
          '<c r="A6"><f t="shared" ref="A6:B6" si="1">$A$1+A1</f><v>4</v></c><c r="B6"><f t="shared" si="1"/><v>5</v></c>',
        ),
    );
    const { direct, grids } = await both({ sheet, styles: STYLES });
    expect(direct).toBe(true);
    expect(grids[0].formula(3, 3)).toBe("A3*B3");
    expect(grids[0].formula(6, 2)).toBe("$A$1+B1");
    expect(grids[0].formula(5, 1)).toBe("SUM(A1:A3)");
  });

  test("inline strings, entities, line ends, character references", async () => {
    const sheet = worksheet(
      row(
        1,
        '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t></is></c><c r="B1" t="inlineStr"><is><t/></is></c><c r="C1" t="inlineStr"><is></is></c>',
      ) +
        row(
          2,
          '<c r="A2" t="inlineStr"><is><t>one\r\ntwo&#13;&#x41;&quot;&apos;&lt;&gt;</t></is></c><c r="B2" t="str"><v>x &amp;amp; y</v></c>',
        ) +
        row(3, '<c r="A3" t="inlineStr" s="1"><is>\n  <t>bold</t>\n</is></c>'),
    );
    const { direct } = await both({ sheet, styles: STYLES });
    expect(direct).toBe(true);
  });

  test("rich text and phonetic runs in shared strings, empty items, booleans and errors", async () => {
    const sst = `${DECL_FOR_TESTS}<sst xmlns="${MAIN}"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>Rasio </t></r><r><t>Capaian</t></r></si><si/><si><t/></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t>a_x000D_b</t></si></sst>`;
    const sheet = worksheet(
      row(1, [0, 1, 2, 3, 4, 5].map((i) => `<c r="${col(i + 1)}1" t="s"><v>${i}</v></c>`).join("")) +
        row(
          2,
          '<c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="s" s="1"><v>2</v></c>',
        ),
    );
    const { direct, grids } = await both({
      sheet,
      styles: STYLES,
      parts: { "xl/sharedStrings.xml": sst, "xl/_rels/workbook.xml.rels": relsWithStrings() },
    });
    expect(direct).toBe(true);
    expect(grids[0].value(1, 2)).toBe("Rasio Capaian");
  });

  test.each([false, true])("dates, 1904 system %s", async (date1904) => {
    const sheet = worksheet(
      row(
        1,
        '<c r="A1" s="3"><v>45291</v></c><c r="B1" s="4"><v>1.5</v></c><c r="C1" s="3"><f>A1+1</f><v>45292</v></c><c r="D1" s="5"><v>0.125</v></c>',
      ) + row(2, '<c r="A2" s="3"><v>59</v></c><c r="B2" s="3"><v>61</v></c><c r="C2" s="3"><v>0</v></c>'),
    );
    const { direct } = await both({ sheet, styles: STYLES, date1904 });
    expect(direct).toBe(true);
  });

  test("merged areas (values in covered cells, a first cell not written), bold and fills", async () => {
    const sheet = worksheet(
      row(
        1,
        '<c r="A1" s="1" t="inlineStr"><is><t>Target</t></is></c><c r="B1"><v>9</v></c><c r="C1" s="2"/>',
      ) + row(2, '<c r="B2" s="2"><v>1</v></c><c r="C2" s="0"><v>2</v></c><c r="D2" s="99"><v>3</v></c>'),
      "",
      '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="E1:F3"/><mergeCell ref="B3:C3"/></mergeCells>',
    );
    const { direct, grids } = await both({ sheet, styles: STYLES });
    expect(direct).toBe(true);
    expect(grids[0].merges.length).toBe(3);
  });

  test("empty rows, styled empty cells, a very wide sheet", async () => {
    const wide = [1, 2, 26, 27, 702, 703, 16_384].map((c, i) => `<c r="${col(c)}4"><v>${i}</v></c>`).join("");
    const sheet = worksheet(
      row(1, '<c r="A1"><v>1</v></c>') +
        '<row r="2"/><row r="3" s="1" customFormat="1"></row>' +
        row(4, wide) +
        row(5, '<c r="A5" s="1"/><c r="B5" s="2"></c><c r="C5"/>'),
    );
    const { direct, grids } = await both({ sheet, styles: STYLES });
    expect(direct).toBe(true);
    expect(grids[0].value(4, 16_384)).toBe(6);
  });

  test("rows and cells without r are left to exceljs (after the package is prepared), same grids", async () => {
    const noRowR = worksheet('<row><c r="A1"><v>1</v></c></row><row><c r="A2"><v>2</v></c></row>');
    expect((await both({ sheet: noRowR })).direct).toBe(false);
    const noCellR = worksheet('<row r="1"><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c></row>');
    expect((await both({ sheet: noCellR })).direct).toBe(false);
  });

  test("what it does not read goes to exceljs, with the same grids", async () => {
    const odd = [
      // a comment in sheetData
      worksheet(`${row(1, '<c r="A1"><v>1</v></c>')}<!-- x -->`),
      // an inline string with runs
      worksheet(row(1, '<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>')),
      // a shared formula whose first cell is missing
      worksheet(row(1, '<c r="A1"><f t="shared" si="7"/><v>1</v></c>')),
      // cells out of order
      worksheet(row(1, '<c r="B1"><v>1</v></c><c r="A1"><v>2</v></c>')),
      // an element the reader does not know in a cell
      worksheet(row(1, '<c r="A1"><v>1</v><extLst/></c>')),
      // a shared string that is not there
      worksheet(row(1, '<c r="A1" t="s"><v>5</v></c>')),
    ];
    for (const sheet of odd) expect((await both({ sheet, styles: STYLES, sst: ["x"] })).direct).toBe(false);
  });

  test("a hidden sheet", async () => {
    const { direct, grids } = await both({ state: "hidden" });
    expect(direct).toBe(true);
    expect(grids[0].hidden).toBe(true);
  });
});

function relsWithStrings(): string {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return `${DECL_FOR_TESTS}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}
