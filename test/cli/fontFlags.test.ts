// Font flags set off (<b val="0"/>, val="false", <u val="none"/>), which exceljs reads as on:
// packages built here, read by exceljs after our preparation (as it is and rebuilt) and by the
// pane's reader; a package without such flags reaches exceljs byte for byte as it was.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { dropOffFlags } from "../../src/cli/fontFlags";
import { preparePackage } from "../../src/cli/xlsxPackage";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { bacaXlsx } from "../../src/taskpane/berkas/bacaXlsx";
import { MAIN, Spec, buildPackage, worksheet } from "./oddPackages";

const font = (flags: string): string => `<font>${flags}<sz val="11"/><name val="Calibri"/></font>`;
/** Fonts 0-7; the cell in column n+1 has style n, whose font is font n. */
const FONTS = [
  "",
  '<b val="false"/><i val="0"/><strike val="0"/><u val="none"/>',
  "<b/><i/><strike/><u/>",
  '<b val="true"/><i val="1"/>',
  "<b val='0' /><i val=\" false \"></i>",
  '<b val="1"/><u val="double"/>',
  '<charset val="0"/><family val="0"/>',
  '<b val="0"></b><outline val="0"/><shadow val="false"/>',
];
const ON = [false, false, true, true, false, true, false, false];
const ITALIC = [false, false, true, true, false, false, false, false];
/** Date style 8 (font 1) holds a formula with a text result: DatedResults copies it. */
const styles = (fonts: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><fonts count="${fonts.length}">${fonts.map(font).join("")}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="${fonts.length + 1}">${fonts.map((_, i) => `<xf fontId="${i}" applyFont="1"/>`).join("")}<xf numFmtId="14" fontId="1" applyFont="1" applyNumberFormat="1"/></cellXfs></styleSheet>`;
const cells = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<c r="${"ABCDEFGHIJ"[i]}1" s="${i}" t="s"><v>0</v></c>`).join("");
const SHEET = worksheet(`<row r="1">${cells(FONTS.length)}</row>`);
const DATED = worksheet(
  `<row r="1">${cells(FONTS.length)}<c r="J1" s="${FONTS.length}" t="str"><f>"x"</f><v>x</v></c></row>`,
);
const sst = (items: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${items.join("")}</sst>`;
const RUNS = [
  "<si><t>Indikator</t></si>",
  '<si><r><rPr><b val="false"/><sz val="11"/></rPr><t>off</t></r><r><rPr><b/></rPr><t>on</t></r><r><rPr><b val="0"/><i val="0"/></rPr><t>&lt;b val="0"/&gt;</t></r></si>',
];
const spec = (extra: Partial<Spec> = {}): Spec => ({
  sheet: SHEET,
  sst: [],
  styles: styles(FONTS),
  parts: { "xl/sharedStrings.xml": sst(RUNS) },
  ...extra,
});
const WAYS: Array<[string, Partial<Spec>]> = [
  ["as it is", {}],
  // a zip name with Windows separators: the package is rebuilt in exceljs's layout
  ["rebuilt", { names: { "xl/styles.xml": "xl\\styles.xml" } }],
];

async function exceljs(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-flags-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("dropOffFlags", () => {
  it("drops off flags only, in any spelling, and nothing in comments, CDATA or instructions", () => {
    const xml =
      '<?pi <b val="0"/>?><font><!-- <b val="0"/> --><b val = \'false\' /><border/><bx val="0"/>' +
      '<b val="0"></b><u val="none"/><u val="single"/><sz val="0"/><t><![CDATA[<i val="0"/>]]></t></font>';
    expect(dropOffFlags(xml)).toEqual({
      xml: '<?pi <b val="0"/>?><font><!-- <b val="0"/> --><border/><bx val="0"/><u val="single"/><sz val="0"/><t><![CDATA[<i val="0"/>]]></t></font>',
      dropped: 3,
    });
    expect(dropOffFlags('<font><b/><b val="1"/><i val="true"/><family val="0"/></font>')).toBeUndefined();
  });
});

describe("font flags set off read as off (exceljs reads them as on)", () => {
  it("exceljs alone reads them as on: the cause", async () => {
    const ws = await exceljs(await buildPackage(spec()));
    expect(ws.getCell("B1").font.bold).toBe(true);
    expect(ws.getCell("B1").font.underline).toBe("none");
  });

  it.each(WAYS)("styles and shared strings, %s", async (way, extra) => {
    const input = await buildPackage(spec(extra));
    const prepared = await preparePackage(input);
    expect(prepared.rebuilt).toBe(way === "rebuilt");
    expect(prepared.changes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/styles\.xml: 9 font flags set off dropped$/),
        expect.stringMatching(/sharedStrings\.xml: 3 font flags set off dropped$/),
      ]),
    );
    const ws = await exceljs(prepared.bytes);
    FONTS.forEach((_, i) => {
      const f = ws.getCell(1, i + 1).font ?? {}; // style 0: exceljs gives no font
      expect([i, !!f.bold]).toEqual([i, ON[i]]);
      expect([i, !!f.italic]).toEqual([i, ITALIC[i]]);
    });
    expect(ws.getCell("B1").font.strike).toBeFalsy();
    expect(ws.getCell("B1").font.underline).toBeUndefined();
    expect(ws.getCell("C1").font.underline).toBe(true);
    expect(ws.getCell("F1").font.underline).toBe("double");
    expect(ws.getCell("H1").font.outline).toBeFalsy();
    // the command's reader: bold in the grid as the table detection sees it
    const file = path.join(dir, `${way}.xlsx`);
    fs.writeFileSync(file, input);
    const g = (await readWorkbook(file)).sheets[0];
    expect(FONTS.map((_, i) => !!g.cell(1, i + 1)?.bold)).toEqual(ON);
  });

  it("rich-text runs of shared strings", async () => {
    const bytes = await buildPackage(
      spec({ sheet: worksheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>') }),
    );
    const v = (await exceljs((await preparePackage(bytes)).bytes)).getCell("A1")
      .value as ExcelJS.CellRichTextValue;
    expect(v.richText.map((r) => [r.text, !!r.font?.bold, !!r.font?.italic])).toEqual([
      ["off", false, false],
      ["on", true, false],
      ['<b val="0"/>', false, false],
    ]);
  });

  it.each(WAYS)("together with General copies of date styles, %s", async (_, extra) => {
    const prepared = await preparePackage(await buildPackage(spec({ ...extra, sheet: DATED })));
    expect(prepared.changes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/styles\.xml: General copies of date styles$/),
        expect.stringMatching(/styles\.xml: 9 font flags set off dropped$/),
      ]),
    );
    const c = (await exceljs(prepared.bytes)).getCell("J1");
    expect([c.value, c.numFmt ?? "General", !!c.font.bold]).toEqual([
      { formula: '"x"', result: "x" },
      "General",
      false,
    ]);
  });

  it("in the pane's reader", async () => {
    const grids = await bacaXlsx(await buildPackage(spec()), "flags.xlsx");
    expect(FONTS.map((_, i) => !!grids[0].cell(1, i + 1)?.bold)).toEqual(ON);
  });
});

describe("a package without font flags set off", () => {
  const plain = FONTS.filter((_, i) => ON[i] || i === 0 || i === 6);
  it.each([
    [
      "with flags on, runs and zero values",
      spec({
        styles: styles(plain),
        parts: {
          "xl/sharedStrings.xml": sst([RUNS[0], '<si><r><rPr><b/><family val="0"/></rPr><t>a</t></r></si>']),
        },
      }),
    ],
    ["plain strings", spec({ styles: styles(plain), parts: { "xl/sharedStrings.xml": sst([RUNS[0]]) } })],
  ])("reaches exceljs byte for byte: %s", async (_, s) => {
    const input = await buildPackage(s);
    const prepared = await preparePackage(input);
    expect(prepared.changes).toEqual([]);
    expect(prepared.bytes).toBe(input);
  });
});
