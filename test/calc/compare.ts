// What a marked copy changed, read back the way a spreadsheet application wrote it: the original
// and the marked copy both go through LibreOffice, then both are read with exceljs and compared
// cell by cell, so LibreOffice's own rewriting cancels out and only our changes remain.
import { Readable } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import type { Finding, Report } from "../../src/core/report";
import { FILL } from "../../src/cli/markWorkbook";
import { getAttr, parseCell, readRels, relsPath, resolveTarget, tags } from "../../src/cli/ooxml";

export type Measures = {
  file: string;
  findings: number;
  markedCells: number;
  /** cells without a finding whose fill changed */
  strayFills: number;
  /** finding cells not in their severity's colour */
  offColour: number;
  /** original cells whose value, formula, format (other than a finding's fill) or note changed */
  cellsChanged: number;
  /** finding cells without their messages in the note */
  notesMissing: number;
  links: number;
  /** links of the results sheet that do not land on their finding's sheet and cell */
  brokenLinks: number;
  /** sheet-level differences: merges, widths, heights, validations, conditional formats, names, states */
  sheetChanges: number;
  details: string[];
};

const RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** JSON with sorted keys, undefined and empty objects dropped. */
export function canon(v: unknown): string {
  const norm = (x: unknown): unknown => {
    if (x instanceof Date) return x.toISOString();
    if (Array.isArray(x)) return x.map(norm);
    if (x && typeof x === "object") {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) {
        const val = norm((x as Record<string, unknown>)[k]);
        if (
          val === undefined ||
          (val && typeof val === "object" && !Array.isArray(val) && !Object.keys(val).length)
        )
          continue;
        out[k] = val;
      }
      return out;
    }
    return x;
  };
  return JSON.stringify(norm(v)) ?? "undefined";
}

export function fillKey(fill: ExcelJS.Fill | undefined): string {
  if (!fill) return "none";
  if (fill.type === "pattern") {
    if (!fill.pattern || fill.pattern === "none") return "none";
    if (fill.pattern === "solid") return `solid:${(fill.fgColor?.argb ?? canon(fill.fgColor)).toUpperCase()}`;
  }
  return canon(fill);
}

export function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as string | ExcelJS.Comment | undefined;
  if (!n) return "";
  if (typeof n === "string") return n;
  return (n.texts ?? []).map((t) => t.text).join("");
}

const plain = (s: string): string => s.replace(/\r\n?/g, "\n");

type StyleModel = Partial<
  Pick<ExcelJS.Style, "numFmt" | "font" | "border" | "alignment" | "protection" | "fill">
>;

/**
 * The format of cell format 0, the one a cell without a format shows. exceljs reports such a cell
 * as having no format at all, while a cell whose own format equals it reports every property.
 */
async function defaultStyle(bytes: Buffer): Promise<StyleModel> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/styles.xml")?.async("string");
  if (!xml) return {};
  // exceljs's own styles reader (not part of its typed API)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform");
  const styles = new StylesXform();
  await styles.parseStream(Readable.from([xml]));
  return (styles.getStyleModel(0) as StyleModel) ?? {};
}

function effectiveStyle(cell: ExcelJS.Cell, def: StyleModel): string {
  const own = cell.style as StyleModel;
  const pick = <K extends keyof StyleModel>(k: K) => (own && own[k] !== undefined ? own[k] : def[k]);
  // charset and family only help an application find a font: the font drawn is name, size, style
  const font = pick("font") && { ...pick("font"), charset: undefined, family: undefined };
  return canon({
    numFmt: pick("numFmt") ?? "General",
    font,
    border: pick("border"),
    alignment: pick("alignment"),
    protection: pick("protection"),
  });
}

/** The worst severity and the messages of each finding cell, by sheet. */
type CellFindings = { severity: Finding["severity"]; messages: string[] };

export function findingCells(report: Report): Map<string, Map<string, CellFindings>> {
  const out = new Map<string, Map<string, CellFindings>>();
  for (const f of report.findings) {
    const at = parseCell(f.cell);
    if (!at) continue;
    const ref = f.cell.replace(/\$/g, "").toUpperCase();
    const bySheet = out.get(f.sheet) ?? new Map<string, CellFindings>();
    out.set(f.sheet, bySheet);
    const m = bySheet.get(ref);
    if (!m) bySheet.set(ref, { severity: f.severity, messages: [f.message] });
    else {
      if (RANK[f.severity] < RANK[m.severity]) m.severity = f.severity;
      m.messages.push(f.message);
    }
  }
  return out;
}

/** The hyperlinks of one sheet as written in the package: cell, location and external target. */
export async function packageLinks(
  bytes: Buffer,
  sheetName: string,
): Promise<Array<{ ref: string; location?: string; target?: string }>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string) => zip.file(p)?.async("string");
  const wbRel = readRels(await text("_rels/.rels")).find((r) => r.type.endsWith("/officeDocument"))!;
  const wbPath = resolveTarget("", wbRel.target);
  const wb = (await text(wbPath))!;
  const rels = readRels(await text(relsPath(wbPath)));
  let part: string | undefined;
  for (const t of tags(wb)) {
    if (t.kind === "close" || t.name !== "sheet") continue;
    const tag = wb.slice(t.start, t.end);
    if (getAttr(tag, "name") !== sheetName) continue;
    const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const rel = rels.find((r) => r.id === id);
    if (rel) part = resolveTarget(wbPath, rel.target);
  }
  if (!part) return [];
  const xml = (await text(part))!;
  const sheetRels = readRels(await text(relsPath(part)));
  const out: Array<{ ref: string; location?: string; target?: string }> = [];
  for (const t of tags(xml)) {
    if (t.kind === "close" || t.name !== "hyperlink") continue;
    const tag = xml.slice(t.start, t.end);
    const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    out.push({
      ref: getAttr(tag, "ref") ?? "",
      location: getAttr(tag, "location"),
      target: id ? sheetRels.find((r) => r.id === id)?.target : undefined,
    });
  }
  return out;
}

/** "'T 2.3.1'!G10" or "#T2!A1" -> sheet and cell, or undefined when it is not an internal link. */
export function parseLocation(loc: string): { sheet: string; cell: string } | undefined {
  const s = loc.replace(/^#/, "");
  const bang = s.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = s.slice(0, bang);
  const cell = s.slice(bang + 1).replace(/\$/g, "");
  if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  if (!parseCell(cell)) return undefined;
  return { sheet, cell: cell.toUpperCase() };
}

/**
 * Compares the original and the marked copy, both as LibreOffice saved them. `resultsName` is the
 * results sheet, expected first in the marked copy.
 */
export async function compareMarked(
  file: string,
  originalLo: Buffer,
  markedLo: Buffer,
  report: Report,
  resultsName: string,
): Promise<Measures> {
  const m: Measures = {
    file,
    findings: report.findings.length,
    markedCells: 0,
    strayFills: 0,
    offColour: 0,
    cellsChanged: 0,
    notesMissing: 0,
    links: 0,
    brokenLinks: 0,
    sheetChanges: 0,
    details: [],
  };
  const say = (s: string) => m.details.length < 40 && m.details.push(s);
  const orig = new ExcelJS.Workbook();
  await orig.xlsx.load(originalLo as unknown as ExcelJS.Buffer);
  const marked = new ExcelJS.Workbook();
  await marked.xlsx.load(markedLo as unknown as ExcelJS.Buffer);

  const defOrig = await defaultStyle(originalLo);
  const defMarked = await defaultStyle(markedLo);
  const names = orig.worksheets.map((w) => w.name);
  const markedNames = marked.worksheets.map((w) => w.name);
  if (canon(markedNames) !== canon([resultsName, ...names])) {
    m.sheetChanges++;
    say(`sheets: ${markedNames.join(", ")} instead of ${[resultsName, ...names].join(", ")}`);
  }
  const cells = findingCells(report);
  for (const o of orig.worksheets) {
    const w = marked.getWorksheet(o.name);
    if (!w) continue;
    // A finding on a cell covered by a merged area is marked on the area's top-left cell, and
    // LibreOffice saves the covered cells with the format of that cell.
    const merges = ((o.model as unknown as { merges?: string[] }).merges ?? []).map((x) => {
      const [a, b] = x.split(":").map((p) => parseCell(p)!);
      return { from: a, to: b ?? a };
    });
    const masterOf = (r: number, c: number): string => {
      const a = merges.find((x) => r >= x.from.row && r <= x.to.row && c >= x.from.col && c <= x.to.col);
      return a ? o.getCell(a.from.row, a.from.col).address : o.getCell(r, c).address;
    };
    const marks = new Map<string, CellFindings>();
    for (const [ref, f] of cells.get(o.name) ?? new Map<string, CellFindings>()) {
      const at = parseCell(ref)!;
      const master = masterOf(at.row, at.col);
      const seen = marks.get(master);
      if (!seen) marks.set(master, { severity: f.severity, messages: [...f.messages] });
      else {
        if (RANK[f.severity] < RANK[seen.severity]) seen.severity = f.severity;
        seen.messages.push(...f.messages);
      }
    }
    const markedRows = new Set([...marks.keys()].map((ref) => parseCell(ref)!.row));
    // exceljs counts no column in a sheet without values: take the widest row and every finding
    let cols = Math.max(o.columnCount, w.columnCount, ...[...marks.keys()].map((ref) => parseCell(ref)!.col));
    for (const x of [o, w])
      x.eachRow({ includeEmpty: true }, (row) => (cols = Math.max(cols, row.cellCount)));
    const rows = Math.max(o.rowCount, w.rowCount, ...markedRows);
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= cols; c++) {
        const oc = o.getCell(r, c);
        const wc = w.getCell(r, c);
        const ref = oc.address;
        const master = masterOf(r, c);
        const mark = master === ref ? marks.get(ref) : undefined;
        const underMark = master !== ref ? marks.get(master) : undefined;
        const where = `${o.name}!${ref}`;
        if (canon(oc.value) !== canon(wc.value)) {
          m.cellsChanged++;
          say(`${where}: value ${canon(oc.value)} became ${canon(wc.value)}`);
        }
        const os = effectiveStyle(oc, defOrig);
        const ws = effectiveStyle(wc, defMarked);
        if (os !== ws) {
          m.cellsChanged++;
          say(`${where}: format ${os} became ${ws}`);
        }
        const fill = fillKey(wc.fill);
        if (mark) {
          m.markedCells++;
          if (fill !== `solid:${FILL[mark.severity]}`) {
            m.offColour++;
            say(`${where}: ${mark.severity} painted ${fill}`);
          }
          const note = plain(noteText(wc));
          const before = plain(noteText(oc));
          const missing = mark.messages.filter((msg) => !note.includes(plain(msg)));
          if (missing.length || !note.startsWith(before)) {
            m.notesMissing++;
            say(
              `${where}: note ${JSON.stringify(note.slice(0, 120))} lacks ${missing.length} message(s) or the planner's note`,
            );
          }
        } else {
          const allowed = [fillKey(oc.fill), ...(underMark ? [`solid:${FILL[underMark.severity]}`] : [])];
          if (!allowed.includes(fill)) {
            m.strayFills++;
            say(`${where}: no finding, fill ${fillKey(oc.fill)} became ${fill}`);
          }
          if (noteText(oc) !== noteText(wc)) {
            m.cellsChanged++;
            say(`${where}: note changed`);
          }
        }
      }
    const sheetFacts = (x: ExcelJS.Worksheet) => ({
      state: x.state,
      merges: [...((x.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
      widths: Array.from({ length: cols }, (_, i) => x.getColumn(i + 1).width ?? null),
      heights: Array.from({ length: rows }, (_, i) => x.getRow(i + 1).height ?? null),
      validations: (x as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      conditional: (x as unknown as { conditionalFormattings?: unknown }).conditionalFormattings ?? [],
      pageSetup: x.pageSetup,
    });
    const a = sheetFacts(o);
    const b = sheetFacts(w);
    // A row that did not exist until a finding's cell was added gets a height when saved.
    a.heights = a.heights.map((h, i) => (h === null && markedRows.has(i + 1) ? b.heights[i] : h));
    for (const k of Object.keys(a) as Array<keyof typeof a>)
      if (canon(a[k]) !== canon(b[k])) {
        m.sheetChanges++;
        say(`${o.name}: ${k} changed: ${canon(a[k]).slice(0, 200)} -> ${canon(b[k]).slice(0, 200)}`);
      }
  }
  const namesOf = (wb: ExcelJS.Workbook) =>
    canon(
      (wb.definedNames.model as Array<{ name: string; ranges: string[] }>)
        .map((d) => ({ name: d.name, ranges: d.ranges.filter((r) => !r.includes(resultsName)).sort() }))
        .filter((d) => d.ranges.length)
        .sort((x, y) => x.name.localeCompare(y.name)),
    );
  if (namesOf(orig) !== namesOf(marked)) {
    m.sheetChanges++;
    say(`defined names: ${namesOf(orig)} -> ${namesOf(marked)}`);
  }

  // The results sheet: every finding row links to its sheet and cell.
  const res = marked.getWorksheet(resultsName);
  if (!res) {
    m.brokenLinks = report.findings.length;
    say("no results sheet");
    return m;
  }
  let header = 0;
  res.eachRow((row, r) => {
    if (!header && row.getCell(1).value === "No" && row.getCell(4).text && row.getCell(6).text) header = r;
  });
  const links = await packageLinks(markedLo, resultsName);
  const byRef = new Map(links.map((l) => [l.ref.toUpperCase(), l]));
  const sheetSet = new Set(names);
  let last = RANK.error;
  const sevName = new Map<string, number>([
    ["Galat", 0],
    ["Error", 0],
    ["Peringatan", 1],
    ["Warning", 1],
    ["Info", 2],
  ]);
  for (let r = header + 1; r <= header + report.findings.length; r++) {
    const row = res.getRow(r);
    const sheet = row.getCell(3).text;
    const cell = row.getCell(4).text;
    const rank = sevName.get(row.getCell(2).text) ?? -1;
    if (rank < last) {
      m.sheetChanges++;
      say(`results row ${r}: not sorted by severity`);
    }
    last = rank;
    if (!sheetSet.has(sheet)) continue; // a finding outside the worksheets has no link
    m.links++;
    const link = byRef.get(`D${r}`);
    const at = link?.location ? parseLocation(link.location) : undefined;
    const w = at && marked.getWorksheet(at.sheet);
    if (!link || link.target || !at || at.sheet !== sheet || at.cell !== cell || !w) {
      m.brokenLinks++;
      say(`results row ${r}: link ${canon(link)} does not land on ${sheet}!${cell}`);
    }
  }
  return m;
}

/** Problems that make an application repair or refuse a package: missing parts, bad XML, no content type. */
export async function packageProblems(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const lower = new Set(parts.map((p) => p.toLowerCase()));
  const ct = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const defaults = new Set<string>();
  const overrides = new Set<string>();
  for (const t of tags(ct)) {
    if (t.kind === "close") continue;
    const tag = ct.slice(t.start, t.end);
    if (t.name === "Default") defaults.add((getAttr(tag, "Extension") ?? "").toLowerCase());
    if (t.name === "Override") {
      const p = (getAttr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase();
      overrides.add(p);
      if (!lower.has(p)) problems.push(`content type for a missing part ${p}`);
    }
  }
  for (const p of parts) {
    if (p === "[Content_Types].xml") continue;
    const ext = p.slice(p.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(p.toLowerCase()) && !defaults.has(ext)) problems.push(`no content type for ${p}`);
    if (!/\.(xml|rels|vml)$/i.test(p)) continue;
    const text = await zip.file(p)!.async("string");
    try {
      new DOMParser({
        onError: (level: string, msg: string) => {
          if (level !== "warning") throw new Error(msg);
        },
      }).parseFromString(text, "text/xml");
    } catch (e) {
      problems.push(`${p}: not well-formed XML (${(e as Error).message.split("\n")[0]})`);
    }
    if (/\.rels$/i.test(p)) {
      const source = p.replace(/_rels\/([^/]+)\.rels$/i, "$1");
      for (const r of readRels(text))
        if (
          !r.external &&
          !lower.has(resolveTarget(source === "_rels/.rels" ? "" : source, r.target).toLowerCase())
        )
          problems.push(`${p}: ${r.id} points at a missing part ${r.target}`);
    }
  }
  return problems;
}
