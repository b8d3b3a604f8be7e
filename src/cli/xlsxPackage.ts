// Prepares an .xlsx package for exceljs (issue 15): what Excel reads is read, and no part of the
// package makes the reader's work grow with the size of a range instead of the number of cells
// that hold something. The input bytes are never modified; a changed package is a new buffer.
//
// Two things exceljs does that we have to keep it from doing:
// - it expands ranges cell by cell: a data validation over A1:XFD1048576 (exceljs issue 1842)
//   becomes 17 billion map entries, a merged area over whole columns as many cell objects, a
//   million `<row s="1"/>` elements a million row objects. The engine needs none of the
//   validations and only the merged areas that cover cells holding something, so validations
//   are dropped and merged areas clipped to the cells that hold something, when the ranges they
//   cover are large (RANGE_CELLS); empty styled rows and cells are dropped when there are many
//   of them (EMPTY_ROWS, EMPTY_CELLS).
// - it reads parts by fixed names and unprefixed element names: `xl/workbook.xml`,
//   `xl/worksheets/sheetN.xml`, `<Relationships>`. Valid packages written by other generators
//   (Python's openpyxl-like writers with `ns0:Relationships`, UTF-16 parts, Windows path
//   separators in the zip, a workbook part elsewhere, rows and cells without `r`) are rebuilt
//   into that layout: workbook, sheets, shared strings and styles, nothing else.
//
// Ordinary files cost one decompression of each sheet and a few native regular-expression tests
// over its text (a few ms per 100 000 cells; docs/kinerja.md), and exceljs then reads the input
// bytes unchanged. Only a sheet that needs it is rewritten.
//
// Tools: jszip (already the writer's zip library) for the package; saxes, the streaming XML
// parser exceljs itself is built on (a dependency of ours for that reason: maintained, no native
// build, namespace-aware), for every part we read or rewrite as XML: the relationships, the
// workbook, a sheet's content outside `<sheetData>`, and `<sheetData>` itself when its rows or
// cells have to be renumbered or unprefixed. Regular expressions are only used (1) as tests that
// decide whether a sheet needs work (a wrong answer costs time, never correctness: the slow path
// is exact) and (2) to delete whole empty elements (`<row .../>`, `<c .../>`) inside
// `<sheetData>` when it holds no comment, CDATA section or processing instruction: there every
// `<` starts a tag, and a self-closing row or cell tag is a complete element with nothing inside.
import JSZip from "jszip";
import type { SaxesTagNS } from "saxes";
import { SaxesParser } from "./ownSaxes";
import { colLetters, colNumber, escapeAttr, escapeText, relsPath, resolveTarget } from "./ooxml";
import { ZipEntry, entryBytes, readZipDirectory } from "./zipFile";
import { isWebExtensionPart, propertyIn } from "./addinSettings";
import { KUNCI_PENGATURAN } from "../core/pengaturan";
import { DatedResults, mayHoldDatedResults } from "./datedResults";
import { dropOffFlags } from "./fontFlags";
import type { DirectPackage } from "./directRead";

/** A package that cannot be read, with what is wrong with it (Indonesian and English). */
export class PackageProblem extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** What the reader is doing, for a message when a file takes too long (issue 15, item 3). */
export type Stage = { id: string; en: string };

/** Ranges exceljs would expand cell by cell are clipped above this many cells per sheet. */
export const RANGE_CELLS = 100_000;
/** Empty `<row .../>` elements are dropped when a sheet has more than this many. */
export const EMPTY_ROWS = 10_000;
/** Empty styled `<c .../>` cells outside the cells that hold something are dropped above this. */
export const EMPTY_CELLS = 100_000;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
/** SpreadsheetML's main namespace, transitional or strict, or none at all. */
const spreadsheetNs = (uri: string): boolean =>
  uri === "" || uri === MAIN || uri === "http://purl.oclc.org/ooxml/spreadsheetml/main";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type SheetInfo = { name: string; part: string; chars: number };

export type Prepared = {
  /** What exceljs reads: the input itself when nothing had to change. */
  bytes: Buffer;
  /** The package was rebuilt into exceljs's layout (see `rebuild`). */
  rebuilt: boolean;
  /** What was changed, in English (tests, `CERMAT_DEBUG`). */
  changes: string[];
  /** The worksheets in workbook order with the size of their XML. */
  sheets: SheetInfo[];
  /** The JSON text the Cermat pane saved in the workbook's settings (addinSettings.ts), if any. */
  addinSettings?: string;
  /** With `keep`, for a package exceljs would read unchanged: its parts for directRead.ts. */
  direct?: DirectPackage;
};

export type PrepareOptions = {
  /** Rebuild the package and rewrite every sheet even when the quick tests find nothing. */
  rebuild?: boolean;
  stage?: (s: Stage) => void;
  /** Keep the parts a package read as it is needs for the direct reader (`Prepared.direct`). */
  keep?: boolean;
};

// ---------------------------------------------------------------------------------------------
// Text of parts

/** A part's text: UTF-8 (with or without a byte-order mark) or UTF-16 by its byte-order mark. */
export function decodePart(bytes: Buffer): { text: string; utf16: boolean } {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00))
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(a === 0xff ? 2 : 0)), utf16: true };
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c))
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(a === 0xfe ? 2 : 0)), utf16: true };
  const text = bytes.toString("utf8");
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, utf16: false };
}

/** A zip entry that does not inflate to what its header says (jszip: "uncompressed data size mismatch"). */
const entryProblem = (part: string, e: Error): PackageProblem =>
  new PackageProblem(
    `rusak: bagian ${part} di arsip zip tidak dapat dibuka (${e.message})`,
    `damaged: part ${part} in the zip archive cannot be unpacked (${e.message})`,
  );

/** Text for an XML part we write: escaped, and a carriage return kept (a parser reads a raw one as a line end). */
const xmlText = (s: string): string => escapeText(s).replace(/\r/g, "&#13;");

/** A part name as a package name: forward slashes, no leading slash. */
const partName = (zipName: string): string => zipName.replace(/\\/g, "/").replace(/^\/+/, "");

class Parts {
  private byName = new Map<string, JSZip.JSZipObject>();
  /** The zip's entries when zipFile.ts reads its directory: parts are then inflated natively. */
  private entries?: Map<string, ZipEntry>;
  constructor(
    readonly zip: JSZip,
    private readonly input?: Buffer,
  ) {
    for (const f of Object.values(zip.files)) if (!f.dir) this.byName.set(partName(f.name).toLowerCase(), f);
    if (input) this.entries = readZipDirectory(input);
  }
  /** The zip entry of a part (names compare without case, as OPC part names do). */
  entry(part: string): JSZip.JSZipObject | undefined {
    return this.byName.get(part.toLowerCase());
  }
  async bytes(part: string): Promise<Buffer | undefined> {
    const f = this.entry(part);
    if (!f) return undefined;
    try {
      // Node's zlib, not jszip's inflate in JavaScript: a sheet of a million cells in a fraction
      // of the time (issue 11 item 6); the same check of the stated size as jszip's
      const entry = this.entries?.get(f.name);
      if (entry && this.input) {
        const bytes = entryBytes(this.input, entry);
        if (bytes.length !== entry.size) throw new Error("uncompressed data size mismatch");
        return bytes;
      }
      return await f.async("nodebuffer");
    } catch (e) {
      throw entryProblem(part, e as Error);
    }
  }
  async text(part: string): Promise<{ text: string; utf16: boolean } | undefined> {
    const b = await this.bytes(part);
    return b ? decodePart(b) : undefined;
  }
  /** Every part's name (lower case, as `entry` looks them up), sorted with numbers by value. */
  names(): string[] {
    return [...this.byName.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  }
}

/** What the Cermat pane saved under its key, from the first web extension part that has it. */
async function savedSettings(parts: Parts): Promise<string | undefined> {
  for (const part of parts.names().filter(isWebExtensionPart)) {
    const v = propertyIn((await parts.text(part))!.text, KUNCI_PENGATURAN);
    if (v !== undefined) return v;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// XML through saxes

const problemIn = (part: string, e: Error): PackageProblem =>
  new PackageProblem(
    `rusak: bagian ${part} bukan XML yang utuh (${e.message})`,
    `damaged: part ${part} is not well-formed XML (${e.message})`,
  );

const inSheet = (p: PackageProblem, sheet: string): PackageProblem =>
  new PackageProblem(`${p.id} (lembar "${sheet}")`, `${p.en} (sheet "${sheet}")`);

/** Runs a namespace-aware parser over a whole part; malformed XML is a PackageProblem naming it. */
function parse(
  xml: string,
  part: string,
  on: {
    open?: (t: SaxesTagNS) => void;
    close?: (t: SaxesTagNS) => void;
    text?: (s: string) => void;
  },
): void {
  const p = new SaxesParser({ xmlns: true });
  if (on.open) p.on("opentag", on.open);
  if (on.close) p.on("closetag", on.close);
  if (on.text) {
    p.on("text", on.text);
    p.on("cdata", on.text);
  }
  try {
    p.write(xml).close();
  } catch (e) {
    throw problemIn(part, e as Error);
  }
}

/** An attribute by local name: with no namespace, or (uri given) in that namespace. */
function attr(t: SaxesTagNS, local: string, uri = ""): string | undefined {
  for (const a of Object.values(t.attributes)) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** `r:id` in the transitional or strict relationships namespace. */
function relId(t: SaxesTagNS): string | undefined {
  for (const a of Object.values(t.attributes))
    if (a.local === "id" && a.uri && a.uri !== XML_NS) return a.value;
  return undefined;
}

type Rel = { id: string; type: string; target: string; external: boolean };

function readRels(xml: string, part: string): Rel[] {
  const out: Rel[] = [];
  parse(xml, part, {
    open: (t) => {
      if (t.local !== "Relationship") return;
      out.push({
        id: attr(t, "Id") ?? "",
        type: attr(t, "Type") ?? "",
        target: attr(t, "Target") ?? "",
        external: attr(t, "TargetMode") === "External",
      });
    },
  });
  return out;
}

/** A relationship's target as a part name (targets are URIs: "Data%20Tabel.xml"). */
function targetPart(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not percent-encoded after all
  }
  return resolveTarget(source, t);
}

/** Transitional and strict relationship types end in the same short name. */
const isType = (rel: Rel, short: string): boolean => rel.type.endsWith(`/${short}`);

/** The name of the first element of a part and its prefix ("" when none). */
function rootOf(xml: string): { qname: string; prefix: string; start: number; end: number } | undefined {
  let i = xml.indexOf("<");
  while (i >= 0 && (xml[i + 1] === "?" || xml[i + 1] === "!")) {
    const close = xml.startsWith("<!--", i) ? xml.indexOf("-->", i) : xml.indexOf(">", i);
    i = close < 0 ? -1 : xml.indexOf("<", close);
  }
  if (i < 0) return undefined;
  const qname = /^[^\s/>]+/.exec(xml.slice(i + 1, i + 200))?.[0] ?? "";
  const end = xml.indexOf(">", i);
  const colon = qname.indexOf(":");
  return { qname, prefix: colon >= 0 ? qname.slice(0, colon) : "", start: i, end: end + 1 };
}

// ---------------------------------------------------------------------------------------------
// Ranges

type Box = { r1: number; c1: number; r2: number; c2: number };

/** "A1", "A1:B2", whole columns "A:C" and whole rows "1:3" (as sqref and ref write them). */
export function refBox(ref: string): Box | undefined {
  const [a, b = a] = ref.split(":");
  const end = (s: string): { row?: number; col?: number } | undefined => {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s.trim());
    if (!m || (!m[1] && !m[2])) return undefined;
    return { col: m[1] ? colNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const p = end(a);
  const q = end(b);
  if (!p || !q) return undefined;
  return {
    r1: Math.min(p.row ?? 1, q.row ?? 1),
    c1: Math.min(p.col ?? 1, q.col ?? 1),
    r2: Math.max(p.row ?? MAX_ROW, q.row ?? MAX_ROW),
    c2: Math.max(p.col ?? MAX_COL, q.col ?? MAX_COL),
  };
}

const area = (b: Box): number => (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
const boxA1 = (b: Box): string =>
  b.r1 === b.r2 && b.c1 === b.c2
    ? `${colLetters(b.c1)}${b.r1}`
    : `${colLetters(b.c1)}${b.r1}:${colLetters(b.c2)}${b.r2}`;

// ---------------------------------------------------------------------------------------------
// Sheets

/** What the quick tests found in a sheet's `<sheetData>`. */
type Scan = {
  /** rows or cells without `r`, prefixed elements, or no plain `<sheetData>` to find */
  renumber: boolean;
  emptyRows: number;
  emptyCells: number;
};

// A tag's rest up to ">", quoted values skipped whole.
const TAG_REST = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const EMPTY_ROW = new RegExp(`<row\\b${TAG_REST}/>`, "g");
const CELL_TAG = new RegExp(`<c\\b(${TAG_REST})>`, "g");
const CELL_REF = /\sr\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;

/** How many times `s` holds `what`. */
function occurrences(s: string, what: string): number {
  let n = 0;
  for (let i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length)) n++;
  return n;
}

/**
 * Inline strings exceljs cannot read: a `<v>` beside the `<is>` of an inlineStr cell, or an
 * `<is>` with plain text followed by runs (`<is><t>a</t><r><t>b</t></r></is>`; both valid, and
 * read so by calamine: the text of `<is>`, "ab").
 */
const oddInline = (data: string): boolean =>
  data.includes("inlineStr") &&
  (/\bt\s*=\s*["']inlineStr["'][^>]*>\s*<[vf][\s>]/.test(data) ||
    /<\/t>\s*<r[\s>]/.test(data) ||
    /_x[0-9A-Fa-f]{4}_/.test(data));

function scan(data: string): Scan {
  let emptyRows = 0;
  let emptyCells = 0;
  // Too few "/>" for either limit (the usual case) and the elements are not counted.
  if (occurrences(data, "/>") > Math.min(EMPTY_ROWS, EMPTY_CELLS)) {
    const EMPTY = /<(row|c)\b[^>]*\/>/g;
    for (let m = EMPTY.exec(data); m; m = EMPTY.exec(data)) {
      if (m[1] === "row") emptyRows++;
      else emptyCells++;
    }
  }
  const prefixed =
    (data.includes(":row") || data.includes(":c ") || data.includes(":c>")) &&
    /<\/?[A-Za-z_][\w.-]*:(?:row|c)[\s>/]/.test(data);
  return {
    renumber:
      prefixed ||
      /<row(?=[\s>/])(?![^>]*\sr\s*=)/.test(data) ||
      /<c(?=[\s>/])(?![^>]*\sr\s*=)/.test(data) ||
      oddInline(data) ||
      ((data.includes('t="d"') || data.includes("t='d'")) && /<c\b[^>]*\st\s*=\s*["']d["']/.test(data)),
    emptyRows,
    emptyCells,
  };
}

/** The last row and column of the cells that hold something (a value, formula or inline string). */
function extent(data: string): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  CELL_TAG.lastIndex = 0;
  for (let m = CELL_TAG.exec(data); m; m = CELL_TAG.exec(data)) {
    if (m[1].endsWith("/")) continue; // <c .../>: nothing in it
    const r = CELL_REF.exec(m[1]);
    if (!r) continue;
    const row = Number(r[2]);
    const col = colNumber(r[1]);
    if (row > rows) rows = row;
    if (col > cols) cols = col;
  }
  return { rows, cols };
}

/** Drops empty `<c .../>` cells outside the cells that hold something. */
function clipEmptyCells(data: string, ext: { rows: number; cols: number }): string {
  const EMPTY_CELL = new RegExp(`<c\\b${TAG_REST}/>`, "g");
  return data.replace(EMPTY_CELL, (tag) => {
    const r = CELL_REF.exec(tag);
    if (!r) return "";
    return Number(r[2]) <= ext.rows && colNumber(r[1]) <= ext.cols ? tag : "";
  });
}

/** A start tag's attributes as written again: no namespace declarations, none of another namespace. */
function plainAttrs(t: SaxesTagNS, ...except: string[]): string {
  let s = "";
  for (const a of Object.values(t.attributes)) {
    if (except.includes(a.local) && !a.uri) continue;
    if (a.prefix === "xmlns" || a.name === "xmlns") continue;
    if (a.uri && a.uri !== XML_NS) continue;
    s += ` ${a.uri ? a.name : a.local}="${escapeAttr(a.value)}"`;
  }
  return s;
}

/**
 * Text as Excel shows it: `_xHHHH_` is the format's escape of a character XML cannot hold (a
 * carriage return `_x000D_`, a control character; `_x005F_` an underscore). exceljs decodes it
 * in shared strings (`<t>`) but not in an inline string nor in a formula's text result (`<v>`
 * of t="str"): inline strings are decoded here when a sheet is rewritten, formula results by
 * readWorkbook.
 */
export const unescapeText = (s: string): string =>
  s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;

/**
 * An ISO 8601 date, date-time or time (`t="d"` cells, as openpyxl writes them with iso_dates) as
 * the serial number Excel stores: days since 1899-12-30 (1900 system, whose serials before
 * 1900-03-01 are one less: Excel counts a 29 February 1900) or since 1904-01-01.
 */
export function isoSerial(iso: string, date1904 = false): number | undefined {
  const m =
    /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(
      iso,
    );
  if (!m || (!m[1] && !m[4])) return undefined;
  const time = m[4] ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400 : 0;
  if (!m[1]) return time;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
  const serial = date1904 ? day - Date.UTC(1904, 0, 1) / 86400000 : day - Date.UTC(1899, 11, 30) / 86400000;
  return (!date1904 && serial < 61 ? serial - 1 : serial) + time;
}

/**
 * `<sheetData>` rewritten by the parser: every row and cell gets its `r` (a row without one
 * follows the previous row, a cell the previous cell, as the format says), element names lose
 * their prefixes, attributes in other namespaces are dropped, rows without cells are dropped.
 * An inline string becomes its plain text (`<is><t>` of its text and runs' text, phonetic runs
 * aside) at the end of its cell; a `<v>` beside an `<is>` is dropped (the text of `<is>` is the
 * cell's value, as calamine reads it), a `<v>` alone becomes the `<is>`.
 */
function renumberSheetData(xml: string, part: string, date1904 = false): string {
  const out: string[] = [];
  let depth = 0; // inside <sheetData>: 1; its rows 2, their cells 3, cell content 4 and deeper
  let row = 0;
  let col = 0;
  let rowOpen = "";
  let rowHasCell = false;
  let inCell = false;
  let skip = 0; // an element of another namespace and its content are dropped
  let inlineCell = false; // a cell with t="inlineStr"
  let inline: { depth: number; kind: string; text: string; t: number; phonetic: number } | undefined; // its <is> or <v>
  let inlineText: { is?: string; v?: string } = {};
  let cellAt = 0; // where the cell's start tag is in `out`
  let inlineFormula = false; // an inlineStr cell with a formula: its text is the formula's result
  let isoCell = false; // a cell with t="d": its <v> is an ISO 8601 date, written as a serial number
  parse(xml, part, {
    open: (t) => {
      if (depth === 0) {
        if (t.local === "sheetData" && !t.isSelfClosing) depth = 1;
        return;
      }
      depth++;
      if (skip || !spreadsheetNs(t.uri)) {
        skip++;
        return;
      }
      if (depth === 2 && t.local === "row") {
        const r = Number(attr(t, "r"));
        row = Number.isInteger(r) && r > row ? r : row + 1;
        col = 0;
        rowHasCell = false;
        rowOpen = `<row r="${row}"${plainAttrs(t, "r")}>`;
      } else if (depth === 3 && t.local === "c") {
        const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(attr(t, "r") ?? "");
        col = m ? colNumber(m[1]) : col + 1;
        if (!rowHasCell) out.push(rowOpen);
        rowHasCell = true;
        inCell = !t.isSelfClosing;
        inlineCell = attr(t, "t") === "inlineStr";
        isoCell = attr(t, "t") === "d";
        inlineText = {};
        inlineFormula = false;
        cellAt = out.length;
        const attrs = isoCell ? plainAttrs(t, "r", "t") : plainAttrs(t, "r");
        out.push(`<c r="${colLetters(col)}${row}"${attrs}${t.isSelfClosing ? "/>" : ">"}`);
      } else if (inline) {
        if (t.local === "t" && !t.isSelfClosing) inline.t++;
        else if (t.local === "rPh" && !t.isSelfClosing) inline.phonetic++;
      } else if (depth === 4 && inCell && isoCell && t.local === "v" && !t.isSelfClosing) {
        inline = { depth, kind: "iso", text: "", t: 0, phonetic: 0 };
      } else if (depth === 4 && inCell && inlineCell && (t.local === "is" || t.local === "v")) {
        if (!t.isSelfClosing) inline = { depth, kind: t.local, text: "", t: 0, phonetic: 0 };
        else inlineText[t.local as "is" | "v"] ??= "";
      } else if (depth >= 4 && inCell) {
        if (depth === 4 && inlineCell && t.local === "f") inlineFormula = true;
        out.push(`<${t.local}${plainAttrs(t)}${t.isSelfClosing ? "/>" : ">"}`);
      }
    },
    close: (t) => {
      if (depth === 0) return;
      depth--;
      if (skip) {
        skip--;
        return;
      }
      if (inline) {
        if (depth + 1 === inline.depth) {
          // the end of the <is> or <v>: its text is written when the cell ends
          if (inline.kind === "iso") {
            const serial = isoSerial(inline.text, date1904);
            out.push(serial === undefined ? "" : `<v>${serial}</v>`);
          } else inlineText[inline.kind as "is" | "v"] ??= inline.text;
          inline = undefined;
        } else if (t.local === "t" && !t.isSelfClosing) inline.t--;
        else if (t.local === "rPh" && !t.isSelfClosing) inline.phonetic--;
        return;
      }
      if (depth === 1 && t.local === "row") {
        if (rowHasCell) out.push("</row>");
        rowHasCell = false;
      } else if (depth === 2 && t.local === "c") {
        // an inline string's value: the text of <is>, else (a writer that put it there) of <v>
        const text = inlineText.is ?? inlineText.v;
        if (inCell && inlineCell && text !== undefined && inlineFormula) {
          // exceljs reads a formula's text result from <v> of t="str" (decoded by readWorkbook)
          out[cellAt] = out[cellAt].replace(/ t="inlineStr"/, ' t="str"');
          out.push(`<v>${xmlText(text)}</v>`);
        } else if (inCell && inlineCell && text !== undefined)
          out.push(`<is><t xml:space="preserve">${xmlText(unescapeText(text))}</t></is>`);
        inlineText = {};
        if (inCell) out.push("</c>");
        inCell = false;
      } else if (depth >= 3 && inCell && !t.isSelfClosing) {
        out.push(`</${t.local}>`);
      }
    },
    text: (s) => {
      if (inline) {
        if (inline.kind !== "is" || (inline.t > 0 && inline.phonetic === 0)) inline.text += s;
      } else if (depth >= 4 && inCell && !skip) out.push(xmlText(s));
    },
  });
  return out.join("");
}

type Ranges = { merges: Box[]; mergeCells: number; validationCells: number; hyperlinks: boolean };

/** A sheet's merged areas and how many cells its validations cover. */
function readRanges(xml: string, part: string): Ranges {
  const merges: Box[] = [];
  let mergeCells = 0;
  let validationCells = 0;
  let hyperlinks = false;
  parse(xml, part, {
    open: (t) => {
      if (t.local === "hyperlink") hyperlinks = true;
      else if (t.local === "mergeCell") {
        const b = refBox(attr(t, "ref") ?? "");
        if (b) {
          merges.push(b);
          mergeCells += area(b);
        }
      } else if (t.local === "dataValidation") {
        for (const ref of (attr(t, "sqref") ?? "").split(/\s+/)) {
          const b = ref ? refBox(ref) : undefined;
          if (b) validationCells += area(b);
        }
      }
    },
  });
  return { merges, mergeCells, validationCells, hyperlinks };
}

/**
 * One sheet for exceljs: undefined when it can be read as it is. A rewritten sheet keeps its
 * `<sheetData>` and merged areas only (the engine reads nothing else: validations, conditional
 * formats, hyperlinks, drawings, column widths go), so it no longer needs its relationships.
 * A sheet whose only trouble is hyperlinks loses its `<hyperlinks>` element and keeps the rest
 * (`keepRels`): exceljs puts a hyperlink's text in place of its cell's formula, and the address
 * in place of an empty cell's value (exceljs's spec/integration/data/formulas.xlsx).
 */
export function prepareSheet(
  xml: string,
  part: string,
  force = false,
  date1904 = false,
): { xml?: string; changes: string[]; keepRels?: boolean } {
  const root = rootOf(xml);
  if (!root) throw problemIn(part, new Error("tidak ada elemen"));
  const sdName = root.prefix ? `${root.prefix}:sheetData` : "sheetData";
  let open = xml.indexOf(`<${sdName}`, root.end);
  while (open >= 0 && !/[\s/>]/.test(xml[open + sdName.length + 1] ?? ""))
    open = xml.indexOf(`<${sdName}`, open + 1);
  const openEnd = open < 0 ? -1 : xml.indexOf(">", open) + 1;
  const selfClosing = openEnd > 0 && xml[openEnd - 2] === "/";
  const closeTag = `</${sdName}>`;
  const close = open < 0 || selfClosing ? openEnd : xml.lastIndexOf(closeTag);
  const rootClose = xml.lastIndexOf(`</${root.qname}`);
  // Without a plain <sheetData> to cut out (a prefixed one inside an unprefixed root, or none)
  // the parser reads the whole sheet.
  const whole = open < 0 || close < openEnd || rootClose < close;
  let data = whole ? "" : xml.slice(openEnd, selfClosing ? openEnd : close);
  const tailStart = selfClosing ? openEnd : close + closeTag.length;
  const ranges = readRanges(
    whole ? xml : `${xml.slice(root.start, root.end)}${xml.slice(tailStart, rootClose)}</${root.qname}>`,
    part,
  );
  const s = whole ? { renumber: true, emptyRows: 0, emptyCells: 0 } : scan(data);
  const bigRanges = ranges.validationCells > RANGE_CELLS || ranges.mergeCells > RANGE_CELLS;
  const stripRows = s.emptyRows > EMPTY_ROWS;
  const stripCells = s.emptyCells > EMPTY_CELLS;
  const changes: string[] = [];
  if (!force && !root.prefix && !s.renumber && !bigRanges && !stripRows && !stripCells) {
    const h0 = ranges.hyperlinks && !whole ? xml.indexOf("<hyperlinks", tailStart) : -1;
    if (h0 < 0 || h0 > rootClose || !/[\s/>]/.test(xml[h0 + 11] ?? "")) return { changes };
    const gt = xml.indexOf(">", h0);
    const h1 = xml[gt - 1] === "/" ? gt + 1 : xml.indexOf("</hyperlinks>", gt) + "</hyperlinks>".length;
    if (gt < 0 || h1 < gt || h1 > rootClose) return { changes };
    return { xml: xml.slice(0, h0) + xml.slice(h1), changes: ["hyperlinks dropped"], keepRels: true };
  }

  // a comment, CDATA section or processing instruction in <sheetData>: no regular-expression edits
  const markup = (stripRows || stripCells) && (data.includes("<!") || data.includes("<?"));
  // rebuilt after exceljs failed: every sheetData through the parser (a quick test may miss something)
  const needed = root.prefix || s.renumber || markup;
  let renumbered = false;
  if (needed || force) {
    // the parser reads the sheet up to the end of <sheetData> (positions in messages stay those of
    // the part): what follows is dropped anyway, and a fault there must not stop the reading
    try {
      data = renumberSheetData(whole ? xml : `${xml.slice(0, tailStart)}</${root.qname}>`, part, date1904);
      renumbered = true;
      changes.push("sheetData rewritten (elements renumbered or unprefixed)");
    } catch (e) {
      // the fallback's parser pass was not needed: text around the elements (exceljs's
      // invalid-xml.xlsx, which Excel repairs) leaves <sheetData> as the quick path cut it
      if (needed || !(e instanceof PackageProblem)) throw e;
    }
  }
  if (!renumbered && stripRows) {
    data = data.replace(EMPTY_ROW, "");
    changes.push(`${s.emptyRows} empty rows dropped`);
  }
  let ext: { rows: number; cols: number } | undefined;
  if (stripCells) {
    ext = extent(data);
    data = clipEmptyCells(data, ext);
    changes.push(`empty styled cells outside A1:${colLetters(ext.cols)}${ext.rows} dropped`);
  }
  if (ranges.validationCells) changes.push(`data validations over ${ranges.validationCells} cells dropped`);
  let merges = ranges.merges;
  if (ranges.mergeCells > RANGE_CELLS) {
    ext ??= extent(data);
    const e = ext;
    merges = merges
      .map((b) => ({ ...b, r2: Math.min(b.r2, e.rows), c2: Math.min(b.c2, e.cols) }))
      .filter((b) => b.r1 <= b.r2 && b.c1 <= b.c2 && area(b) > 1);
    changes.push(`merged areas clipped to A1:${colLetters(e.cols)}${e.rows}`);
  }
  const mergeXml = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((b) => `<mergeCell ref="${boxA1(b)}"/>`).join("")}</mergeCells>`
    : "";
  // The original root keeps its namespace declarations (attributes such as x14ac:dyDescent stay
  // bound); a prefixed root, or one the parser read whole, is written plain.
  const plain = root.prefix || whole;
  const rootTag = plain ? `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` : xml.slice(root.start, root.end);
  const rootName = plain ? "worksheet" : root.qname;
  return { xml: `${DECL}${rootTag}<sheetData>${data}</sheetData>${mergeXml}</${rootName}>`, changes };
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles

/** A part rewritten with its elements unprefixed; elements of other namespaces are dropped. */
function unprefixed(xml: string, part: string): string {
  const out: string[] = [DECL];
  let skip = 0;
  let rootDone = false;
  let mainUri = "";
  parse(xml, part, {
    open: (t) => {
      if (!rootDone) mainUri = t.uri;
      if (skip || t.uri !== mainUri) {
        skip++;
        return;
      }
      let a = rootDone ? "" : ` xmlns="${escapeAttr(mainUri)}"`;
      rootDone = true;
      a += plainAttrs(t);
      out.push(`<${t.local}${a}${t.isSelfClosing ? "/>" : ">"}`);
    },
    close: (t) => {
      if (skip) {
        skip--;
        return;
      }
      if (!t.isSelfClosing) out.push(`</${t.local}>`);
    },
    text: (s) => {
      if (!skip && rootDone) out.push(xmlText(s));
    },
  });
  return out.join("");
}

/** A string item with plain text followed by runs (`<si><t>a</t><r><t>b</t></r></si>`). */
const RICH_AFTER_PLAIN = /<\/(?:[\w.-]+:)?t>\s*<(?:[\w.-]+:)?r[\s>]/;

/**
 * Shared strings as plain text, each item the text of its `<t>` and its runs' `<t>` (phonetic
 * runs aside), for exceljs, which throws on plain text followed by runs. The engine reads text
 * only; formatting within a string is never used.
 */
function flattenStrings(xml: string, part: string): string {
  const out: string[] = [DECL, `<sst xmlns="${MAIN}">`];
  let si: string | undefined;
  let t = 0;
  let phonetic = 0;
  parse(xml, part, {
    open: (e) => {
      if (e.local === "si") si = e.isSelfClosing ? undefined : "";
      else if (e.local === "t" && !e.isSelfClosing) t++;
      else if (e.local === "rPh" && !e.isSelfClosing) phonetic++;
      if (e.local === "si" && e.isSelfClosing) out.push("<si/>");
    },
    close: (e) => {
      if (e.isSelfClosing) return;
      if (e.local === "si" && si !== undefined) {
        out.push(`<si><t xml:space="preserve">${xmlText(si)}</t></si>`);
        si = undefined;
      } else if (e.local === "t") t--;
      else if (e.local === "rPh") phonetic--;
    },
    text: (x) => {
      if (si !== undefined && t > 0 && phonetic === 0) si += x;
    },
  });
  out.push("</sst>");
  return out.join("");
}

/** A part as exceljs is to read it, and what was changed ([] when the part's text is kept). */
type Rewritten = { xml: string; changes: string[] };

/** A part's text unprefixed and in UTF-8 when it is not so already. */
function plainPart(t: { text: string; utf16: boolean }, part: string): Rewritten {
  return t.utf16 || rootOf(t.text)?.prefix
    ? { xml: unprefixed(t.text, part), changes: ["unprefixed / UTF-8"] }
    : { xml: t.text, changes: [] };
}

/** ... and without the font flags set off that exceljs would read as on (fontFlags.ts). */
function withoutOffFlags(r: Rewritten): Rewritten {
  const d = dropOffFlags(r.xml);
  return d ? { xml: d.xml, changes: [...r.changes, `${d.dropped} font flags set off dropped`] } : r;
}

/** The styles part as exceljs will read it (DatedResults makes its copies in this text). */
async function stylesFor(parts: Parts, part: string): Promise<Rewritten> {
  return withoutOffFlags(plainPart((await parts.text(part))!, part));
}

/** The shared strings as exceljs will read them. */
async function stringsFor(parts: Parts, part: string, rebuild: boolean): Promise<Rewritten> {
  const bytes = (await parts.bytes(part))!;
  // font flags are in runs (<rPr>) only: strings without runs, the usual case, are not decoded
  if (!rebuild && !bytes.includes("<rPr")) return { xml: "", changes: [] };
  const t = decodePart(bytes);
  if (rebuild && RICH_AFTER_PLAIN.test(t.text))
    return { xml: flattenStrings(t.text, part), changes: ["plain text (rich text after plain text)"] };
  return withoutOffFlags(rebuild ? plainPart(t, part) : { xml: t.text, changes: [] });
}

/** Enough of a styles part for exceljs, for a package without one. */
const MINIMAL_STYLES = `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>`;

/**
 * The first bytes of a part, enough to see its encoding and its root element's prefix, without
 * inflating all of it (shared strings can be tens of megabytes).
 */
function head(f: JSZip.JSZipObject): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const s = f.nodeStream("nodebuffer") as NodeJS.ReadableStream & { destroy(): void };
    const chunks: Buffer[] = [];
    let n = 0;
    const done = (): void => {
      s.removeAllListeners("data");
      s.destroy();
      resolve(Buffer.concat(chunks));
    };
    s.on("data", (c: Buffer) => {
      chunks.push(c);
      n += c.length;
      if (n >= 4096) done();
    });
    s.on("end", done);
    s.on("error", reject);
  });
}

async function needsRewrite(f: JSZip.JSZipObject | undefined): Promise<boolean> {
  if (!f) return false;
  let bytes: Buffer;
  try {
    bytes = await head(f);
  } catch (e) {
    throw entryProblem(partName(f.name), e as Error);
  }
  const { text, utf16 } = decodePart(bytes);
  return utf16 || !!rootOf(text)?.prefix;
}

// ---------------------------------------------------------------------------------------------
// The package

type SheetPlan = { name: string; state?: string; sheetId: string; part: string };

type Workbook = {
  part: string;
  sheets: SheetPlan[];
  date1904: boolean;
  exceljs1904: boolean;
  sharedStrings?: string;
  styles?: string;
  /** exceljs can read the layout as it is */
  plain: boolean;
};

async function openZip(bytes: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new PackageProblem(
      `rusak: arsip zip-nya rusak atau terpotong (${(e as Error).message})`,
      `damaged: its zip archive is damaged or truncated (${(e as Error).message})`,
    );
  }
}

async function findWorkbook(parts: Parts): Promise<Workbook> {
  // The workbook part: the package's officeDocument relationship; else the content type; else
  // the usual name.
  let plain = true;
  let main: string | undefined;
  const rootRels = await parts.text("_rels/.rels");
  if (rootRels) {
    plain &&= !rootRels.utf16 && !rootOf(rootRels.text)?.prefix;
    const office = readRels(rootRels.text, "_rels/.rels").find(
      (r) => isType(r, "officeDocument") && !r.external,
    );
    if (office) main = targetPart("", office.target);
  }
  if (!main || !parts.entry(main)) {
    const types = await parts.text("[Content_Types].xml");
    const found: string[] = [];
    if (types)
      parse(types.text, "[Content_Types].xml", {
        open: (t) => {
          const ct = attr(t, "ContentType") ?? "";
          if (t.local === "Override" && /\.(sheet|template)\.main\+xml$|macroEnabled\.main\+xml$/.test(ct))
            found.push(partName(attr(t, "PartName") ?? ""));
        },
      });
    main =
      found.find((p) => parts.entry(p)) ?? (parts.entry("xl/workbook.xml") ? "xl/workbook.xml" : undefined);
  }
  if (!main) {
    const [id, en] = parts.entry("word/document.xml")
      ? [" (ini dokumen Word)", " (a Word document)"]
      : parts.entry("ppt/presentation.xml")
        ? [" (ini presentasi PowerPoint)", " (a PowerPoint presentation)"]
        : ["", ""];
    throw new PackageProblem(
      `bukan buku kerja Excel: paket zip-nya tidak berisi bagian buku kerja (xl/workbook.xml)${id}`,
      `not an Excel workbook: its zip package holds no workbook part (xl/workbook.xml)${en}`,
    );
  }
  const wbEntry = parts.entry(main);
  plain &&= main === "xl/workbook.xml" && wbEntry?.name === main;
  const wb = (await parts.text(main))!;
  plain &&= !wb.utf16 && !rootOf(wb.text)?.prefix;
  const listed: Array<SheetPlan & { rid: string }> = [];
  let date1904 = false;
  // as exceljs reads it: the unprefixed workbookPr's date1904="1" (not an x15:workbookPr in extLst)
  let exceljs1904 = false;
  parse(wb.text, main, {
    open: (t) => {
      if (t.local === "sheet")
        listed.push({
          name: attr(t, "name") ?? "",
          state: attr(t, "state"),
          sheetId: attr(t, "sheetId") ?? String(listed.length + 1),
          rid: relId(t) ?? "",
          part: "",
        });
      // the spreadsheet namespace's workbookPr only: Excel's x15:workbookPr in extLst has no
      // date1904 and must not reset it (sheetjs's 1904.xlsx)
      else if (t.local === "workbookPr" && spreadsheetNs(t.uri)) {
        const d = attr(t, "date1904") ?? "";
        date1904 = /^(1|true)$/.test(d);
        // exceljs reads date1904="1" only: "true" (LibreOffice, calamine's date_1904.xlsx) is
        // written again as "1" in a rebuilt package, or every date would be four years early
        if (date1904 && d !== "1") plain = false;
        if (t.name === "workbookPr") exceljs1904 = d === "1";
      }
    },
  });
  if (listed.length === 0)
    throw new PackageProblem(
      `rusak: bagian buku kerja ${main} tidak mendaftar satu lembar pun`,
      `damaged: the workbook part ${main} lists no sheet`,
    );
  const relsPart = relsPath(main);
  const relsText = await parts.text(relsPart);
  if (!relsText)
    throw new PackageProblem(
      `rusak: bagian ${relsPart} (tautan buku kerja ke lembar-lembarnya) tidak ada`,
      `damaged: part ${relsPart} (the workbook's links to its sheets) is missing`,
    );
  plain &&= !relsText.utf16 && !rootOf(relsText.text)?.prefix && parts.entry(relsPart)?.name === relsPart;
  const rels = readRels(relsText.text, relsPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPlan[] = [];
  for (const s of listed) {
    if (!s.rid) {
      // Excel opens a sheet listed without r:id as an empty sheet (ISO 29500 12.3.23; ClosedXML's
      // TryToLoad/SheetsWithoutRelId.xlsx): no cells to read, and exceljs must not see it
      plain = false;
      continue;
    }
    const rel = byId.get(s.rid);
    if (!rel)
      throw new PackageProblem(
        `rusak: lembar "${s.name}" tidak bertaut ke bagian mana pun (${relsPart} tidak punya ${s.rid || "r:id"})`,
        `damaged: sheet "${s.name}" links to no part (${relsPart} has no ${s.rid || "r:id"})`,
      );
    if (!isType(rel, "worksheet")) continue; // chart sheets and the like hold no cells
    const part = targetPart(main, rel.target);
    const entry = parts.entry(part);
    if (!entry)
      throw new PackageProblem(
        `rusak: lembar "${s.name}" menunjuk bagian ${part} yang tidak ada di paket`,
        `damaged: sheet "${s.name}" points at part ${part}, which is not in the package`,
      );
    // exceljs finds a sheet by the name `xl/` + its target, among entries named xl/worksheets/sheetN.xml
    const key = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, "")}`;
    plain &&= entry.name === part && key === part && /^xl\/worksheets\/sheet\d+\.xml$/.test(part);
    sheets.push({ name: s.name, state: s.state, sheetId: s.sheetId, part });
  }
  const target = (short: string, usual: string): string | undefined => {
    const rel = rels.find((r) => isType(r, short) && !r.external);
    if (!rel) return undefined;
    const part = targetPart(main, rel.target);
    if (!parts.entry(part)) return undefined;
    plain &&= part === usual && parts.entry(part)?.name === usual;
    return part;
  };
  const sharedStrings = target("sharedStrings", "xl/sharedStrings.xml");
  const styles = target("styles", "xl/styles.xml");
  plain &&= !!styles;
  plain &&= !(await needsRewrite(sharedStrings ? parts.entry(sharedStrings) : undefined));
  plain &&= !(await needsRewrite(styles ? parts.entry(styles) : undefined));
  return { part: main, sheets, date1904, exceljs1904, sharedStrings, styles, plain };
}

/**
 * The package exceljs reads. Throws a PackageProblem saying what is wrong for a package that is
 * not a readable workbook (damaged zip, no workbook part, malformed XML in a part we read).
 */
export async function preparePackage(bytes: Buffer, opts: PrepareOptions = {}): Promise<Prepared> {
  const stage = opts.stage ?? (() => undefined);
  stage({ id: "membuka arsip zip", en: "opening the zip archive" });
  const zip = await openZip(bytes);
  const parts = new Parts(zip, bytes);
  const wb = await findWorkbook(parts);
  const addinSettings = await savedSettings(parts);
  const rebuild = opts.rebuild || !wb.plain;
  const changes: string[] = rebuild ? ["package rebuilt in exceljs's layout"] : [];
  const sheets: SheetInfo[] = [];
  const out = rebuild ? new JSZip() : zip;
  const STORE = { compression: "STORE" as const };
  const styles = wb.styles ? await stylesFor(parts, wb.styles) : undefined;
  let dated: DatedResults | undefined;
  const kept: DirectPackage["sheets"] = [];
  for (const [i, s] of wb.sheets.entries()) {
    stage({ id: `menyiapkan lembar "${s.name}" (${s.part})`, en: `preparing sheet "${s.name}" (${s.part})` });
    const { text, utf16 } = (await parts.text(s.part))!;
    sheets.push({ name: s.name, part: s.part, chars: text.length });
    if (opts.keep && !rebuild) kept.push({ name: s.name, state: s.state, sheetId: s.sheetId, text });
    let prepared: ReturnType<typeof prepareSheet>;
    try {
      prepared = prepareSheet(text, s.part, rebuild, wb.date1904);
    } catch (e) {
      throw e instanceof PackageProblem ? inSheet(e, s.name) : e;
    }
    if (mayHoldDatedResults(prepared.xml ?? text)) {
      dated ??= new DatedResults(styles?.xml);
      const undated = dated.undate(prepared.xml ?? text);
      if (undated) {
        // a sheet kept whole keeps its relationships; one prepareSheet cut down has none left
        prepared = {
          ...prepared,
          xml: undated.xml,
          keepRels: prepared.xml === undefined || prepared.keepRels,
        };
        prepared.changes.push(
          `date-formatted formulas with a text, boolean or error result: ${undated.cells}`,
        );
      }
    }
    const name = rebuild ? `xl/worksheets/sheet${i + 1}.xml` : s.part;
    if (prepared.xml !== undefined || utf16) {
      out.file(name, Buffer.from(prepared.xml ?? text.replace(/^<\?xml[^>]*\?>\s*/, DECL), "utf8"), STORE);
      // the rewritten sheet no longer refers to its relationships (hyperlinks, drawings, notes)
      if (!rebuild && prepared.xml !== undefined && !prepared.keepRels) zip.remove(relsPath(s.part));
      changes.push(
        ...prepared.changes.map((c) => `${s.part}: ${c}`),
        ...(utf16 ? [`${s.part}: UTF-16 to UTF-8`] : []),
      );
    }
  }
  // shared strings and styles as exceljs is to read them; a part with nothing to change stays as is
  const copies = dated?.stylesWithCopies();
  for (const [part, usual] of [
    [wb.sharedStrings, "xl/sharedStrings.xml"],
    [wb.styles, "xl/styles.xml"],
  ] as const) {
    const isStyles = usual === "xl/styles.xml";
    if (!part) {
      if (rebuild && isStyles) out.file(usual, MINIMAL_STYLES, STORE);
      continue;
    }
    stage({ id: `menyiapkan ${part}`, en: `preparing ${part}` });
    const r = isStyles ? styles! : await stringsFor(parts, part, rebuild);
    const withCopies = isStyles && copies !== undefined;
    const xml = withCopies ? copies : r.changes.length ? r.xml : undefined;
    const name = rebuild ? usual : part;
    if (xml !== undefined) {
      out.file(name, Buffer.from(xml, "utf8"), STORE);
      changes.push(...r.changes.map((c) => `${part}: ${c}`));
      if (withCopies) changes.push(`${part}: General copies of date styles`);
    } else if (rebuild) out.file(name, (await parts.bytes(part))!, STORE);
  }
  if (rebuild) {
    const sheetXml = wb.sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeAttr(s.name)}" sheetId="${escapeAttr(s.sheetId)}"${s.state ? ` state="${escapeAttr(s.state)}"` : ""} r:id="rId${i + 1}"/>`,
      )
      .join("");
    out.file(
      "xl/workbook.xml",
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${wb.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheetXml}</sheets></workbook>`,
      STORE,
    );
    const rel = (id: string, type: string, target: string): string =>
      `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
    out.file(
      "xl/_rels/workbook.xml.rels",
      `${DECL}<Relationships xmlns="${PKG_REL}">${wb.sheets.map((_, i) => rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`)).join("")}${wb.sharedStrings ? rel("rIdS", "sharedStrings", "sharedStrings.xml") : ""}${rel("rIdT", "styles", "styles.xml")}</Relationships>`,
      STORE,
    );
    out.file(
      "_rels/.rels",
      `${DECL}<Relationships xmlns="${PKG_REL}">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
      STORE,
    );
    const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    out.file(
      "[Content_Types].xml",
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>${wb.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`).join("")}${wb.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` : ""}<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
      STORE,
    );
  }
  const saved = addinSettings !== undefined ? { addinSettings } : {};
  if (!changes.length) {
    const direct: DirectPackage | undefined =
      opts.keep && !rebuild
        ? {
            date1904: wb.exceljs1904,
            sheets: kept,
            ...(wb.sharedStrings ? { sharedStrings: (await parts.bytes(wb.sharedStrings))! } : {}),
            ...(styles ? { styles: styles.xml } : {}),
          }
        : undefined;
    return { bytes, rebuilt: false, changes, sheets, ...saved, ...(direct ? { direct } : {}) };
  }
  // Entries we did not touch keep their compressed bytes (jszip copies them when the method matches).
  const outBytes = await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { bytes: outBytes, rebuilt: rebuild, changes, sheets, ...saved };
}

/**
 * Why exceljs could not read a package, when the reason is in the package: the first part we
 * give it that is not well-formed XML. Undefined when every part parses.
 */
export async function diagnose(bytes: Buffer): Promise<PackageProblem | undefined> {
  try {
    const parts = new Parts(await openZip(bytes));
    const wb = await findWorkbook(parts);
    for (const part of [wb.sharedStrings, wb.styles, ...wb.sheets.map((s) => s.part)]) {
      if (!part) continue;
      const sheet = wb.sheets.find((s) => s.part === part);
      try {
        parse((await parts.text(part))!.text, part, {});
      } catch (e) {
        throw e instanceof PackageProblem && sheet ? inSheet(e, sheet.name) : e;
      }
    }
  } catch (e) {
    if (e instanceof PackageProblem) return e;
    throw e;
  }
  return undefined;
}
