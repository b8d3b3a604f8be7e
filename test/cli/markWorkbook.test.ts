import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { main } from "../../src/cli/main";
import { FILL, markedCopy } from "../../src/cli/markWorkbook";
import type { Finding, Report } from "../../src/core/report";
import { fillKey, noteText, packageLinks, packageProblems } from "../calc/compare";

let dir: string;
let input: string;

// "Capaian Kinerja Program" of the Kota Blitar Renstra with its 2020 numerator wrong (133 / 143).
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-mark-"));
  input = path.join(dir, "capaian.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian Program");
  ws.addRow(["Capaian Kinerja Program Tahun 2017-2020"]);
  ws.addRow([]);
  ws.addRow(["No", "Uraian", 2017, 2018, 2019, 2020]);
  ws.addRow(["3.", "Persentase PSKS yang terampil dalam pelayanan kesejahteraan sosial", 100, 100, 100, 100]);
  ws.addRow(["3.1", "Jumlah PSKS yang terampil dalam pelayanan kesejahteraan sosial", 125, 132, 132, 133]);
  ws.addRow(["3.2", "Jumlah PSKS", 125, 132, 132, 143]);
  ws.getCell("F5").note = "Data dari Bidang Rehsos";
  wb.addWorksheet("Catatan").getCell("A1").value = "catatan";
  await wb.xlsx.writeFile(input);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string): string => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
const run = async (argv: string[]) => {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
};
const read = async (bytes: Buffer): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
};
const report = (findings: Finding[]): Report => ({
  schema: "cermat.report/1",
  workbook: "uji.xlsx",
  tables: [],
  findings,
  summary: {
    tables: 1,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  },
});
const finding = (
  sheet: string,
  cell: string,
  severity: Finding["severity"],
  message = `pesan ${cell}`,
): Finding => ({
  rule: "sum-mismatch",
  severity,
  sheet,
  cell,
  message,
});

describe("cermat periksa --out", () => {
  it("writes a marked copy with a results sheet first and leaves the input untouched", async () => {
    const before = sha(input);
    const out = path.join(dir, "bertanda.xlsx");
    const r = await run(["periksa", input, "--out", out]);
    expect(r.err).toBe(`cermat: salinan bertanda ditulis ke ${out}\n`);
    expect(r.code).toBe(1); // an error was found
    expect(sha(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hasil Pemeriksaan", "Capaian Program", "Catatan"]);
    const marked = wb.getWorksheet("Capaian Program")!.getCell("F5");
    expect(marked.value).toBe(133);
    expect((marked.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF4B6B6");
    const note = noteText(marked);
    expect(note).toMatch(/^Data dari Bidang Rehsos/); // the user's note is kept
    expect(note).toMatch(/ratio-components-mismatch/);

    const results = wb.getWorksheet("Hasil Pemeriksaan")!;
    expect(results.getCell("A9").value).toBe("No");
    expect(results.getCell("D10").value).toBe("F5");
    expect(results.getCell("F10").value).toMatch(/93,01/);
    // An internal link: a location on the <hyperlink>, no relationship.
    expect(await packageLinks(fs.readFileSync(out), "Hasil Pemeriksaan")).toEqual([
      { ref: "D10", location: "'Capaian Program'!F5", target: undefined },
    ]);
    expect(await packageProblems(fs.readFileSync(out))).toEqual([]);
  });

  it("says so plainly, and writes nothing, when the package is too damaged to edit", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(input));
    zip.remove("_rels/.rels"); // exceljs still reads it; its parts cannot be found without this
    const broken = path.join(dir, "rusak.xlsx");
    fs.writeFileSync(broken, await zip.generateAsync({ type: "nodebuffer" }));
    const out = path.join(dir, "rusak-bertanda.xlsx");
    const r = await run(["periksa", broken, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/salinan bertanda tidak dapat dibuat .*Buka dan simpan ulang di Excel/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses to write over the input", async () => {
    const before = sha(input);
    const r = await run(["periksa", input, "--out", input]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak pernah ditulis/);
    expect(sha(input)).toBe(before);
  });
});

describe("marked copy of a styled workbook", () => {
  // A planner's sheet: a bold merged title, one bold style on every header and label cell, one
  // number format on every number. In the file each of those is one shared cell format.
  let original: Buffer;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("T 2.3.1");
    const bold: Partial<ExcelJS.Font> = { name: "Arial", size: 10, bold: true };
    ws.getCell("A1").value = "Tabel 2.3.1 Pencapaian Kinerja Pelayanan";
    ws.mergeCells("A1:H1");
    ws.getCell("A1").font = { name: "Arial", size: 12, bold: true };
    for (let c = 1; c <= 8; c++) ws.getCell(3, c).value = c === 1 ? "No" : c === 2 ? "Indikator" : 2015 + c;
    for (let r = 4; r <= 30; r++) {
      ws.getCell(r, 1).value = r - 3;
      ws.getCell(r, 2).value = `Indikator ${r - 3}`;
      for (let c = 3; c <= 8; c++) {
        ws.getCell(r, c).value = r * 10 + c + 0.25;
        ws.getCell(r, c).numFmt = "#,##0.00";
        ws.getCell(r, c).font = { name: "Arial", size: 10 };
      }
    }
    for (let r = 3; r <= 30; r++)
      for (const c of [1, 2]) {
        ws.getCell(r, c).font = bold;
        ws.getCell(r, c).border = { bottom: { style: "thin" } };
      }
    for (let c = 3; c <= 8; c++) ws.getCell(3, c).font = bold;
    ws.getColumn(2).width = 40;
    ws.getColumn(10).numFmt = "0.0"; // a column format: a cell never written there shows it
    ws.getCell("C5").note = "Catatan perencana";
    ws.getCell("D6").dataValidation = {
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
      allowBlank: true,
    };
    ws.pageSetup.printArea = "A1:H30";
    ws.views = [{ state: "frozen", ySplit: 3 }];
    const other = wb.addWorksheet("Renstra '24");
    other.getCell("A1").value = "Target";
    other.getCell("A1").font = bold;
    other.getCell("B1").value = 5;
    other.getCell("A3").value = "Realisasi";
    other.getCell("A3").font = bold;
    other.getCell("B3").value = 7;
    wb.definedNames.add("'T 2.3.1'!$C$4:$C$30", "Target2017");
    original = Buffer.from(await wb.xlsx.writeBuffer());
  });

  const findings = [
    finding("T 2.3.1", "B7", "error"), // one bold label among 54 that share its format
    finding("T 2.3.1", "E10", "warning"),
    finding("T 2.3.1", "E10", "error", "kedua"), // the worst finding decides the colour
    finding("T 2.3.1", "C5", "info"), // has the planner's note
    finding("T 2.3.1", "J8", "warning"), // a cell never written, under a column format
    finding("T 2.3.1", "C40", "info"), // a row never written, below the sheet
    finding("Renstra '24", "B2", "error"), // a row never written, between rows
    finding("Renstra '24", "B1", "warning"),
    finding("Lembar Hilang", "A1", "error"), // a sheet the workbook does not have
  ];
  const colour: Record<string, string> = {
    "T 2.3.1!B7": FILL.error,
    "T 2.3.1!E10": FILL.error,
    "T 2.3.1!C5": FILL.info,
    "T 2.3.1!J8": FILL.warning,
    "T 2.3.1!C40": FILL.info,
    "Renstra '24!B2": FILL.error,
    "Renstra '24!B1": FILL.warning,
  };

  it("fills only the finding cells: the cells sharing their format keep theirs", async () => {
    const bytes = await markedCopy(original, report(findings), "id");
    const before = await read(original);
    const after = await read(bytes);
    let checked = 0;
    for (const o of before.worksheets) {
      const w = after.getWorksheet(o.name)!;
      for (let r = 1; r <= 45; r++)
        for (let c = 1; c <= 12; c++) {
          const oc = o.getCell(r, c);
          const wc = w.getCell(r, c);
          const want = colour[`${o.name}!${oc.address}`];
          expect({ at: `${o.name}!${oc.address}`, fill: fillKey(wc.fill) }).toEqual({
            at: `${o.name}!${oc.address}`,
            fill: want ? `solid:${want}` : fillKey(oc.fill),
          });
          expect(wc.value).toEqual(oc.value);
          // a cell never written shows format 0, which exceljs reports as no format at all
          if (oc.style && Object.keys(oc.style).length) {
            expect(wc.font).toEqual(oc.font);
            expect(wc.numFmt).toEqual(oc.numFmt);
            expect(wc.border).toEqual(oc.border);
          }
          if (!want) expect(noteText(wc)).toBe(noteText(oc));
          checked++;
        }
    }
    expect(checked).toBe(2 * 45 * 12);
    const sheet = after.getWorksheet("T 2.3.1")!;
    expect(sheet.getCell("B7").font).toMatchObject({ bold: true, name: "Arial" }); // its own format kept
    expect(sheet.getCell("J8").numFmt).toBe("0.0"); // the column's format
    expect(noteText(sheet.getCell("C5"))).toBe("Catatan perencana\n\nCermat IKU (sum-mismatch): pesan C5");
    expect(noteText(sheet.getCell("E10"))).toBe(
      "Cermat IKU (sum-mismatch): pesan E10\nCermat IKU (sum-mismatch): kedua",
    );
    expect(noteText(after.getWorksheet("Renstra '24")!.getCell("B2"))).toMatch(/pesan B2/);
    expect(sheet.getCell("A1").isMerged && sheet.getCell("H1").isMerged).toBe(true);
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getCell("D6").dataValidation).toMatchObject({ type: "decimal", formulae: [0] });
    expect(sheet.pageSetup.printArea).toBe("A1:H30"); // a sheet-scoped name follows its sheet
    expect(after.definedNames.getRanges("Target2017").ranges).toEqual(["'T 2.3.1'!$C$4:$C$30"]);
  });

  it("marks a finding on a merged area's covered cell on the area's top-left cell, which shows it", async () => {
    const bytes = await markedCopy(original, report([finding("T 2.3.1", "C1", "warning")]), "id");
    const sheet = (await read(bytes)).getWorksheet("T 2.3.1")!;
    expect(fillKey(sheet.getCell("A1").fill)).toBe(`solid:${FILL.warning}`);
    expect(noteText(sheet.getCell("A1"))).toBe("Cermat IKU (sum-mismatch): pesan C1");
    expect(fillKey(sheet.getCell("C1").fill)).toBe("none");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 12 });
    // the results sheet still names and links the finding's own cell
    expect(await packageLinks(bytes, "Hasil Pemeriksaan")).toEqual([
      { ref: "D10", location: "'T 2.3.1'!C1", target: undefined },
    ]);
  });

  it("changes no part of the package except what marking adds", async () => {
    const bytes = await markedCopy(original, report(findings), "id");
    expect(await packageProblems(bytes)).toEqual([]);
    const a = await JSZip.loadAsync(original);
    const b = await JSZip.loadAsync(bytes);
    const changed: string[] = [];
    for (const p of Object.keys(a.files).filter((x) => !a.files[x].dir)) {
      const other = b.file(p);
      if (!other || !(await a.file(p)!.async("nodebuffer")).equals(await other.async("nodebuffer")))
        changed.push(p);
    }
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
      ].sort(),
    );
    // The original cell formats are all still there, in their places; ours come after them.
    const xfs = async (zip: JSZip) =>
      (/<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/
        .exec((await zip.file("xl/styles.xml")!.async("string"))!)![1]
        .match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? []) as string[];
    const before = await xfs(a);
    const after = await xfs(b);
    expect(after.slice(0, before.length)).toEqual(before);
    // In the sheet, only the s attribute of the marked cells changed (and our notes' drawing).
    const strip = (xml: string, refs: string[]) =>
      xml
        .replace(/<legacyDrawing [^>]*\/>/, "")
        .replace(/<c r="([A-Z]+\d+)"( s="\d+")?/g, (m, ref: string) =>
          refs.includes(ref) ? `<c r="${ref}"` : m,
        )
        .replace(/<c r="(J8|C40)"\/>/g, "")
        .replace(/<row r="40"><\/row>/, "")
        .replace(/<dimension ref="[^"]*"\/>/, "")
        .replace(/ tabSelected="1"/, "");
    const sheet = async (zip: JSZip) => (await zip.file("xl/worksheets/sheet1.xml")!.async("string"))!;
    expect(strip(await sheet(b), ["B7", "E10", "C5", "J8", "C40"])).toBe(
      strip(await sheet(a), ["B7", "E10", "C5", "J8", "C40"]),
    );
    expect(await sheet(b)).toMatch(/<dimension ref="A1:J40"\/>/);
  });

  it("lists the findings by severity, sheet and cell, each linking to its cell", async () => {
    const bytes = await markedCopy(original, report(findings), "id", new Date(2025, 2, 4, 9, 5));
    const wb = await read(bytes);
    const res = wb.worksheets[0];
    expect(res.name).toBe("Hasil Pemeriksaan");
    const col = (c: number, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => res.getCell(from + i, c).value);
    expect(col(1, 1, 7)).toEqual([
      "Cermat IKU: hasil pemeriksaan",
      "Berkas",
      "Tanggal",
      "Tabel",
      "Galat",
      "Peringatan",
      "Info",
    ]);
    expect(col(3, 2, 7)).toEqual(["uji.xlsx", "2025-03-04 09:05", 1, 4, 3, 2]);
    expect(res.getRow(9).values).toEqual([
      undefined,
      "No",
      "Tingkat",
      "Lembar",
      "Sel",
      "Aturan",
      "Pesan",
      "Seharusnya",
      "Tertulis",
    ]);
    const rows = Array.from({ length: findings.length }, (_, i) => {
      const row = res.getRow(10 + i);
      return `${row.getCell(2).value} ${row.getCell(3).value}!${row.getCell(4).value}`;
    });
    expect(rows).toEqual([
      "Galat T 2.3.1!B7",
      "Galat T 2.3.1!E10",
      "Galat Renstra '24!B2",
      "Galat Lembar Hilang!A1",
      "Peringatan T 2.3.1!J8",
      "Peringatan T 2.3.1!E10",
      "Peringatan Renstra '24!B1",
      "Info T 2.3.1!C5",
      "Info T 2.3.1!C40",
    ]);
    expect(fillKey(res.getCell("B10").fill)).toBe(`solid:${FILL.error}`);
    expect(fillKey(res.getCell("B14").fill)).toBe(`solid:${FILL.warning}`);
    expect(fillKey(res.getCell("B17").fill)).toBe(`solid:${FILL.info}`);
    const links = await packageLinks(bytes, "Hasil Pemeriksaan");
    expect(links.map((l) => `${l.ref} ${l.location} ${l.target ?? ""}`)).toEqual([
      "D10 'T 2.3.1'!B7 ",
      "D11 'T 2.3.1'!E10 ",
      "D12 'Renstra ''24'!B2 ",
      // no link to a sheet the workbook does not have
      "D14 'T 2.3.1'!J8 ",
      "D15 'T 2.3.1'!E10 ",
      "D16 'Renstra ''24'!B1 ",
      "D17 'T 2.3.1'!C5 ",
      "D18 'T 2.3.1'!C40 ",
    ]);
    expect(res.views[0]).toMatchObject({ state: "frozen", ySplit: 9, topLeftCell: "A10" });
    expect(res.autoFilter).toBe("A9:H18");
    expect(res.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(res.getColumn(6).width).toBe(70);
    expect(res.getCell("F10").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(res.getCell("D10").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(res.pageSetup.printTitlesRow).toBe("9:9"); // the header on every printed page
    // The results sheet opens; no other sheet is selected with it.
    const zip = await JSZip.loadAsync(bytes);
    for (const p of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
      expect(await zip.file(p)!.async("string")).not.toMatch(/tabSelected/);
  });

  it("writes elements in the namespace of a package that uses a prefix for it", async () => {
    // Some writers spell the SpreadsheetML namespace with a prefix (<x:c>, <x:xf>).
    const zip = await JSZip.loadAsync(original);
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    for (const p of ["xl/styles.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = (await zip.file(p)!.async("string"))!;
      zip.file(
        p,
        xml
          .replace(/<(\/?)(?![?!])([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2")
          .replace(` xmlns="${MAIN}"`, ` xmlns:x="${MAIN}"`),
      );
    }
    const prefixed = await zip.generateAsync({ type: "nodebuffer" });
    const bytes = await markedCopy(prefixed, report(findings), "id");
    expect(await packageProblems(bytes)).toEqual([]);
    const out = await JSZip.loadAsync(bytes);
    for (const p of ["xl/styles.xml", "xl/worksheets/sheet2.xml"]) {
      const doc = new DOMParser().parseFromString((await out.file(p)!.async("string"))!, "text/xml");
      const all = Array.from(doc.getElementsByTagName("*")) as unknown as Element[];
      const foreign = all.filter(
        (e) => e.namespaceURI !== MAIN && !/^(mc|x14ac|x16r2|x14|x15):/.test(e.nodeName),
      );
      expect(foreign.map((e) => e.nodeName)).toEqual([]);
    }
    const sheet = (await out.file("xl/worksheets/sheet2.xml")!.async("string"))!;
    expect(sheet).toMatch(/<x:row r="2"><x:c r="B2" s="\d+"\/><\/x:row>/);
    expect(sheet).toMatch(/<x:legacyDrawing r:id="rId\d+"\/>/);
  });

  it("puts what it adds where Excel's schema wants it, after markup-compatibility blocks too", async () => {
    const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    const zip = await JSZip.loadAsync(original);
    let wb = (await zip.file("xl/workbook.xml")!.async("string"))!;
    // as Excel 2016+ writes it: absPath in an AlternateContent before <sheets>, a selected tab
    wb = wb
      .replace(/<definedNames>[\s\S]*<\/definedNames>/, "")
      .replace(/<bookViews>[\s\S]*<\/bookViews>/, "")
      .replace(
        "<sheets>",
        `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\Renstra\\"/></mc:Choice></mc:AlternateContent><bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews><sheets>`,
      );
    zip.file("xl/workbook.xml", wb);
    let sheet = (await zip.file("xl/worksheets/sheet2.xml")!.async("string"))!;
    sheet = sheet.replace(
      "</worksheet>",
      `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent></worksheet>`,
    );
    zip.file("xl/worksheets/sheet2.xml", sheet);
    const bytes = await markedCopy(await zip.generateAsync({ type: "nodebuffer" }), report(findings), "id");
    expect(await packageProblems(bytes)).toEqual([]);
    const out = await JSZip.loadAsync(bytes);
    const w = (await out.file("xl/workbook.xml")!.async("string"))!;
    expect(w.indexOf("<definedNames>")).toBeGreaterThan(w.indexOf("</sheets>"));
    expect(w).toMatch(/<workbookView\/>/); // the results sheet (index 0) is the active one
    const s2 = (await out.file("xl/worksheets/sheet2.xml")!.async("string"))!;
    expect(s2.indexOf("<legacyDrawing ")).toBeGreaterThan(0);
    expect(s2.indexOf("<legacyDrawing ")).toBeLessThan(s2.indexOf("<mc:AlternateContent"));
    const names = (await read(bytes)).worksheets.map((x) => x.name);
    expect(names).toEqual(["Hasil Pemeriksaan", "T 2.3.1", "Renstra '24"]);
  });

  it("drops calcChain.xml, which names formula cells by sheet position", async () => {
    const zip = await JSZip.loadAsync(original);
    zip.file(
      "xl/calcChain.xml",
      '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>',
    );
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")!.async("string"))!;
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const ct = (await zip.file("[Content_Types].xml")!.async("string"))!;
    zip.file(
      "[Content_Types].xml",
      ct.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const bytes = await markedCopy(await zip.generateAsync({ type: "nodebuffer" }), report(findings), "id");
    const out = await JSZip.loadAsync(bytes);
    expect(out.file("xl/calcChain.xml")).toBeNull();
    expect(await out.file("xl/_rels/workbook.xml.rels")!.async("string")).not.toMatch(/calcChain/);
    expect(await out.file("[Content_Types].xml")!.async("string")).not.toMatch(/calcChain/);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it("writes an empty results list when there is nothing to report", async () => {
    const bytes = await markedCopy(original, report([]), "en");
    const wb = await read(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Check Results", "T 2.3.1", "Renstra '24"]);
    expect(wb.worksheets[0].getCell("A10").value).toBe("No findings.");
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
      await (await JSZip.loadAsync(original)).file("xl/worksheets/sheet1.xml")!.async("string"),
    );
  });
});
