// The marked copy (`cermat periksa --out`) in a real spreadsheet application. Each workbook (styled
// the way planners style them, the shipped sample, the shared samples and a copy LibreOffice itself
// saved) is marked, then the original and the marked copy are both opened and saved by LibreOffice
// headless and read back. Checked: the package is complete and well-formed and LibreOffice loads
// it; only the finding cells changed fill, each in its severity's colour; nothing else of the
// original changed (values, formulas, formats, notes, merges, widths, validations, names); the
// notes carry the messages; every link of the results sheet lands on its finding's cell.
// Run with `npm run test:calc`; without `soffice` on the PATH it reports itself as NOT RUN (and
// fails instead when CERMAT_CALC_REQUIRED is set, as .ci/run does).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/report";
import { getAttr, readRels, relsPath, resolveTarget, tags } from "../../src/cli/ooxml";
import { sortFindings } from "../../src/cli/resultsSheet";
import { compareMarked, packageProblems, type Measures } from "./compare";
import { findSoffice, findUnoPython, runUno } from "./lo";
import { plannerWorkbook } from "./styled";

const ROOT = path.resolve(__dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared/samples");

const soffice = findSoffice();

type View = {
  file: string;
  loaded: boolean;
  sheets: string[];
  frozen: boolean;
  splitRow: number;
  landscape: boolean;
  pagesWide: number;
  links: Array<{ row: number; col: number; url: string; text: string }>;
};
const views = new Map<string, View>();
let unoPython: string | undefined;

/** "#'T 2.3.1'.G10" (LibreOffice) or "#'T 2.3.1'!G10" (Excel) -> sheet and cell. */
function parseUrl(url: string): { sheet: string; cell: string } | undefined {
  const m = /^#(?:'((?:[^']|'')+)'|([^.!]+))[.!]\$?([A-Z]+)\$?(\d+)$/i.exec(url);
  return m
    ? { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], cell: `${m[3]}${m[4]}`.toUpperCase() }
    : undefined;
}

type Case = { name: string; input: string; lang: "id" | "en" };
type Done = Case & { marked: string; report: Report; problems: string[]; unexpectedParts: string[] };

let dir: string;
const done: Done[] = [];
const measures: Measures[] = [];

/** LibreOffice opens each file and saves it as .xlsx into `outdir` (one process for all files). */
function convert(files: string[], outdir: string): void {
  fs.mkdirSync(outdir, { recursive: true });
  const r = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outdir,
      ...files,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** The sheet part of each sheet name. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const wbPath = resolveTarget(
    "",
    readRels(await text("_rels/.rels")).find((r) => r.type.endsWith("/officeDocument"))!.target,
  );
  const wb = await text(wbPath);
  const rels = readRels(await text(relsPath(wbPath)));
  const out = new Map<string, string>();
  for (const t of tags(wb)) {
    if (t.kind === "close" || t.name !== "sheet") continue;
    const tag = wb.slice(t.start, t.end);
    const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const rel = rels.find((r) => r.id === id);
    if (rel) out.set(getAttr(tag, "name")!, resolveTarget(wbPath, rel.target));
  }
  return out;
}

/**
 * Parts of the original that changed although marking had no reason to touch them. Allowed:
 * the workbook, its relationships, styles, content types, the marked sheets with their notes and
 * relationships, a sheet whose tab was selected, and calcChain.xml (dropped).
 */
async function unexpectedParts(original: Buffer, marked: Buffer, report: Report): Promise<string[]> {
  const a = await JSZip.loadAsync(original);
  const b = await JSZip.loadAsync(marked);
  const parts = await sheetParts(a);
  const allowed = new Set([
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/calcChain.xml",
  ]);
  const markedSheets = new Set(report.findings.map((f) => f.sheet));
  for (const [name, part] of parts) {
    const xml = (await a.file(part)?.async("string")) ?? "";
    if (markedSheets.has(name) || xml.includes("tabSelected")) allowed.add(part);
    if (!markedSheets.has(name)) continue;
    allowed.add(relsPath(part));
    for (const r of readRels(await a.file(relsPath(part))?.async("string")))
      if (/\/(comments|vmlDrawing)$/.test(r.type)) allowed.add(resolveTarget(part, r.target));
  }
  const out: string[] = [];
  for (const p of Object.keys(a.files).filter((x) => !a.files[x].dir)) {
    if (allowed.has(p)) continue;
    const other = b.file(p);
    if (!other) out.push(`${p} removed`);
    else if (!(await a.file(p)!.async("nodebuffer")).equals(await other.async("nodebuffer")))
      out.push(`${p} changed`);
  }
  return out;
}

if (!soffice) {
  describe("marked copy in LibreOffice", () => {
    it("NOT RUN: LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui", () => {
      process.stdout.write(
        "\ntest:calc NOT RUN: soffice not found on PATH (set SOFFICE or install LibreOffice)\n",
      );
      // CI installs LibreOffice and sets this: there a missing soffice is a failure, not a skip.
      expect(process.env.CERMAT_CALC_REQUIRED ?? "").toBe("");
    });
  });
} else {
  describe("marked copy in LibreOffice", () => {
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-calc-"));
      const inputs = path.join(dir, "in");
      fs.mkdirSync(inputs);
      const cases: Case[] = [];
      const planner = path.join(inputs, "gaya-perencana.xlsx");
      await plannerWorkbook().xlsx.writeFile(planner);
      cases.push({ name: "gaya-perencana", input: planner, lang: "id" });
      const copy = (from: string, name: string, lang: "id" | "en" = "id") => {
        const to = path.join(inputs, `${name}.xlsx`);
        fs.copyFileSync(from, to);
        cases.push({ name, input: to, lang });
      };
      copy(path.join(ROOT, "contoh/contoh-renstra.xlsx"), "contoh-renstra");
      copy(path.join(ROOT, "contoh/contoh-renstra.xlsx"), "contoh-renstra-en", "en");
      for (const sub of ["", "formulir"]) {
        const d = path.join(SHARED, sub);
        if (!fs.existsSync(d)) continue;
        for (const f of fs
          .readdirSync(d)
          .filter((x) => /\.xlsx$/i.test(x))
          .sort())
          copy(path.join(d, f), `${sub ? `${sub}-` : "samples-"}${path.basename(f, ".xlsx")}`);
      }
      // Workbooks as LibreOffice itself writes them (shared strings, cell styles, its own notes).
      const saved = path.join(dir, "lo-authored");
      convert([planner, path.join(inputs, "contoh-renstra.xlsx")], saved);
      for (const f of fs.readdirSync(saved)) copy(path.join(saved, f), `lo-${path.basename(f, ".xlsx")}`);

      const markedDir = path.join(dir, "marked");
      fs.mkdirSync(markedDir);
      for (const c of cases) {
        const marked = path.join(markedDir, `${c.name}.xlsx`);
        const r = await run(["periksa", c.input, "--format", "json", "--out", marked, "--lang", c.lang]);
        // stderr says where the copy went, and nothing else
        const said = `cermat: ${c.lang === "en" ? "marked copy written to" : "salinan bertanda ditulis ke"} ${marked}\n`;
        if (r.code > 1 || r.err !== said) throw new Error(`${c.name}: exit ${r.code} ${r.err}`);
        const report = JSON.parse(r.out) as Report;
        const bytes = fs.readFileSync(marked);
        done.push({
          ...c,
          marked,
          report,
          problems: await packageProblems(bytes),
          unexpectedParts: await unexpectedParts(fs.readFileSync(c.input), bytes, report),
        });
      }
      convert(
        cases.map((c) => c.input),
        path.join(dir, "lo-original"),
      );
      convert(
        done.map((d) => d.marked),
        path.join(dir, "lo-marked"),
      );
      // The results sheet as LibreOffice shows it (frozen header, page style, links).
      unoPython = findUnoPython();
      if (unoPython) {
        const seen = runUno<View[]>(
          unoPython,
          "lo_view.py",
          soffice!,
          path.join(dir, "lo-view-profile"),
          done.map((d) => d.marked),
        );
        for (const v of seen) views.set(path.resolve(v.file), v);
      } else process.stdout.write("\ntest:calc: python3-uno not found, the live view checks are NOT RUN\n");
      for (const d of done) {
        const o = path.join(dir, "lo-original", path.basename(d.input));
        const k = path.join(dir, "lo-marked", path.basename(d.marked));
        if (!fs.existsSync(o) || !fs.existsSync(k)) continue;
        measures.push(
          await compareMarked(
            d.name,
            fs.readFileSync(o),
            fs.readFileSync(k),
            d.report,
            d.lang === "en" ? "Check Results" : "Hasil Pemeriksaan",
          ),
        );
      }
      const cols = [
        "file",
        "findings",
        "markedCells",
        "strayFills",
        "offColour",
        "cellsChanged",
        "notesMissing",
        "links",
        "brokenLinks",
        "sheetChanges",
      ] as const;
      process.stdout.write(
        `\nMarked copies as read back after LibreOffice (${soffice}):\n${cols.join("\t")}\n` +
          measures.map((m) => cols.map((c) => m[c]).join("\t")).join("\n") +
          "\n",
      );
    }, 600_000);

    afterAll(() => {
      if (dir && !process.env.KEEP_CALC) fs.rmSync(dir, { recursive: true, force: true });
      else if (dir) process.stdout.write(`kept ${dir}\n`);
    });

    it("marks the shipped sample, the shared samples and planner-styled workbooks", () => {
      expect(done.map((d) => d.name)).toEqual(
        expect.arrayContaining(["gaya-perencana", "contoh-renstra", "lo-gaya-perencana"]),
      );
      for (const d of done)
        expect({ file: d.name, findings: d.report.findings.length > 0 }).toEqual({
          file: d.name,
          findings: true,
        });
    });

    it("writes complete, well-formed packages that change no part marking does not need", () => {
      for (const d of done)
        expect({ file: d.name, problems: d.problems, unexpected: d.unexpectedParts }).toEqual({
          file: d.name,
          problems: [],
          unexpected: [],
        });
    });

    it("LibreOffice opens and saves every marked copy", () => {
      expect(measures.map((m) => m.file).sort()).toEqual(done.map((d) => d.name).sort());
    });

    it("fills exactly the finding cells, in their severity's colour, and changes nothing else", () => {
      for (const m of measures)
        expect({
          file: m.file,
          stray: m.strayFills,
          offColour: m.offColour,
          changed: m.cellsChanged,
          sheet: m.sheetChanges,
          details: m.details,
        }).toEqual({
          file: m.file,
          stray: 0,
          offColour: 0,
          changed: 0,
          sheet: 0,
          details: [],
        });
      for (const m of measures) expect(m.markedCells).toBeGreaterThan(0);
    });

    it("keeps the planner's notes and adds every message", () => {
      for (const m of measures)
        expect({ file: m.file, notesMissing: m.notesMissing }).toEqual({ file: m.file, notesMissing: 0 });
    });

    it("links every finding row of the results sheet to its cell", () => {
      for (const m of measures) {
        expect({ file: m.file, broken: m.brokenLinks }).toEqual({ file: m.file, broken: 0 });
        expect(m.links).toBeGreaterThan(0);
      }
    });

    it("shows the results sheet in LibreOffice with a frozen header, one page wide, each link on its finding's cell", () => {
      if (!unoPython) {
        expect(process.env.CERMAT_CALC_REQUIRED ?? "").toBe(""); // CI installs python3-uno
        return;
      }
      const broken: string[] = [];
      for (const d of done) {
        const v = views.get(path.resolve(d.marked))!;
        expect({
          file: d.name,
          loaded: v.loaded,
          frozen: v.frozen,
          splitRow: v.splitRow,
          landscape: v.landscape,
          wide: v.pagesWide,
        }).toEqual({
          file: d.name,
          loaded: true,
          frozen: true,
          splitRow: 9,
          landscape: true,
          wide: 1,
        });
        const linkable = d.report.findings.filter((f) => v.sheets.includes(f.sheet)).length;
        expect({ file: d.name, links: v.links.length }).toEqual({ file: d.name, links: linkable });
        const rows = sortFindings(d.report.findings, v.sheets); // the results sheet's order
        for (const l of v.links) {
          const at = parseUrl(l.url);
          const f = rows[l.row - 10];
          if (
            l.col !== 4 ||
            !at ||
            !f ||
            at.sheet !== f.sheet ||
            at.cell !== f.cell ||
            l.text !== f.cell ||
            !v.sheets.includes(at.sheet)
          )
            broken.push(`${d.name} row ${l.row}: ${l.url} for ${f?.sheet}!${f?.cell}`);
        }
      }
      process.stdout.write(
        `\nLinks followed as LibreOffice resolves them: ${[...views.values()].reduce((n, v) => n + v.links.length, 0)}, broken ${broken.length}\n`,
      );
      expect(broken).toEqual([]);
    });

    it("keeps the results sheet's filter and landscape print fitted to one page wide", async () => {
      for (const d of done) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path.join(dir, "lo-marked", path.basename(d.marked)));
        const res = wb.worksheets[0];
        expect(res.name).toBe(d.lang === "en" ? "Check Results" : "Hasil Pemeriksaan");
        expect(res.autoFilter).toBeTruthy();
        expect(res.pageSetup.orientation).toBe("landscape");
        expect(res.pageSetup.fitToWidth).toBe(1);
        expect(res.pageSetup.fitToHeight).toBe(0);
        // LibreOffice headless keeps no view settings when it saves, so the frozen header is
        // checked in the copy we wrote.
        const ours = new ExcelJS.Workbook();
        await ours.xlsx.readFile(d.marked);
        expect(ours.worksheets[0].views[0]).toMatchObject({ state: "frozen", ySplit: 9 });
      }
    });
  });
}
