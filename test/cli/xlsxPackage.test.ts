// The reader reads what Excel reads and never expands a range cell by cell (issue 15). Fixtures
// are built part by part (oddPackages.ts). How fast these files are read is measured by
// `npm run bench` (bench/run.js, docs/kinerja.md), not here: here, that they are read, right.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { Grid } from "../../src/core/grid";
import { checkFile, main } from "../../src/cli/main";
import { InputError, readWorkbook } from "../../src/cli/readWorkbook";
import { RANGE_CELLS, isoSerial, preparePackage, refBox } from "../../src/cli/xlsxPackage";
import {
  MAIN,
  PKG_REL,
  REL,
  STYLES,
  TABLE,
  Spec,
  Value,
  buildPackage,
  col,
  rowsXml,
  worksheet,
} from "./oddPackages";

let dir: string;
let n = 0;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-odd-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function save(bytes: Buffer | Promise<Buffer>): Promise<string> {
  const file = path.join(dir, `f${n++}.xlsx`);
  fs.writeFileSync(file, await bytes);
  return file;
}

/** The grid's values by A1 address. */
function values(g: Grid): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const r of g.usedRows())
    for (let c = 1; c <= g.colCount; c++) {
      const v = g.value(r, c);
      if (v !== null) out[`${col(c)}${r}`] = v as Value;
    }
  return out;
}

const TABLE_VALUES = values(
  (() => {
    const g = new Grid({ name: "x" });
    TABLE.forEach((row, i) => row.forEach((v, j) => v !== null && g.set(i + 1, j + 1, { value: v })));
    return g;
  })(),
);

/** The sheet part exceljs is given, after preparation. */
async function preparedSheet(bytes: Buffer): Promise<{ xml: string; changes: string[] }> {
  const p = await preparePackage(bytes);
  const zip = await JSZip.loadAsync(p.bytes);
  const name = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
  return { xml: await zip.file(name)!.async("string"), changes: p.changes };
}

describe("bounded reading: ranges are never expanded cell by cell", () => {
  it("reads the exceljs issue 1842 workbook: one validation over A1:XFD1048576", async () => {
    // exceljs's own spec/integration/data/test-issue-1842.xlsx: an empty sheet and the validation
    const dv = `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>"Ya,Tidak"</formula1></dataValidation></dataValidations>`;
    const empty = await buildPackage({ sheet: worksheet("", "", dv) });
    const wb = await readWorkbook(await save(empty));
    expect(wb.sheets).toHaveLength(1);
    expect(wb.sheets[0].rowCount).toBe(0);
    const withTable = await buildPackage({ sheet: worksheet(rowsXml(TABLE), "", dv) });
    const p = await preparedSheet(withTable);
    expect(p.xml).not.toMatch(/dataValidation/);
    expect(p.changes.join("\n")).toMatch(/data validations over 17179869184 cells dropped/);
    expect(values((await readWorkbook(await save(withTable))).sheets[0])).toEqual(TABLE_VALUES);
  });

  it("reads dropdowns over whole columns (Satuan, Polaritas, Ya/Tidak)", async () => {
    const dv =
      `<dataValidations count="3"><dataValidation type="list" sqref="C1:C1048576"><formula1>"%,Orang,Unit"</formula1></dataValidation>` +
      `<dataValidation type="list" sqref="F:F H:H"><formula1>"positif,negatif"</formula1></dataValidation>` +
      `<dataValidation type="whole" operator="between" sqref="D2:E1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>`;
    const wb = await readWorkbook(await save(buildPackage({ sheet: worksheet(rowsXml(TABLE), "", dv) })));
    expect(values(wb.sheets[0])).toEqual(TABLE_VALUES);
  });

  it("keeps small validations as they are: an ordinary sheet is not rewritten", async () => {
    const dv = `<dataValidations count="1"><dataValidation type="list" sqref="C2:C3"><formula1>"%,Orang"</formula1></dataValidation></dataValidations>`;
    const bytes = await buildPackage({ sheet: worksheet(rowsXml(TABLE), "", dv) });
    const p = await preparePackage(bytes);
    expect(p.changes).toEqual([]);
    expect(p.bytes).toBe(bytes);
  });

  it("reads conditional formats over whole columns and the whole sheet", async () => {
    const cf =
      `<conditionalFormatting sqref="A:XFD"><cfRule type="cellIs" dxfId="0" priority="2" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>` +
      `<conditionalFormatting sqref="D1:E1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>D1&gt;100</formula></cfRule></conditionalFormatting>`;
    const wb = await readWorkbook(await save(buildPackage({ sheet: worksheet(rowsXml(TABLE), "", cf) })));
    expect(values(wb.sheets[0])).toEqual(TABLE_VALUES);
  });

  it("clips a merged area over whole columns to the cells that hold something", async () => {
    const merges = `<mergeCells count="2"><mergeCell ref="A5:XFD1048576"/><mergeCell ref="B1:B1"/><mergeCell ref="A4:E4"/></mergeCells>`;
    const bytes = await buildPackage({ sheet: worksheet(rowsXml(TABLE), "", merges) });
    const p = await preparedSheet(bytes);
    expect(p.changes.join("\n")).toMatch(/merged areas clipped to A1:E3/);
    const g = (await readWorkbook(await save(bytes))).sheets[0];
    expect(values(g)).toEqual(TABLE_VALUES);
    expect(g.merges).toEqual([]); // both merges lie below the last row that holds something
    expect(g.colCount).toBe(5);
  });

  it("clips a merge that starts inside the cells and runs to the sheet's edge", async () => {
    const merges = `<mergeCells count="1"><mergeCell ref="D1:XFD1"/><mergeCell ref="A2:A1048576"/></mergeCells>`;
    const g = (await readWorkbook(await save(buildPackage({ sheet: worksheet(rowsXml(TABLE), "", merges) }))))
      .sheets[0];
    expect(g.merges).toEqual([
      { r1: 1, c1: 4, r2: 1, c2: 5 },
      { r1: 2, c1: 1, r2: 3, c2: 1 },
    ]);
  });

  it("reads 16 384 columns: a style on every column and a value in every column", async () => {
    const wide: Value[] = Array.from({ length: 16_384 }, (_, i) => (i < 5 ? TABLE[0][i] : i + 1));
    const sheet = worksheet(
      rowsXml([wide, ...TABLE.slice(1)]),
      `<cols><col min="1" max="16384" width="12" style="1" customWidth="1"/></cols>`,
    );
    const g = (await readWorkbook(await save(buildPackage({ sheet })))).sheets[0];
    expect(g.colCount).toBe(16_384);
    expect(g.value(1, 16_384)).toBe(16_384);
    expect(g.value(3, 5)).toBe(1.47);
  });

  it("drops a million empty styled rows", async () => {
    const empty: string[] = [];
    for (let r = TABLE.length + 1; r <= 1_048_576; r++)
      empty.push(`<row r="${r}" s="2" customFormat="1" ht="15"/>`);
    const bytes = await buildPackage({ sheet: worksheet(rowsXml(TABLE) + empty.join("")) });
    const p = await preparePackage(bytes);
    expect(p.changes.join("\n")).toMatch(/1048573 empty rows dropped/);
    const g = (await readWorkbook(await save(bytes))).sheets[0];
    expect(g.rowCount).toBe(3);
    expect(values(g)).toEqual(TABLE_VALUES);
  }, 30_000);

  it("drops empty styled cells outside the cells that hold something, when there are many", async () => {
    const rows = [rowsXml(TABLE)];
    for (let r = 4; r <= 13; r++) {
      let cells = "";
      for (let c = 1; c <= 16_384; c++) cells += `<c r="${col(c)}${r}" s="2"/>`;
      rows.push(`<row r="${r}">${cells}</row>`);
    }
    // a filled empty cell inside the table stays
    const sheet = worksheet(rows.join("").replace('<c r="E1">', '<c r="F2" s="2"/><c r="E1">'));
    const g = (await readWorkbook(await save(buildPackage({ sheet })))).sheets[0];
    expect(values(g)).toEqual(TABLE_VALUES);
    expect(g.colCount).toBe(5);
    expect(g.rowCount).toBe(3);
  }, 30_000);

  it("reads a huge shared-strings table", async () => {
    const sst = Array.from({ length: 300_000 }, (_, i) => `catatan nomor ${i} ${"x".repeat(i % 40)}`);
    const sheet = worksheet(rowsXml(TABLE, { sst }));
    const wb = await readWorkbook(await save(buildPackage({ sheet, sst })));
    expect(values(wb.sheets[0])).toEqual(TABLE_VALUES);
  }, 30_000);

  it("reads the same table through the engine, whatever the ranges around it", async () => {
    const dv = `<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"Ya,Tidak"</formula1></dataValidation></dataValidations>`;
    const plain = await checkFile(await save(buildPackage()));
    const odd = await checkFile(await save(buildPackage({ sheet: worksheet(rowsXml(TABLE), "", dv) })));
    expect(odd.tables).toEqual(plain.tables);
    expect(plain.tables).toHaveLength(1);
  });
});

describe("refBox", () => {
  it.each([
    ["A1", { r1: 1, c1: 1, r2: 1, c2: 1 }],
    ["$B$2:C3", { r1: 2, c1: 2, r2: 3, c2: 3 }],
    ["A:XFD", { r1: 1, c1: 1, r2: 1_048_576, c2: 16_384 }],
    ["3:5", { r1: 3, c1: 1, r2: 5, c2: 16_384 }],
  ])("%s", (ref, box) => expect(refBox(ref)).toEqual(box));
  it("RANGE_CELLS stays far below a whole column", () => expect(RANGE_CELLS).toBeLessThan(1_048_576));
});

describe("valid packages other generators write are read like Excel reads them", () => {
  const odd: Array<[string, Spec | (() => Promise<Spec>)]> = [
    [
      "relationship parts with a namespace prefix (ns0:Relationships, as openpyxl-like writers do)",
      {
        parts: {
          "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><ns0:Relationships xmlns:ns0="${PKG_REL}"><ns0:Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></ns0:Relationships>`,
          "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><ns0:Relationships xmlns:ns0="${PKG_REL}"><ns0:Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><ns0:Relationship Id="rId2" Type="${REL}/styles" Target="/xl/styles.xml"/></ns0:Relationships>`,
        },
      },
    ],
    [
      "a workbook, sheet, shared strings and styles all with an x: prefix",
      () => {
        const sst: string[] = [];
        const data = rowsXml(TABLE, { sst, prefix: "x" });
        const x = (xml: string): string =>
          xml.replace(/<(\/?)(?!\?)/g, "<$1x:").replace(/xmlns=/, "xmlns:x=");
        return Promise.resolve({
          sst,
          styles: x(STYLES),
          parts: {
            "xl/workbook.xml": `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><x:sheets><x:sheet name="Tabel" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
            "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${data}</x:sheetData></x:worksheet>`,
            "xl/sharedStrings.xml": `<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sst.map((s) => `<x:si><x:t>${s}</x:t></x:si>`).join("")}</x:sst>`,
          },
        });
      },
    ],
    [
      "inline strings, rich and plain",
      {
        sheet: worksheet(
          rowsXml(TABLE).replace("<t>Satuan</t>", "<r><rPr><b/></rPr><t>Sat</t></r><r><t>uan</t></r>"),
        ),
      },
    ],
    ["rows and cells without references", { sheet: worksheet(rowsXml(TABLE, { refs: false })) }],
    [
      "a row without references whose cells have them, and cells that skip columns",
      {
        sheet: worksheet(
          rowsXml(TABLE.slice(0, 1)).replace('<row r="1">', "<row>") +
            rowsXml(TABLE.slice(1), { from: 2, refs: false }).replace(/<c>(<v>10<\/v>)/, '<c r="D2">$1'),
        ),
      },
    ],
    [
      "zip entries with Windows path separators",
      {
        names: {
          "xl/worksheets/sheet1.xml": "xl\\worksheets\\sheet1.xml",
          "xl/_rels/workbook.xml.rels": "xl\\_rels\\workbook.xml.rels",
          "xl/workbook.xml": "xl\\workbook.xml",
        },
      },
    ],
    [
      "zip entries with absolute paths",
      {
        names: {
          "xl/worksheets/sheet1.xml": "/xl/worksheets/sheet1.xml",
          "xl/workbook.xml": "/xl/workbook.xml",
        },
      },
    ],
    [
      "a workbook part in an unusual place, sheets not named sheetN.xml",
      {
        names: {
          "xl/workbook.xml": "Buku/Kerja.xml",
          "xl/_rels/workbook.xml.rels": "Buku/_rels/Kerja.xml.rels",
          "xl/worksheets/sheet1.xml": "Buku/lembar/Data Tabel.xml",
          "xl/styles.xml": "Buku/gaya.xml",
        },
        parts: {
          "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="Buku/Kerja.xml"/></Relationships>`,
          "xl/_rels/workbook.xml.rels":
            `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="lembar/Data%20Tabel.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="gaya.xml"/></Relationships>`.replace(
              "%20",
              " ",
            ),
        },
      },
    ],
    [
      "UTF-16 parts",
      { utf16: ["xl/workbook.xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"] },
    ],
    [
      "no styles part",
      { styles: false, sheet: worksheet(rowsXml(TABLE).replace('<c r="A1">', '<c r="A1" s="1">')) },
    ],
    // found on the corpus of public files (bench/readers.js, docs/kinerja.md): calamine's
    // inlineStr_with_value.xlsx, minimal_package.xlsx and richtext-after-plain.xlsx, ClosedXML's
    // TryToLoad/SheetsWithoutRelId.xlsx; Excel and calamine read them, exceljs alone throws
    [
      "an inline string with a value beside it, plain text before runs and a phonetic run",
      {
        sheet: worksheet(
          rowsXml(TABLE).replace(
            '<c r="B1" t="inlineStr"><is><t>Indikator Kinerja Utama</t></is></c>',
            '<c r="B1" t="inlineStr"><v>1.0</v><is><t xml:space="preserve">Indikator </t><r><rPr><b/></rPr><t>Kinerja</t></r><r><t xml:space="preserve"> Utama</t></r><rPh sb="0" eb="1"><t>X</t></rPh></is></c>',
          ),
        ),
      },
    ],
    [
      "an inline string held in <v> only",
      { sheet: worksheet(rowsXml(TABLE).replace("<is><t>Satuan</t></is>", "<v>Satuan</v>")) },
    ],
    [
      "shared strings with plain text before runs",
      () => {
        const sst: string[] = [];
        const data = rowsXml(TABLE, { sst });
        const items = sst.map((s) =>
          s === "Indikator Kinerja Utama"
            ? '<si><t xml:space="preserve">Indikator </t><r><rPr><b/></rPr><t>Kinerja</t></r><r><t xml:space="preserve"> Utama</t></r></si>'
            : `<si><t>${s}</t></si>`,
        );
        return Promise.resolve({
          sst,
          sheet: worksheet(data),
          parts: {
            "xl/sharedStrings.xml": `<?xml version="1.0"?><sst xmlns="${MAIN}">${items.join("")}</sst>`,
          },
        });
      },
    ],
    [
      "text outside the sheet's root element (exceljs's invalid-xml.xlsx; Excel repairs it)",
      { sheet: worksheet(rowsXml(TABLE)).replace("\n<worksheet", "\r\nfoo\r\n<worksheet") },
    ],
    [
      "a sheet listed without r:id (Excel opens it empty)",
      {
        parts: {
          "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Tabel" sheetId="1" r:id="rId1"/><sheet name="Tanpa relId" sheetId="2" r:id=""/><sheet name="Juga tanpa" sheetId="3"/></sheets></workbook>`,
        },
      },
    ],
  ];

  it.each(odd)("%s", async (_name, spec) => {
    const s = typeof spec === "function" ? await spec() : spec;
    const file = await save(buildPackage(s));
    const before = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((g) => g.name)).toEqual(["Tabel"]);
    expect(values(wb.sheets[0])).toEqual(TABLE_VALUES);
    expect((await checkFile(file)).tables).toHaveLength(1);
    expect(crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")).toBe(before);
  });

  it("a prefixed sheetData inside a plain root keeps its merged areas", async () => {
    const data = rowsXml(TABLE, { prefix: "x" });
    const sheet = `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:x="${MAIN}"><x:sheetData>${data}</x:sheetData><mergeCells count="1"><mergeCell ref="F1:G2"/></mergeCells></worksheet>`;
    const g = (await readWorkbook(await save(buildPackage({ sheet })))).sheets[0];
    expect(values(g)).toEqual(TABLE_VALUES);
    expect(g.merges).toEqual([{ r1: 1, c1: 6, r2: 2, c2: 7 }]);
  });

  it.each([false, true])(
    "a rebuilt package keeps the sheet's name, hidden state and date system (1904: %s)",
    async (date1904) => {
      const wb = await readWorkbook(
        await save(
          buildPackage({
            sheetName: 'Tabel "2.1" & <IKU>',
            state: "hidden",
            date1904,
            names: { "xl/worksheets/sheet1.xml": "xl\\worksheets\\sheet1.xml" },
            styles: STYLES.replace('<cellXfs count="3">', '<cellXfs count="4">').replace(
              "</cellXfs>",
              '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs>',
            ),
            sheet: worksheet(rowsXml([["Tanggal"]]) + '<row r="2"><c r="A2" s="3"><v>61</v></c></row>'),
          }),
        ),
      );
      expect(wb.sheets[0].name).toBe('Tabel "2.1" & <IKU>');
      expect(wb.hiddenSheets).toEqual(['Tabel "2.1" & <IKU>']);
      expect((wb.sheets[0].value(2, 1) as Date).toISOString().slice(0, 10)).toBe(
        date1904 ? "1904-03-02" : "1900-03-01",
      );
    },
  );
});

// Found by comparing readers on the corpus of public files (bench/readers.js, docs/kinerja.md):
// exceljs alone read these cells otherwise than Excel shows them.
describe("values as Excel shows them", () => {
  const DATE_STYLES = STYLES.replace('<cellXfs count="3">', '<cellXfs count="4">').replace(
    "</cellXfs>",
    '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs>',
  );
  const day = (v: unknown): string => (v as Date).toISOString().slice(0, 19);

  it('date1904="true" (LibreOffice, calamine\'s date_1904.xlsx) is the 1904 date system', async () => {
    const bytes = await buildPackage({
      styles: DATE_STYLES,
      sheet: worksheet(rowsXml([["Tanggal"]]) + '<row r="2"><c r="A2" s="3"><v>61</v></c></row>'),
      parts: {
        "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="true"/><sheets><sheet name="Tabel" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
    });
    expect(day((await readWorkbook(await save(bytes))).sheets[0].value(2, 1))).toBe("1904-03-02T00:00:00");
  });

  // Excel 2013+ writes a second workbookPr (x15, without date1904) in the workbook's extLst: it
  // must not reset the date system, or a rebuilt package's dates come out four years early
  // (sheetjs's 1904.xlsx)
  it.each([
    ["as it is", {}],
    ["rebuilt", { names: { "xl/worksheets/sheet1.xml": "xl\\worksheets\\sheet1.xml" } }],
  ])("an x15:workbookPr in extLst keeps the 1904 date system (package %s)", async (_, spec) => {
    const bytes = await buildPackage({
      ...spec,
      styles: DATE_STYLES,
      sheet: worksheet(rowsXml([["Tanggal"]]) + '<row r="2"><c r="A2" s="3"><v>61</v></c></row>'),
      parts: {
        "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><workbookPr date1904="1"/><sheets><sheet name="Tabel" sheetId="1" r:id="rId1"/></sheets><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`,
      },
    });
    expect(day((await readWorkbook(await save(bytes))).sheets[0].value(2, 1))).toBe("1904-03-02T00:00:00");
  });

  it('cells with t="d" (ISO 8601 dates, as openpyxl writes them) are the dates they name', async () => {
    const cells =
      '<row r="2"><c r="A2" s="3" t="d"><v>2021-01-01</v></c><c r="B2" s="3" t="d"><v>2021-01-01T10:10:10</v></c><c r="C2" t="d"><v>1900-03-01</v></c></row>';
    const wb = await readWorkbook(
      await save(buildPackage({ styles: DATE_STYLES, sheet: worksheet(rowsXml([["Tanggal"]]) + cells) })),
    );
    const g = wb.sheets[0];
    expect(day(g.value(2, 1))).toBe("2021-01-01T00:00:00");
    expect(day(g.value(2, 2))).toBe("2021-01-01T10:10:10");
    expect(g.value(2, 3)).toBe(61); // no date format: the serial number, as Excel shows it
  });

  it.each([
    ["2021-01-01", false, 44197],
    ["1900-01-01", false, 1],
    ["1900-02-28", false, 59],
    ["1900-03-01", false, 61],
    ["1904-01-02", true, 1],
    ["2021-01-01T12:00:00Z", false, 44197.5],
    ["06:00", false, 0.25],
    ["tomorrow", false, undefined],
  ] as const)("isoSerial(%s, 1904: %s) = %s", (iso, date1904, serial) => {
    expect(isoSerial(iso, date1904)).toBe(serial);
  });

  it("a hyperlinked cell keeps its formula, an empty hyperlinked cell stays empty", async () => {
    const sheet = worksheet(
      rowsXml(TABLE) +
        '<row r="5"><c r="A5" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="B5" s="1"/></row>',
      "",
      '<hyperlinks><hyperlink ref="A5" r:id="rId1"/><hyperlink ref="B5" r:id="rId2"/></hyperlinks>',
    );
    const rels = `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="mailto:a@example.com" TargetMode="External"/><Relationship Id="rId2" Type="${REL}/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`;
    const bytes = await buildPackage({ sheet, parts: { "xl/worksheets/_rels/sheet1.xml.rels": rels } });
    const p = await preparePackage(bytes);
    expect(p.changes).toEqual(["xl/worksheets/sheet1.xml: hyperlinks dropped"]);
    const g = (await readWorkbook(await save(bytes))).sheets[0];
    expect(g.formula(5, 1)).toBe('CONCAT("a","b")');
    expect(g.value(5, 1)).toBe("ab");
    expect(g.value(5, 2)).toBeNull();
    expect(values(g)).toEqual({ ...TABLE_VALUES, A5: "ab" });
  });

  it("an empty shared string is blank, and _xHHHH_ escapes are the characters they stand for", async () => {
    // a shared string exceljs decodes itself; a formula's text result it leaves as written
    const sheet = worksheet(
      rowsXml(TABLE) +
        '<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>1</v></c><c r="C5" t="str"><f>"abc"&amp;CHAR(13)&amp;"def"</f><v>abc_x000D_def</v></c></row>',
    );
    const sst = `<?xml version="1.0"?><sst xmlns="${MAIN}"><si></si><si><t>a_x000D_b_x005F_x0041_</t></si></sst>`;
    const bytes = await buildPackage({
      sheet,
      parts: {
        "xl/sharedStrings.xml": sst,
        "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      },
    });
    const g = (await readWorkbook(await save(bytes))).sheets[0];
    expect(g.value(5, 1)).toBeNull();
    expect(g.value(5, 2)).toBe("a\rb_x0041_");
    expect(g.value(5, 3)).toBe("abc\rdef");
    expect(g.formula(5, 3)).toBe('"abc"&CHAR(13)&"def"');
  });

  it("an inline string's escapes are decoded, and an inline string as a formula's result is its value", async () => {
    // calamine's has_x000D_inline.xlsx; SheetJS's xlsx-stream-d-date-cell.xlsx writes <f> and <is>
    const sheet = worksheet(
      rowsXml(TABLE) +
        '<row r="5"><c r="A5" t="inlineStr"><is><t>ABC_x000D_\nDEF</t></is></c><c r="B5" t="inlineStr"><f>CONCATENATE(A1,"!")</f><is><t>No!</t></is></c></row>',
    );
    const g = (await readWorkbook(await save(buildPackage({ sheet })))).sheets[0];
    expect(g.value(5, 1)).toBe("ABC\r\nDEF");
    expect(g.value(5, 2)).toBe("No!");
    expect(g.formula(5, 2)).toBe('CONCATENATE(A1,"!")');
    expect(values(g)).toEqual({ ...TABLE_VALUES, A5: "ABC\r\nDEF", B5: "No!" });
  });
});

describe("a package that is not readable says what is wrong", () => {
  const message = async (bytes: Buffer): Promise<string> => {
    const e = await readWorkbook(await save(bytes)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).id;
  };

  it("a sheet that is not well-formed XML: damaged, with the part, the sheet and the place", async () => {
    const m = await message(
      await buildPackage({ sheet: worksheet(rowsXml(TABLE).replace("</row>", "</rows>")) }),
    );
    expect(m).toMatch(
      /rusak: bagian xl\/worksheets\/sheet1\.xml bukan XML yang utuh \(.*\d+:\d+.*\) \(lembar "Tabel"\)/,
    );
  });

  it("a sheet the workbook points at but the zip does not hold", async () => {
    const bytes = await buildPackage();
    const zip = await JSZip.loadAsync(bytes);
    zip.remove("xl/worksheets/sheet1.xml");
    const m = await message(await zip.generateAsync({ type: "nodebuffer" }));
    expect(m).toMatch(/rusak: lembar "Tabel" menunjuk bagian xl\/worksheets\/sheet1\.xml yang tidak ada/);
  });

  it("a zip entry that does not unpack to its stated size: damaged, naming the part (not a crash)", async () => {
    // calamine's tests/issue252.xlsx; jszip: "uncompressed data size mismatch"
    const bytes = Buffer.from(await buildPackage());
    const name = Buffer.from("xl/_rels/workbook.xml.rels");
    const central = Buffer.from([0x50, 0x4b, 1, 2]); // a central directory entry: its size at +24, name at +46
    for (let i = bytes.indexOf(central); i >= 0; i = bytes.indexOf(central, i + 4))
      if (bytes.subarray(i + 46, i + 46 + name.length).equals(name))
        bytes.writeUInt32LE(bytes.readUInt32LE(i + 24) + 7, i + 24);
    const m = await message(bytes);
    expect(m).toMatch(
      /rusak: bagian xl\/_rels\/workbook\.xml\.rels di arsip zip tidak dapat dibuka \(.*size mismatch/,
    );
  });

  it("a Word document is not called a damaged workbook", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<document/>");
    const m = await message(await zip.generateAsync({ type: "nodebuffer" }));
    expect(m).toMatch(/bukan buku kerja Excel: .*\(ini dokumen Word\)/);
    expect(m).not.toMatch(/rusak/);
  });
});

describe("the marked copy of an odd package", () => {
  it("is written for a zip with Windows path separators, and reads back", async () => {
    const file = await save(
      buildPackage({
        names: {
          "xl/worksheets/sheet1.xml": "xl\\worksheets\\sheet1.xml",
          "xl/_rels/workbook.xml.rels": "xl\\_rels\\workbook.xml.rels",
          "xl/workbook.xml": "xl\\workbook.xml",
        },
      }),
    );
    const out = path.join(dir, "bertanda.xlsx");
    let err = "";
    const code = await main(["periksa", file, "--out", out], {
      stdout: () => undefined,
      stderr: (s) => (err += s),
    });
    expect(err).not.toMatch(/Tidak dapat menulis/);
    expect(code).toBeLessThan(2);
    const copy = await readWorkbook(out);
    expect(copy.sheets.map((g) => g.name)).toEqual(["Hasil Pemeriksaan", "Tabel"]);
    expect(values(copy.sheets[1])).toEqual(TABLE_VALUES);
  });
});
