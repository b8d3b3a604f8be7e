// The two readings issue 15 left as found, each in a package built here: shared strings around
// an empty item (PhpSpreadsheet's issue.4063.xlsx) and date-formatted formula cells whose result
// is text, TRUE/FALSE or an error (calamine's pivots.xlsx). Each is read in the three ways the
// preparation hands a package to exceljs: as it is, rebuilt, and rebuilt with flattened strings.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { preparePackage } from "../../src/cli/xlsxPackage";
import { MAIN, STYLES, Spec, buildPackage, rowsXml, worksheet } from "./oddPackages";

let dir: string;
let n = 0;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-read-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(spec: Spec) {
  const file = path.join(dir, `f${n++}.xlsx`);
  fs.writeFileSync(file, await buildPackage(spec));
  return (await readWorkbook(file)).sheets[0];
}

const SHEET = "xl/worksheets/sheet1.xml";
/** How the package reaches exceljs: as it is, rebuilt (a zip name with Windows separators). */
const WAYS: Array<[string, Partial<Spec>]> = [
  ["as it is", {}],
  ["rebuilt", { names: { [SHEET]: SHEET.replace(/\//g, "\\") } }],
];

describe("shared strings: every item keeps its index (PhpSpreadsheet issue 4063)", () => {
  // as issue.4063.xlsx: a preserved space, a run with val="false" properties, an empty <si/>,
  // a non-breaking space and a space without xml:space, then ordinary text
  const items = [
    '<si><t xml:space="preserve"> </t></si>',
    '<si><r><rPr><b val="true"/><i val="false"/></rPr><t xml:space="preserve">Note</t></r></si>',
    "<si/>",
    "<si><t>&#160;</t></si>",
    "<si><t> </t></si>",
    "<si><t>38871</t></si>",
    '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="0"/></si>',
  ];
  const sheet = worksheet(
    '<row r="1">' + items.map((_, i) => `<c r="${"ABCDEFG"[i]}1" t="s"><v>${i}</v></c>`).join("") + "</row>",
  );
  const sst = (extra = ""): string =>
    `<?xml version="1.0"?><sst xmlns="${MAIN}" uniqueCount="${items.length}">${items.join("")}${extra}</sst>`;
  const ways: Array<[string, Partial<Spec>, string]> = [
    ...WAYS.map(([w, s]): [string, Partial<Spec>, string] => [w, s, ""]),
    // plain text before runs: the rebuilt package's strings are flattened (flattenStrings)
    ["flattened", WAYS[1][1], "<si><t>a</t><r><t>b</t></r></si>"],
  ];

  it.each(ways)("%s", async (_, way, extra) => {
    const g = await read({ ...way, sheet, sst: [], parts: { "xl/sharedStrings.xml": sst(extra) } });
    const row = [1, 2, 3, 4, 5, 6, 7].map((c) => g.value(1, c));
    // the empty item is blank and the items after it are not shifted onto their neighbours
    // (SheetJS drops <si/> and reads "38871" at the non-breaking space's place)
    expect(row).toEqual([" ", "Note", null, "\u00a0", " ", "38871", "漢字"]);
  });
});

describe("a date-formatted formula whose result is no number is read as Excel shows it", () => {
  // cellXfs 3: a built-in date; 4: a custom date format, bold; 5: a number format with a quoted "d"
  const styles = STYLES.replace(
    "<fonts",
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd mmmm yyyy"/><numFmt numFmtId="165" formatCode="0 &quot;hari&quot;"/></numFmts><fonts',
  )
    .replace('<cellXfs count="3">', '<cellXfs count="6">')
    .replace(
      "</cellXfs>",
      '<xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="165"/></cellXfs>',
    );
  const cells =
    '<row r="2"><c r="A2" s="3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B2" s="3" t="str"><f>"2024"</f><v>2024</v></c>' +
    '<c r="C2" s="4" t="str"><f>"Tahun "&amp;2024</f><v>Tahun 2024</v></c><c r="D2" s="3" t="b"><f>TRUE()</f><v>1</v></c>' +
    '<c r="E2" s="4"><f>DATE(2021,1,1)</f><v>44197</v></c><c r="F2" s="3" t="e"><v>#N/A</v></c>' +
    '<c r="G2" s="5" t="str"><f>"x"</f><v>x</v></c></row>' +
    '<row r="3"><c r="A3" s="3" t="e"><f t="shared" ref="A3:B3" si="0">1/0</f><v>#DIV/0!</v></c>' +
    '<c r="B3" s="3" t="e"><f t="shared" si="0"/><v>#DIV/0!</v></c><c r="C3" s="3"><v>44197</v></c></row>';
  const sheet = worksheet(rowsXml([["Tanggal"]]) + cells);

  it.each(WAYS)("%s", async (_, way) => {
    const g = await read({ ...way, styles, sheet });
    expect(g.value(2, 1)).toEqual({ error: "#DIV/0!" });
    expect(g.value(2, 2)).toBe("2024");
    expect(g.value(2, 3)).toBe("Tahun 2024");
    expect(g.value(2, 4)).toBe(true);
    expect(g.value(2, 6)).toEqual({ error: "#N/A" });
    expect(g.value(2, 7)).toBe("x");
    expect(g.value(3, 1)).toEqual({ error: "#DIV/0!" });
    expect(g.value(3, 2)).toEqual({ error: "#DIV/0!" });
    expect(g.formula(3, 2)).toBe("1/0");
    // numbers stay dates, with their format
    expect((g.value(2, 5) as Date).toISOString()).toBe("2021-01-01T00:00:00.000Z");
    expect(g.cell(2, 5)).toMatchObject({ numFmt: "dd mmmm yyyy", bold: true });
    expect((g.value(3, 3) as Date).toISOString()).toBe("2021-01-01T00:00:00.000Z");
    // the text result keeps its formula and its font (a copy of its style, General format)
    expect(g.cell(2, 3)).toMatchObject({ formula: '"Tahun "&2024', bold: true });
  });

  it("changes only the cells and styles it has to", async () => {
    const p = await preparePackage(await buildPackage({ styles, sheet }));
    expect(p.changes).toEqual([
      `${SHEET}: date-formatted formulas with a text, boolean or error result: 6`,
      "xl/styles.xml: General copies of date styles",
    ]);
    // an ordinary sheet with dates and text formulas is handed over untouched
    const plain = worksheet(
      rowsXml([["Tanggal"]]) +
        '<row r="2"><c r="A2" s="3"><v>44197</v></c><c r="B2" t="str"><f>"a"</f><v>a</v></c></row>',
    );
    const bytes = await buildPackage({ styles, sheet: plain });
    const q = await preparePackage(bytes);
    expect(q.changes).toEqual([]);
    expect(q.bytes).toBe(bytes);
  });
});
