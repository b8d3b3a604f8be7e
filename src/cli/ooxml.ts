// Small tools to edit an .xlsx package in place: find tags with their exact offsets, read and set
// attributes, splice text, resolve relationship targets. Everything outside the spliced spans
// stays byte for byte as it was, which is the point: a marked copy changes only what it marks.

import JSZip from "jszip";
import { OutEntry, ZipEntry, entryBytes, readZipDirectory, writeZip } from "./zipFile";

export type Tag = {
  kind: "open" | "close" | "empty";
  /** local name, without a namespace prefix */
  name: string;
  /** the prefix with its colon ("x:") or "" */
  prefix: string;
  /** offset of "<" */
  start: number;
  /** offset just after ">" */
  end: number;
};

/**
 * The element tags of `xml` between `from` and `to`, in order, with their offsets. Comments,
 * processing instructions, CDATA and the doctype are skipped; ">" inside quoted attribute values
 * does not end a tag.
 */
export function* tags(xml: string, from = 0, to = xml.length): Generator<Tag> {
  let i = xml.indexOf("<", from);
  while (i >= 0 && i < to) {
    const next = xml.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", i)) i = after(xml, "-->", i + 4);
      else if (xml.startsWith("<![CDATA[", i)) i = after(xml, "]]>", i + 9);
      else i = after(xml, ">", i + 2);
    } else if (next === 63 /* ? */) {
      i = after(xml, "?>", i + 2);
    } else {
      const closing = next === 47; /* / */
      TAG_END.lastIndex = i + 1;
      if (!TAG_END.exec(xml)) return;
      const j = TAG_END.lastIndex - 1; // the ">"
      NAME.lastIndex = closing ? i + 2 : i + 1;
      const qname = NAME.exec(xml)?.[0] ?? "";
      const colon = qname.indexOf(":");
      yield {
        kind: closing ? "close" : xml.charCodeAt(j - 1) === 47 ? "empty" : "open",
        name: colon >= 0 ? qname.slice(colon + 1) : qname,
        prefix: colon >= 0 ? qname.slice(0, colon + 1) : "",
        start: i,
        end: j + 1,
      };
      i = j + 1;
    }
    i = i < 0 ? -1 : xml.indexOf("<", i);
  }
}

// The rest of a tag up to its ">", quoted attribute values skipped whole; a tag name.
const TAG_END = /[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/y;
const NAME = /[^\s/>]+/y;

function after(xml: string, end: string, from: number): number {
  const k = xml.indexOf(end, from);
  return k < 0 ? -1 : k + end.length;
}

/** The first tag named `name` (local name) that opens or is empty, from `from`. */
export function findTag(xml: string, name: string, from = 0, to = xml.length): Tag | undefined {
  for (const t of tags(xml, from, to)) if (t.kind !== "close" && t.name === name) return t;
  return undefined;
}

/** An element: its start tag and where its content and the whole element end. */
export type Element = Tag & { contentStart: number; contentEnd: number; elementEnd: number };

/** The element whose start tag is `open`: finds its matching end tag. */
export function element(xml: string, open: Tag): Element {
  if (open.kind === "empty")
    return { ...open, contentStart: open.end, contentEnd: open.end, elementEnd: open.end };
  let depth = 0;
  for (const t of tags(xml, open.end)) {
    if (t.kind === "open") depth++;
    else if (t.kind === "close") {
      if (depth === 0) return { ...open, contentStart: open.end, contentEnd: t.start, elementEnd: t.end };
      depth--;
    }
  }
  throw new Error(`unclosed <${open.prefix}${open.name}>`);
}

/** The first element named `name`, anywhere from `from`. */
export function findElement(xml: string, name: string, from = 0, to = xml.length): Element | undefined {
  const t = findTag(xml, name, from, to);
  return t ? element(xml, t) : undefined;
}

/**
 * An element that occurs once in the part (worksheet, sheetData): its end tag is found from the
 * back of the text instead of by walking a sheet of a million cells.
 */
export function uniqueElement(xml: string, name: string): Element | undefined {
  const open = findTag(xml, name);
  if (!open) return undefined;
  if (open.kind === "empty") return element(xml, open);
  const close = `</${open.prefix}${open.name}>`;
  const at = xml.lastIndexOf(close);
  if (at < open.end) return element(xml, open);
  return { ...open, contentStart: open.end, contentEnd: at, elementEnd: at + close.length };
}

/**
 * The name an element stands for in the schema's order: its own, or for mc:AlternateContent the
 * first element it offers (Excel wraps x14 controls, OLE objects and the like in one).
 */
export function schemaName(xml: string, el: Element): string {
  if (el.name !== "AlternateContent" || el.kind === "empty") return el.name;
  for (const t of tags(xml, el.contentStart, el.contentEnd))
    if (t.kind !== "close" && t.name !== "Choice" && t.name !== "Fallback") return t.name;
  return el.name;
}

/** The direct children of an element. */
export function children(xml: string, parent: Element): Element[] {
  const out: Element[] = [];
  let depth = 0;
  let current: Tag | undefined;
  for (const t of tags(xml, parent.contentStart, parent.contentEnd)) {
    if (t.kind === "open") {
      if (depth === 0) current = t;
      depth++;
    } else if (t.kind === "close") {
      depth--;
      if (depth === 0 && current) {
        out.push({ ...current, contentStart: current.end, contentEnd: t.start, elementEnd: t.end });
        current = undefined;
      }
    } else if (depth === 0) {
      out.push({ ...t, contentStart: t.end, contentEnd: t.end, elementEnd: t.end });
    }
  }
  return out;
}

const patterns = new Map<string, RegExp>();
const attrPattern = (name: string): RegExp => {
  let re = patterns.get(name);
  if (!re) {
    re = new RegExp(`(\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
    patterns.set(name, re);
  }
  return re;
};

/** The value of attribute `name` (as written, e.g. "r" or "r:id") in a start tag, unescaped. */
export function getAttr(tagText: string, name: string): string | undefined {
  const m = attrPattern(name).exec(tagText);
  return m ? unescapeXml(m[2].slice(1, -1)) : undefined;
}

/** The start tag with attribute `name` set to `value` (added when missing). */
export function setAttr(tagText: string, name: string, value: string): string {
  const v = `"${escapeAttr(value)}"`;
  const re = attrPattern(name);
  if (re.test(tagText)) return tagText.replace(re, (_m, sp: string) => `${sp}${name}=${v}`);
  const end = tagText.endsWith("/>") ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, end).replace(/\s+$/, "")} ${name}=${v}${tagText.slice(end)}`;
}

/** The start tag without attribute `name`. */
export function removeAttr(tagText: string, name: string): string {
  return tagText.replace(attrPattern(name), "");
}

/** Every attribute of a start tag, by the name as written. */
export function attrs(tagText: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s([\w.:-]+)\s*=\s*("[^"]*"|'[^']*')/g;
  for (let m = re.exec(tagText); m; m = re.exec(tagText)) out.set(m[1], unescapeXml(m[2].slice(1, -1)));
  return out;
}

/** The attribute named `local` in any namespace prefix bound to `uri` (e.g. r:id), or the plain one. */
export function prefixFor(rootTag: string, uri: string): string | undefined {
  for (const [k, v] of attrs(rootTag)) if (v === uri && k.startsWith("xmlns:")) return k.slice(6);
  return undefined;
}

// Characters XML 1.0 does not allow at all.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(s: string): string {
  return s.replace(INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? _m;
  });
}

/** Text edits applied together: offsets refer to the original text. */
export class Splice {
  private edits: Array<{ at: number; del: number; text: string; seq: number }> = [];
  constructor(readonly text: string) {}
  replace(at: number, del: number, text: string): void {
    this.edits.push({ at, del, text, seq: this.edits.length });
  }
  insert(at: number, text: string): void {
    this.replace(at, 0, text);
  }
  get size(): number {
    return this.edits.length;
  }
  apply(): string {
    // In offset order; at one offset, insertions come before a replacement of the text there and
    // keep the order they were made in.
    const edits = [...this.edits].sort(
      (a, b) => a.at - b.at || Number(a.del > 0) - Number(b.del > 0) || a.seq - b.seq,
    );
    let out = "";
    let pos = 0;
    for (const e of edits) {
      if (e.at < pos) throw new Error("overlapping edits");
      out += this.text.slice(pos, e.at) + e.text;
      pos = e.at + e.del;
    }
    return out + this.text.slice(pos);
  }
}

/** The part a relationship target names, from the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** The .rels part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relative target from one part to another (both package paths without a leading "/"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export type Relationship = { id: string; type: string; target: string; external: boolean };

export function readRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  for (const t of tags(xml)) {
    if (t.kind === "close" || t.name !== "Relationship") continue;
    const a = attrs(xml.slice(t.start, t.end));
    out.push({
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
    });
  }
  return out;
}

/** A relationship type ends in its short name (transitional and strict namespaces alike). */
export const relType = (type: string, short: string): boolean => type.endsWith(`/${short}`);

/** Adds a relationship to a .rels part (created when missing); returns the new text and the id. */
export function addRel(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const doc =
    xml ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const used = new Set(readRels(doc).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = findElement(doc, "Relationships");
  if (!root) throw new Error("relationships part without <Relationships>");
  const rel = `<${root.prefix}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  return { xml: appendChild(doc, root, rel), id };
}

/** Appends `child` as the last child of `el` (an empty element becomes open and close). */
export function appendChild(xml: string, el: Element, child: string): string {
  if (el.kind === "empty") {
    const open = xml.slice(el.start, el.end).replace(/\s*\/>$/, ">");
    return `${xml.slice(0, el.start)}${open}${child}</${el.prefix}${el.name}>${xml.slice(el.end)}`;
  }
  return xml.slice(0, el.contentEnd) + child + xml.slice(el.contentEnd);
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL = {
  worksheet: `${REL_NS}/worksheet`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
  styles: `${REL_NS}/styles`,
};
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
};

/** Column letters to number (A = 1) and back. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseCell(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1]) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The package: parts by name (case-insensitive, as OPC names are), read and written as UTF-8.

export class Package {
  private names = new Map<string, string>();
  /** The input's entries when zipFile.ts can read them: parts read and written natively. */
  private entries?: Map<string, ZipEntry>;
  /** The text of every part put, by its name in the zip. */
  private edited = new Map<string, string>();
  constructor(
    readonly zip: JSZip,
    private readonly input?: Buffer,
  ) {
    // a part's name as OPC spells it: some writers put Windows separators or a leading "/" in the zip
    zip.forEach((p) => this.names.set(p.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase(), p));
    if (input) this.entries = readZipDirectory(input);
  }
  has(part: string): boolean {
    return this.names.has(part.toLowerCase());
  }
  async text(part: string): Promise<string | undefined> {
    const name = this.names.get(part.toLowerCase());
    const f = name ? this.zip.file(name) : null;
    if (!f || !name) return undefined;
    const edited = this.edited.get(name);
    if (edited !== undefined) return edited;
    const entry = this.entries?.get(name);
    const bytes = entry && this.input ? entryBytes(this.input, entry) : await f.async("uint8array");
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
    return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  }
  put(part: string, text: string): void {
    const name = this.names.get(part.toLowerCase()) ?? part;
    this.names.set(part.toLowerCase(), name);
    const utf8 = text.replace(/^(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, "$1UTF-8$2");
    this.zip.file(name, utf8);
    this.edited.set(name, utf8);
  }
  remove(part: string): void {
    const name = this.names.get(part.toLowerCase());
    if (name) {
      this.zip.remove(name);
      this.edited.delete(name);
    }
    this.names.delete(part.toLowerCase());
  }
  /** A part name not in use: `${stem}${n}${ext}` with the smallest n from 1. */
  fresh(stem: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
  }
  parts(): string[] {
    return [...this.names.values()];
  }
  /**
   * The package as .xlsx bytes, entries in jszip's order: parts not put keep their compressed
   * bytes, parts put are deflated natively (zipFile.ts); jszip writes it when that cannot.
   */
  async toBuffer(): Promise<Buffer> {
    const input = this.input;
    const entries = this.entries;
    if (input && entries) {
      const out: OutEntry[] = [];
      for (const [name, f] of Object.entries(this.zip.files)) {
        const text = this.edited.get(name);
        const entry = entries.get(name);
        if (text !== undefined) out.push({ name, data: Buffer.from(text, "utf8"), date: f.date });
        else if (entry) out.push({ name, copy: entry });
        else if (f.dir) out.push({ name, data: Buffer.alloc(0), date: f.date, dir: true });
        else out.push({ name, data: await f.async("nodebuffer"), date: f.date });
      }
      const written = writeZip(input, out);
      if (written) return written;
    }
    return this.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---------------------------------------------------------------------------------------------
// [Content_Types].xml

export class ContentTypes {
  private edit: Splice;
  private root: Element;
  private added: string[] = [];
  constructor(private xml: string) {
    this.edit = new Splice(xml);
    const root = findElement(xml, "Types");
    if (!root) throw new Error("[Content_Types].xml without <Types>");
    this.root = root;
  }
  override(part: string, type: string): void {
    this.added.push(`<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`);
  }
  ensureDefault(ext: string, type: string): void {
    const has = [...tags(this.xml)].some(
      (t) =>
        t.kind !== "close" &&
        t.name === "Default" &&
        (getAttr(this.xml.slice(t.start, t.end), "Extension") ?? "").toLowerCase() === ext,
    );
    if (!has && !this.added.some((a) => a.includes(`Extension="${ext}"`)))
      this.added.unshift(`<Default Extension="${ext}" ContentType="${type}"/>`);
  }
  remove(part: string): void {
    for (const t of tags(this.xml))
      if (
        t.kind !== "close" &&
        t.name === "Override" &&
        (getAttr(this.xml.slice(t.start, t.end), "PartName") ?? "").toLowerCase() === `/${part.toLowerCase()}`
      )
        this.edit.replace(t.start, element(this.xml, t).elementEnd - t.start, "");
  }
  toXml(): string {
    const p = this.root.prefix;
    const text = this.added.map((a) => (p ? a.replace(/^</, `<${p}`) : a)).join("");
    if (text) this.edit.insert(this.root.contentEnd, text);
    return this.edit.apply();
  }
}
