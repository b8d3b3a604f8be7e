// The direct reader (issue 11 item 6): the grids of a package exceljs would read as it is,
// without exceljs's model of every row and cell (most of the time and memory of a large check).
// It reads `<sheetData>` with a scanner of its own and gives each cell what sheetToGrid.ts takes
// from exceljs: the same value (built as exceljs builds it, then through the same plainValue),
// formula text (shared formulas translated by exceljs's own slideFormula), number format, bold
// and fill (exceljs's own reader of the styles part), merged areas (exceljs's Range), dates
// (exceljs's own test and conversion, 1904 system included).
//
// It reads only what it fully understands and says so by returning undefined otherwise; the
// caller then reads the package with exceljs as before. Anything unusual sends it back: a
// comment, CDATA section or processing instruction in `<sheetData>`, an element other than
// row, c, v, f, is and t there, rows or cells out of order or with an odd `r`, an entity or a
// character XML does not allow, a shared string or shared formula that is not there, a shared
// formula in a merged cell, overlapping merged areas, a sheet name exceljs would refuse or change.
import { Readable } from "stream";
import { isDateFmt, excelToDate, xmlDecode } from "exceljs/lib/utils/utils";
import { slideFormula } from "exceljs/lib/utils/shared-formula";
import Range from "exceljs/lib/doc/range";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform";
import SharedStringsXform from "exceljs/lib/xlsx/xform/strings/shared-strings-xform";
import type ExcelJS from "exceljs";
import { Grid, parseRange } from "../core/grid";
import { plainValue } from "./sheetToGrid";

/** A package exceljs would read unchanged, as preparePackage found it (xlsxPackage.ts). */
export type DirectPackage = {
  date1904: boolean;
  /** The worksheets in workbook order. */
  sheets: Array<{ name: string; state?: string; sheetId: string; text: string }>;
  sharedStrings?: Buffer;
  styles?: string;
};

/** The scanner met something it does not read as exceljs would: exceljs reads the package. */
class NotDirect extends Error {}

const fail = (why: string): never => {
  throw new NotDirect(why);
};

type Style = { numFmt?: string; font?: { bold?: boolean }; fill?: ExcelJS.Fill } | null;

// ---------------------------------------------------------------------------------------------
// XML text as saxes gives it to exceljs

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#x([0-9A-Fa-f]+)|#([0-9]+));|&/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const xmlChar = (c: number): boolean =>
  c === 9 ||
  c === 10 ||
  c === 13 ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/** Character data: line ends normalised, entities and character references decoded. */
function text(raw: string): string {
  let s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (s.includes("&"))
    s = s.replace(
      ENTITY,
      (m, named: string | undefined, hex: string | undefined, dec: string | undefined) => {
        if (named) return NAMED[named];
        if (!hex && !dec) return fail("a bare & or an unknown entity");
        const c = hex ? parseInt(hex, 16) : parseInt(dec!, 10);
        if (!xmlChar(c)) fail("a character reference XML does not allow");
        return String.fromCodePoint(c);
      },
    );
  return s;
}

// ---------------------------------------------------------------------------------------------
// The scanner of <sheetData>

const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Quote = 34,
  Apos = 39,
  Amp = 38,
  Slash = 47,
  Lt = 60,
  Eq = 61,
  Gt = 62,
}

const isSpace = (c: number): boolean => c === Ch.Space || c === Ch.Lf || c === Ch.Tab || c === Ch.Cr;

/** One start tag's attributes the reader uses, and where the tag ends. */
class Tag {
  end = 0;
  selfClosing = false;
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
  si: string | undefined;
  ref: string | undefined;
}

/** Whether `c` may start (`first`) or continue an attribute name (ASCII names; others send back). */
const nameChar = (c: number, first: boolean): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 95 ||
  (!first && ((c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45));

/** The value of a used attribute, from `from` to `to`: plain text only. */
function usedValue(d: string, from: number, to: number, old: string | undefined): string {
  if (old !== undefined) fail("an attribute twice");
  for (let i = from; i < to; i++) {
    const c = d.charCodeAt(i);
    if (c === Ch.Amp || c === Ch.Lt || c === Ch.Tab || c === Ch.Lf || c === Ch.Cr)
      fail("an attribute value to decode or normalise");
  }
  return d.slice(from, to);
}

/** Reads the attributes of the tag whose name ends at `p` into `tag` (fails on anything odd). */
function readTag(d: string, p: number, tag: Tag): void {
  tag.r = tag.s = tag.t = tag.si = tag.ref = undefined;
  const n = d.length;
  for (;;) {
    let c = d.charCodeAt(p);
    while (isSpace(c)) c = d.charCodeAt(++p);
    if (c === Ch.Gt) {
      tag.end = p + 1;
      tag.selfClosing = false;
      return;
    }
    if (c === Ch.Slash) {
      if (d.charCodeAt(p + 1) !== Ch.Gt) fail("a / in a tag");
      tag.end = p + 2;
      tag.selfClosing = true;
      return;
    }
    if (p >= n) fail("a tag without its end");
    const nameStart = p;
    if (!nameChar(c, true)) fail("an odd attribute name");
    c = d.charCodeAt(++p);
    while (nameChar(c, false)) c = d.charCodeAt(++p);
    const nameEnd = p;
    c = d.charCodeAt(p);
    while (isSpace(c)) c = d.charCodeAt(++p);
    if (c !== Ch.Eq) fail("an attribute without a value");
    c = d.charCodeAt(++p);
    while (isSpace(c)) c = d.charCodeAt(++p);
    if (c !== Ch.Quote && c !== Ch.Apos) fail("an attribute value without quotes");
    const close = d.indexOf(c === Ch.Quote ? '"' : "'", p + 1);
    if (close < 0) fail("an attribute value without its end");
    const from = p + 1;
    p = close + 1;
    const next = d.charCodeAt(p);
    if (!isSpace(next) && next !== Ch.Gt && next !== Ch.Slash) fail("attributes run together");
    const len = nameEnd - nameStart;
    const c0 = d.charCodeAt(nameStart);
    if (len === 1 && c0 === 114 /* r */) tag.r = usedValue(d, from, close, tag.r);
    else if (len === 1 && c0 === 115 /* s */) tag.s = usedValue(d, from, close, tag.s);
    else if (len === 1 && c0 === 116 /* t */) tag.t = usedValue(d, from, close, tag.t);
    else if (len === 2 && d.startsWith("si", nameStart)) tag.si = usedValue(d, from, close, tag.si);
    else if (len === 3 && d.startsWith("ref", nameStart)) tag.ref = usedValue(d, from, close, tag.ref);
    else
      for (let i = from; i < close; i++) {
        const ch = d.charCodeAt(i);
        if (ch === Ch.Lt) fail("a < in an attribute value");
        if (ch === Ch.Amp) {
          text(d.slice(from, close)); // only checked
          break;
        }
      }
  }
}

/** Whether the tag at `lt` is `<name` (`</name` with `end`), and where its name ends, or -1. */
function tagIs(d: string, lt: number, name: string, end = false): number {
  const at = end ? lt + 2 : lt + 1;
  if (end && d.charCodeAt(lt + 1) !== Ch.Slash) return -1;
  if (!d.startsWith(name, at)) return -1;
  const p = at + name.length;
  const c = d.charCodeAt(p);
  return isSpace(c) || c === Ch.Gt || c === Ch.Slash ? p : -1;
}

/** The tag's name at `lt`, for a message. */
const nameAt = (d: string, lt: number): string => /^<\/?[^\s/>]*/.exec(d.slice(lt, lt + 40))?.[0] ?? "<";

/** The end tag `</name>` at `lt` (white space before its `>` allowed); where it ends. */
function endTag(d: string, lt: number, name: string): number {
  let p = tagIs(d, lt, name, true);
  if (p < 0) fail(`${nameAt(d, lt)}> where </${name}> was expected`);
  let c = d.charCodeAt(p);
  while (isSpace(c)) c = d.charCodeAt(++p);
  if (c !== Ch.Gt) fail(`an odd </${name}>`);
  return p + 1;
}

/** The character data from `p` to the next `<`, which must be `</name>`: [text, end]. */
function content(d: string, p: number, name: string, into: { end: number }): string {
  const lt = d.indexOf("<", p);
  if (lt < 0) fail(`<${name}> without its end`);
  into.end = endTag(d, lt, name);
  return d.slice(p, lt);
}

/**
 * A text-only element whose name ends at `e` (its attributes read into `tag`): its text, or
 * undefined when it has none (saxes gives exceljs no text then); `at.end` is where it ends.
 */
function leafText(d: string, e: number, name: string, tag: Tag, at: { end: number }): string | undefined {
  readTag(d, e, tag);
  if (tag.selfClosing) {
    at.end = tag.end;
    return undefined;
  }
  const raw = content(d, tag.end, name, at);
  return raw ? text(raw) : undefined;
}

/** Skips white space from `p`; fails on other text (exceljs would ignore it, we do not guess). */
function skipSpace(d: string, p: number): number {
  const n = d.length;
  let c = d.charCodeAt(p);
  while (p < n && isSpace(c)) c = d.charCodeAt(++p);
  if (p < n && c !== Ch.Lt) fail("text between elements");
  return p;
}

/** One `<c>` as exceljs's cell reader leaves it (cell-xform.js parseClose); reused per cell. */
class RawCell {
  row = 0;
  col = 0;
  address = "";
  t: string | undefined;
  styleId: number | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
}

/**
 * Every cell of `<sheetData>` (`d`, its content) in order, as written, given to `each` (one
 * object, filled again for the next cell).
 */
function scanCells(d: string, each: (cell: RawCell) => void): void {
  const tag = new Tag();
  const cell = new RawCell();
  const at = { end: 0 };
  let p = 0;
  let lastRow = 0;
  const n = d.length;
  for (;;) {
    p = skipSpace(d, p);
    if (p >= n) break;
    const rowName = tagIs(d, p, "row");
    if (rowName < 0) fail(`${nameAt(d, p)}> in <sheetData>`);
    readTag(d, rowName, tag);
    const r = tag.r !== undefined && /^[1-9]\d{0,6}$/.test(tag.r) ? Number(tag.r) : fail("a row's r");
    if (r <= lastRow || r > 1_048_576) fail("rows out of order");
    lastRow = r;
    p = tag.end;
    if (tag.selfClosing) continue;
    let lastCol = 0;
    for (;;) {
      p = skipSpace(d, p);
      if (p >= n) fail("a row without its end");
      if (d.charCodeAt(p + 1) === Ch.Slash) {
        p = endTag(d, p, "row");
        break;
      }
      const cName = tagIs(d, p, "c");
      if (cName < 0) fail(`${nameAt(d, p)}> in a row`);
      readTag(d, cName, tag);
      const ref = tag.r;
      if (ref === undefined) fail("a cell without r");
      // the column letters, then the row's number as the row wrote it (no leading zero)
      let col = 0;
      let i = 0;
      for (; i < ref!.length; i++) {
        const ch = ref!.charCodeAt(i);
        if (ch < 65 || ch > 90) break;
        col = col * 26 + (ch - 64);
      }
      const letters = i;
      let num = 0;
      for (; i < ref!.length; i++) {
        const ch = ref!.charCodeAt(i);
        if (ch < 48 || ch > 57 || (num === 0 && ch === 48)) fail("a cell's r");
        num = num * 10 + (ch - 48);
      }
      if (letters === 0 || letters > 3 || num !== r) fail("a cell's r");
      if (col <= lastCol || col > 16_384) fail("cells out of order");
      lastCol = col;
      cell.row = r;
      cell.col = col;
      cell.address = ref!;
      cell.t = tag.t;
      cell.styleId = tag.s ? parseInt(tag.s, 10) : undefined;
      cell.formula = cell.shareType = cell.si = cell.ref = cell.value = undefined;
      p = tag.end;
      if (tag.selfClosing) {
        each(cell);
        continue;
      }
      let seenV = false;
      let seenF = false;
      let seenIs = false;
      for (;;) {
        p = skipSpace(d, p);
        if (p >= n) fail("a cell without its end");
        if (d.charCodeAt(p + 1) === Ch.Slash) {
          p = endTag(d, p, "c");
          break;
        }
        let e = tagIs(d, p, "v");
        if (e >= 0) {
          if (seenV || seenIs) fail("two values in a cell");
          seenV = true;
          cell.value = leafText(d, e, "v", tag, at);
          p = at.end;
          continue;
        }
        e = tagIs(d, p, "f");
        if (e >= 0) {
          if (seenF) fail("two formulas in a cell");
          seenF = true;
          cell.formula = leafText(d, e, "f", tag, at);
          p = at.end;
          cell.shareType = tag.t;
          cell.si = tag.si;
          cell.ref = tag.ref;
          continue;
        }
        e = tagIs(d, p, "is");
        if (e < 0) fail(`${nameAt(d, p)}> in a cell`);
        if (seenIs || seenV) fail("two inline strings in a cell");
        seenIs = true;
        readTag(d, e, tag);
        p = tag.end;
        if (tag.selfClosing) continue;
        p = skipSpace(d, p);
        const t = tagIs(d, p, "t");
        if (t < 0) {
          p = endTag(d, p, "is");
          continue;
        }
        cell.value = leafText(d, t, "t", tag, at);
        p = endTag(d, skipSpace(d, at.end), "is");
      }
      each(cell);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cells as exceljs's cell reader and its worksheet make them

type Parts = { styles: StylesXform | undefined; strings: unknown[] | undefined; date1904: boolean };

/** A sheet's merged areas as exceljs indexes them (worksheet.js _mergeCellsInternal). */
function mergesOf(xml: string, dataEnd: number): Range[] {
  const merges: Range[] = [];
  const tail = xml.slice(dataEnd);
  const MERGE = /<mergeCell\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (let m = MERGE.exec(tail); m; m = MERGE.exec(tail)) {
    const ref = /\sref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]);
    if (!ref) fail("a merged area without ref");
    const value = ref![1] ?? ref![2];
    if (!/^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/.test(value)) fail("an odd merged area");
    const range = new Range([value]);
    for (const other of merges) if (other.intersects(range)) fail("overlapping merged areas");
    merges.push(range);
  }
  return merges;
}

const NAME_OK = (name: string): boolean =>
  name !== "" &&
  name !== "History" &&
  name.length <= 31 &&
  !/[*?:/\\[\]]/.test(name) &&
  !/(^')|('$)/.test(name);

function sheetGrid(sheet: DirectPackage["sheets"][number], parts: Parts): Grid {
  const xml = sheet.text;
  const open = /<sheetData(?=[\s/>])/.exec(xml);
  if (!open) fail("no <sheetData>");
  const openEnd = xml.indexOf(">", open!.index) + 1;
  const selfClosing = xml[openEnd - 2] === "/";
  const close = selfClosing ? openEnd : xml.indexOf("</sheetData>", openEnd);
  if (close < 0) fail("no </sheetData>");
  const data = xml.slice(openEnd, close);
  if (data.includes("<!") || data.includes("<?")) fail("markup in <sheetData>");
  // characters XML does not allow: saxes stops there, and so does exceljs
  // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
  if (/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(data)) fail("a character XML does not allow");
  const merges = mergesOf(xml, close);

  const { styles, strings, date1904 } = parts;
  const grid = new Grid({ name: sheet.name, hidden: (sheet.state || "visible") !== "visible" });
  // merged cells other than the first: exceljs keeps the first cell's value only
  const slave = new Set<number>();
  const key = (r: number, c: number): number => r * 16_385 + c;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r > m.top || c > m.left) slave.add(key(r, c));
  }
  // shared formulas by si: the first cell's address and formula
  const formulae = new Map<string | undefined, { address: string; formula: string | undefined }>();
  scanCells(data, (cell) => {
    const isFormula = cell.formula !== undefined || cell.shareType !== undefined;
    // without a value: exceljs's "Merge" type (not added) or "Null" (added, passed over by eachCell)
    if (!isFormula && cell.value === undefined) return;
    const merged = slave.size > 0 && slave.has(key(cell.row, cell.col));
    if (cell.shareType === "shared" && cell.ref) {
      if (merged) fail("a shared formula's first cell in a merged area");
      formulae.set(cell.si, { address: cell.address, formula: cell.formula });
    }
    if (merged) return;
    const style: Style = cell.styleId ? (styles?.getStyleModel(cell.styleId) as Style) : null;
    let value: ExcelJS.CellValue = null;
    let formula: string | undefined;
    const raw = cell.value;
    if (isFormula) {
      let result: unknown;
      if (raw) {
        if (cell.t === "str") result = xmlDecode(raw);
        else if (cell.t === "b") result = parseInt(raw, 10) !== 0;
        else if (cell.t === "e") result = { error: raw };
        else result = parseFloat(raw);
      }
      if (result !== undefined && style && isDateFmt(style.numFmt)) result = excelToDate(result, date1904);
      let sharedFormula: string | undefined;
      if (cell.shareType === "shared" && !cell.ref) {
        const master = formulae.get(cell.si);
        if (!master) fail("a shared formula without its first cell");
        sharedFormula = master!.address;
      }
      formula = cell.formula;
      if (!formula && sharedFormula) {
        const master = formulae.get(cell.si)!;
        if (!master.formula) fail("a shared formula without text");
        formula = slideFormula(master.formula!, master.address, cell.address);
      }
      if (!cell.formula && !sharedFormula) fail("a formula cell with no formula");
      // exceljs's value of a formula cell keeps only what is truthy (cell.js _copyModel)
      const v: Record<string, unknown> = {};
      if (cell.formula) v.formula = cell.formula;
      if (result) v.result = result;
      if (sharedFormula) v.sharedFormula = sharedFormula;
      value = v as unknown as ExcelJS.CellValue;
      formula = formula?.replace(/^=+/, "");
    } else if (raw !== undefined) {
      switch (cell.t) {
        case "s": {
          const i = parseInt(raw, 10);
          if (!strings || !(i >= 0 && i < strings.length) || strings[i] === undefined)
            fail("no such shared string");
          value = strings![i] as ExcelJS.CellValue;
          break;
        }
        case "str":
          value = xmlDecode(raw);
          break;
        case "inlineStr":
          value = raw;
          break;
        case "b":
          value = parseInt(raw, 10) !== 0;
          break;
        case "e":
          value = { error: raw } as ExcelJS.CellErrorValue;
          break;
        default: {
          const num = parseFloat(raw);
          value = style && isDateFmt(style.numFmt) ? excelToDate(num, date1904) : num;
        }
      }
    }
    const plain = plainValue(value);
    const numFmt = style?.numFmt && style.numFmt !== "General" ? style.numFmt : undefined;
    const bold = style?.font?.bold ? true : undefined;
    const fill = style?.fill as ExcelJS.FillPattern | undefined;
    const filled = fill && fill.type === "pattern" && fill.pattern !== "none" ? true : undefined;
    if (plain === null && !formula && !bold && !filled) return;
    grid.set(cell.row, cell.col, { value: plain, formula, numFmt, bold, filled });
  });
  for (const m of merges) {
    const range = parseRange(m.range);
    if (range) grid.addMerge(range);
  }
  return grid;
}

async function parsed<T extends { parseStream(s: NodeJS.ReadableStream): Promise<unknown> }>(
  xform: T,
  bytes: Buffer | string,
): Promise<T> {
  await xform.parseStream(Readable.from([bytes]));
  return xform;
}

/**
 * The grids of the package's worksheets, in the order exceljs gives them, or undefined when the
 * package holds something this reader leaves to exceljs.
 */
export async function readDirect(pkg: DirectPackage): Promise<Grid[] | undefined> {
  try {
    const ids = pkg.sheets.map((s) => parseInt(s.sheetId, 10));
    if (ids.some((id) => !(id > 0)) || new Set(ids).size !== ids.length) fail("odd sheet ids");
    const names = pkg.sheets.map((s) => s.name);
    if (!names.every(NAME_OK) || new Set(names.map((s) => s.toLowerCase())).size !== names.length)
      fail("a sheet name exceljs would refuse or change");
    const styles = pkg.styles !== undefined ? await parsed(new StylesXform(), pkg.styles) : undefined;
    const strings =
      pkg.sharedStrings !== undefined
        ? (await parsed(new SharedStringsXform(), pkg.sharedStrings)).model.values
        : undefined;
    const parts: Parts = { styles, strings, date1904: pkg.date1904 };
    return pkg.sheets.map((s) => sheetGrid(s, parts));
  } catch (e) {
    if (process.env.CERMAT_DEBUG) process.stderr.write(`direct reader: ${(e as Error).message}\n`);
    return undefined;
  }
}
