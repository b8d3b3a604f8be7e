// A marked sheet: the marked cells point at their copies of their formats, and their notes carry
// the messages (comments part for the text, VML shapes for the boxes Excel draws), added to the
// sheet's own notes when it has some.
import { NOTE_AUTHOR, TONE_FILL, TONE_RANK, Styles } from "./markStyles";
import type { Tone } from "./markStyles";
import {
  CONTENT_TYPE,
  ContentTypes,
  Element,
  Package,
  REL,
  REL_NS,
  Splice,
  XML_DECL,
  addRel,
  attrs,
  children,
  colLetters,
  colNumber,
  escapeText,
  findElement,
  findTag,
  getAttr,
  parseCell,
  prefixFor,
  readRels,
  relType,
  relativeTarget,
  relsPath,
  resolveTarget,
  schemaName,
  setAttr,
  tags,
  uniqueElement,
} from "./ooxml";

// ---------------------------------------------------------------------------------------------
// A marked sheet: cell formats of the marked cells, notes, legacyDrawing.

/** A cell to mark: its tone (worst open severity, or "accepted") and its note. */
export type Mark = { row: number; col: number; ref: string; tone: Tone; note: string };

/**
 * A finding on a cell covered by a merged area is marked on the area's top-left cell: that is the
 * cell whose fill and note a spreadsheet shows for the whole area.
 */
export function onMergeMasters(xml: string, marks: Mark[]): Mark[] {
  if (!marks.length) return marks;
  const sheetData = uniqueElement(xml, "sheetData");
  const merges = sheetData && findElement(xml, "mergeCells", sheetData.elementEnd);
  if (!merges) return marks;
  const areas = children(xml, merges)
    .map((c) => /^([A-Z]+\d+):([A-Z]+\d+)$/i.exec(getAttr(xml.slice(c.start, c.end), "ref") ?? ""))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ from: parseCell(m[1])!, to: parseCell(m[2])! }));
  const out = new Map<string, Mark>();
  for (const m of marks) {
    const area = areas.find(
      (a) => m.row >= a.from.row && m.row <= a.to.row && m.col >= a.from.col && m.col <= a.to.col,
    );
    const at = area ? area.from : m;
    const ref = `${colLetters(at.col)}${at.row}`;
    const seen = out.get(ref);
    if (!seen) out.set(ref, { ...m, row: at.row, col: at.col, ref });
    else {
      if (TONE_RANK[m.tone] < TONE_RANK[seen.tone]) seen.tone = m.tone;
      seen.note += `\n${m.note}`;
    }
  }
  return [...out.values()];
}

/** Sets the cell format of each marked cell to a copy of its own with the severity fill. */
export function markCells(xml: string, marks: Mark[], styles: Styles): string {
  const sheetData = uniqueElement(xml, "sheetData");
  if (!sheetData) throw new Error("worksheet without <sheetData>");
  const p = sheetData.prefix;
  // Column formats (<col style>): what a cell that was never written would show.
  const colStyle = new Map<number, number>();
  const cols = findElement(xml, "cols", 0, sheetData.start);
  if (cols)
    for (const c of children(xml, cols)) {
      const a = attrs(xml.slice(c.start, c.end));
      const style = Number(a.get("style") ?? 0);
      const max = Math.min(Number(a.get("max") ?? 0), 16384);
      if (style) for (let i = Number(a.get("min") ?? 1); i <= max; i++) colStyle.set(i, style);
    }

  const byRow = new Map<number, Mark[]>();
  for (const m of marks) byRow.set(m.row, [...(byRow.get(m.row) ?? []), m]);
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  const markedRows = [...byRow.keys()].sort((a, b) => a - b);

  const edit = new Splice(xml);
  const cellXml = (m: Mark, xf: number): string =>
    `<${p}c r="${m.ref}" s="${styles.withFill(xf, TONE_FILL[m.tone])}"/>`;
  const rowXml = (num: number): string =>
    `<${p}row r="${num}">${byRow
      .get(num)!
      .map((m) => cellXml(m, colStyle.get(m.col) ?? 0))
      .join("")}</${p}row>`;

  type Cell = { col: number; start: number; end: number; tag: string };
  type Row = {
    num: number;
    start: number;
    end: number;
    empty: boolean;
    tag: string;
    styled?: number;
    /** a row with findings: its cells are collected */
    marked: boolean;
    cells: Cell[];
  };
  let next = 0; // index into markedRows: the first marked row not yet placed
  let lastNum = 0;
  let row: Row | undefined;
  let depth = 0;
  const extent = { row: 0, col: 0, minRow: Infinity, minCol: Infinity };
  const grow = (m: Mark): void => {
    extent.row = Math.max(extent.row, m.row);
    extent.col = Math.max(extent.col, m.col);
    extent.minRow = Math.min(extent.minRow, m.row);
    extent.minCol = Math.min(extent.minCol, m.col);
  };

  const finishRow = (closeAt: number): void => {
    const r = row!;
    row = undefined;
    const open = xml.slice(r.start, r.end);
    const list = byRow.get(r.num);
    if (!list) {
      if (r.tag !== open) edit.replace(r.start, r.end - r.start, r.tag);
      return;
    }
    const tail: string[] = [];
    let ci = 0;
    for (const m of list) {
      while (ci < r.cells.length && r.cells[ci].col < m.col) ci++;
      const cell = r.cells[ci];
      if (cell && cell.col === m.col) {
        const s = Number(getAttr(cell.tag, "s") ?? 0);
        cell.tag = setAttr(cell.tag, "s", String(styles.withFill(s, TONE_FILL[m.tone])));
        continue;
      }
      const text = cellXml(m, r.styled ?? colStyle.get(m.col) ?? 0);
      grow(m);
      if (!cell) tail.push(text);
      else {
        edit.insert(cell.start, text);
        // A following cell without an address would be counted from ours: give it its own.
        if (!getAttr(cell.tag, "r")) cell.tag = setAttr(cell.tag, "r", `${colLetters(cell.col)}${r.num}`);
      }
    }
    for (const cell of r.cells)
      if (cell.tag !== xml.slice(cell.start, cell.end))
        edit.replace(cell.start, cell.end - cell.start, cell.tag);
    const added = list.filter((m) => !r.cells.some((c) => c.col === m.col));
    let tag = r.tag;
    if (added.length && !getAttr(tag, "r")) tag = setAttr(tag, "r", String(r.num));
    const spans = /^(\d+):(\d+)$/.exec(getAttr(open, "spans") ?? "");
    if (spans && added.length) {
      const lo = Math.min(Number(spans[1]), ...added.map((m) => m.col));
      const hi = Math.max(Number(spans[2]), ...added.map((m) => m.col));
      tag = setAttr(tag, "spans", `${lo}:${hi}`);
    }
    if (r.empty && tail.length) {
      edit.replace(r.start, r.end - r.start, `${tag.replace(/\s*\/>$/, ">")}${tail.join("")}</${p}row>`);
    } else {
      if (tag !== open) edit.replace(r.start, r.end - r.start, tag);
      if (tail.length) edit.insert(closeAt, tail.join(""));
    }
  };

  // A row without findings is passed over to its end tag, found by text, without reading its
  // cells, and after the last marked row nothing changes: a sheet of a million cells is not walked
  // tag by tag (issue 11 item 6). By text is exact when <sheetData> holds no comment, CDATA
  // section or processing instruction (an end tag could hide in them): else every tag is read.
  const inData = (text: string): boolean => {
    const at = xml.indexOf(text, sheetData.contentStart);
    return at >= 0 && at < sheetData.contentEnd;
  };
  const plain = sheetData.kind === "open" && !inData("<!") && !inData("<?");
  let from = sheetData.contentStart;
  walk: while (sheetData.kind === "open") {
    for (const t of tags(xml, from, sheetData.contentEnd)) {
      if (plain && depth === 0 && !row && next >= markedRows.length) break walk;
      if (t.kind === "close") {
        depth--;
        if (depth === 0 && t.name === "row" && row) finishRow(t.start);
        continue;
      }
      if (depth === 0 && t.name === "row") {
        const tag = xml.slice(t.start, t.end);
        const r = getAttr(tag, "r");
        const num = r ? Number(r) : lastNum + 1;
        lastNum = num;
        // Marked rows that were never written go before the first row after them.
        let placed = false;
        while (next < markedRows.length && markedRows[next] < num) {
          placed = true;
          edit.insert(t.start, rowXml(markedRows[next]));
          byRow.get(markedRows[next])!.forEach(grow);
          next++;
        }
        if (next < markedRows.length && markedRows[next] === num) next++;
        const marked = byRow.has(num);
        const custom = marked ? getAttr(tag, "customFormat") : undefined;
        row = {
          num,
          start: t.start,
          end: t.end,
          empty: t.kind === "empty",
          // a row without an address after one of ours would be counted from ours
          tag: !r && placed ? setAttr(tag, "r", String(num)) : tag,
          styled: custom === "1" || custom === "true" ? Number(getAttr(tag, "s") ?? 0) : undefined,
          marked,
          cells: [],
        };
        if (t.kind === "empty") finishRow(t.end);
        else if (plain && !marked) {
          const close = `</${t.prefix}row>`;
          const at = xml.indexOf(close, t.end);
          if (at >= 0 && at < sheetData.contentEnd) {
            finishRow(at);
            from = at + close.length;
            continue walk;
          }
        }
      } else if (depth === 1 && t.name === "c" && row?.marked) {
        const tag = xml.slice(t.start, t.end);
        const r = getAttr(tag, "r");
        const prev = row.cells.length ? row.cells[row.cells.length - 1].col : 0;
        row.cells.push({
          col: r ? (parseCell(r)?.col ?? prev + 1) : prev + 1,
          start: t.start,
          end: t.end,
          tag,
        });
      }
      if (t.kind === "open") depth++;
    }
    break;
  }
  const rest = markedRows.slice(next).map((n) => {
    byRow.get(n)!.forEach(grow);
    return rowXml(n);
  });
  if (rest.length) {
    if (sheetData.kind === "empty")
      edit.replace(
        sheetData.start,
        sheetData.end - sheetData.start,
        `<${p}sheetData>${rest.join("")}</${p}sheetData>`,
      );
    else edit.insert(sheetData.contentEnd, rest.join(""));
  }
  // The sheet's used range grows when a finding sits on a cell that was never written.
  const dim = findTag(xml, "dimension", 0, sheetData.start);
  if (dim && extent.row) {
    const tag = xml.slice(dim.start, dim.end);
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(getAttr(tag, "ref") ?? "");
    if (m) {
      const [c1, r1] = [colNumber(m[1]), Number(m[2])];
      const [c2, r2] = m[3] ? [colNumber(m[3]), Number(m[4])] : [c1, r1];
      const box = [
        Math.min(c1, extent.minCol),
        Math.min(r1, extent.minRow),
        Math.max(c2, extent.col),
        Math.max(r2, extent.row),
      ];
      if (box.join() !== [c1, r1, c2, r2].join())
        edit.replace(
          dim.start,
          dim.end - dim.start,
          setAttr(tag, "ref", `${colLetters(box[0])}${box[1]}:${colLetters(box[2])}${box[3]}`),
        );
    }
  }
  return edit.apply();
}

// ---------------------------------------------------------------------------------------------
// Notes: comments part (the text) and VML shapes (the box Excel draws), the sheet's own when it
// has them.

const VML_OPEN =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">';
const VML_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function vmlShape(id: number, m: Mark): string {
  const lines = m.note.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 48)), 0);
  const rows = Math.min(Math.max(lines + 1, 4), 24);
  const c = m.col - 1;
  const r = m.row - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:${rows * 15}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(r - 1, 0)}, 10, ${c + 5}, 15, ${Math.max(r - 1, 0) + rows}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

const run = (text: string, p: string): string =>
  `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;

/** Shape ids: one block of 1024 per new VML part, above every id the package uses. */
export class ShapeIds {
  private block = 0;
  constructor(texts: string[]) {
    let max = 0;
    for (const t of texts) {
      for (const m of t.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
      for (const m of t.matchAll(/<o:idmap\b[^>]*\bdata="([\d,\s]+)"/g))
        for (const d of m[1].split(/[,\s]+/)) if (d) max = Math.max(max, Number(d) * 1024 + 1023);
    }
    this.block = Math.floor(max / 1024) + 1;
  }
  nextBlock(): number {
    return this.block++;
  }
}

/** Worksheet children that come after legacyDrawing (the schema's order). */
const AFTER_LEGACY = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export async function addNotes(
  pkg: Package,
  part: string,
  xml: string,
  marks: Mark[],
  ids: ShapeIds,
  ct: ContentTypes,
): Promise<string> {
  const relsPart = relsPath(part);
  let relsXml = await pkg.text(relsPart);
  const relsBefore = relsXml;
  const rels = readRels(relsXml);
  const root = uniqueElement(xml, "worksheet");
  if (!root) throw new Error(`${part}: no <worksheet>`);
  const rootTag = xml.slice(root.start, root.end);
  const sheetData = uniqueElement(xml, "sheetData")!;
  // the worksheet's elements after its cells (legacyDrawing goes among them)
  const top = children(xml, { ...root, contentStart: sheetData.elementEnd });
  const legacy = top.find((c) => c.name === "legacyDrawing");
  const legacyId = legacy
    ? [...attrs(xml.slice(legacy.start, legacy.end))].find(([k]) => /:id$/.test(k))?.[1]
    : undefined;
  const vmlRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;
  const commentsRel = rels.find((r) => relType(r.type, "comments"));

  // The text: comments part.
  let commentsPart = commentsRel ? resolveTarget(part, commentsRel.target) : undefined;
  let comments = commentsPart ? await pkg.text(commentsPart) : undefined;
  if (!commentsPart || comments === undefined) {
    commentsPart = pkg.fresh(`${part.slice(0, part.lastIndexOf("/worksheets/") + 1)}comments`, ".xml");
    comments = `${XML_DECL}<comments xmlns="${"http://schemas.openxmlformats.org/spreadsheetml/2006/main"}"><authors></authors><commentList></commentList></comments>`;
    ct.override(commentsPart, CONTENT_TYPE.comments);
    const r = addRel(relsXml, REL.comments, relativeTarget(part, commentsPart));
    relsXml = r.xml;
  }
  const croot = findElement(comments, "comments")!;
  const p = croot.prefix;
  const cedit = new Splice(comments);
  const ctop = children(comments, croot);
  const authors = ctop.find((c) => c.name === "authors");
  const list = ctop.find((c) => c.name === "commentList");
  const authorNames = authors
    ? children(comments, authors).map((a) => comments!.slice(a.contentStart, a.contentEnd))
    : [];
  let author = authorNames.indexOf(NOTE_AUTHOR);
  if (author < 0) {
    author = authorNames.length;
    const el = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
    if (!authors) cedit.insert(croot.contentStart, `<${p}authors>${el}</${p}authors>`);
    else if (authors.kind === "empty")
      cedit.replace(authors.start, authors.end - authors.start, `<${p}authors>${el}</${p}authors>`);
    else cedit.insert(authors.contentEnd, el);
  }
  const existing = new Map<string, Element>();
  if (list)
    for (const c of children(comments, list))
      if (c.name === "comment")
        existing.set((getAttr(comments.slice(c.start, c.end), "ref") ?? "").toUpperCase(), c);
  const fresh: Mark[] = [];
  const added: string[] = [];
  for (const m of marks) {
    const c = existing.get(m.ref);
    const text = c && findElement(comments, "text", c.contentStart, c.contentEnd);
    if (!c || !text) {
      fresh.push(m);
      added.push(
        `<${p}comment ref="${m.ref}" authorId="${author}"><${p}text>${run(m.note, p)}</${p}text></${p}comment>`,
      );
      continue;
    }
    // A note of the user's: ours is appended, theirs stays as written.
    const parts = children(comments, text);
    const plain = parts.filter((x) => x.name === "t");
    for (const t of plain) {
      cedit.insert(t.start, `<${p}r>`);
      cedit.insert(t.elementEnd, `</${p}r>`);
    }
    const before = parts.find((x) => x.name === "rPh" || x.name === "phoneticPr");
    const ours = run(`\n\n${m.note}`, p);
    if (text.kind === "empty")
      cedit.replace(text.start, text.end - text.start, `<${p}text>${ours}</${p}text>`);
    else cedit.insert(before ? before.start : text.contentEnd, ours);
  }
  if (added.length) {
    if (!list) cedit.insert(croot.contentEnd, `<${p}commentList>${added.join("")}</${p}commentList>`);
    else if (list.kind === "empty")
      cedit.replace(
        list.start,
        list.end - list.start,
        `<${p}commentList>${added.join("")}</${p}commentList>`,
      );
    else cedit.insert(list.contentEnd, added.join(""));
  }
  pkg.put(commentsPart, cedit.apply());

  // The boxes: VML shapes for the notes that are new.
  let out = xml;
  if (fresh.length) {
    const vmlPart = vmlRel ? resolveTarget(part, vmlRel.target) : undefined;
    let vml = vmlPart ? await pkg.text(vmlPart) : undefined;
    if (vmlPart && vml !== undefined) {
      // Appended to the sheet's drawing: ids after its own.
      let max = 0;
      for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
      if (!max) max = ids.nextBlock() * 1024;
      const vroot = findTag(vml, "xml");
      let head = "";
      if (vroot) {
        let tag = vml.slice(vroot.start, vroot.end);
        for (const [k, v] of [
          ["xmlns:v", "urn:schemas-microsoft-com:vml"],
          ["xmlns:o", "urn:schemas-microsoft-com:office:office"],
          ["xmlns:x", "urn:schemas-microsoft-com:office:excel"],
        ])
          if (getAttr(tag, k) === undefined) tag = setAttr(tag, k, v);
        if (!vml.includes('id="_x0000_t202"')) head = VML_SHAPETYPE;
        vml = vml.slice(0, vroot.start) + tag + head + vml.slice(vroot.end);
      }
      const close = vml.lastIndexOf("</xml>");
      const shapes = fresh.map((m, i) => vmlShape(max + 1 + i, m)).join("");
      vml = close >= 0 ? vml.slice(0, close) + shapes + vml.slice(close) : vml + shapes;
      pkg.put(vmlPart, vml);
    } else {
      const block = ids.nextBlock();
      const newPart = pkg.fresh(
        `${part.slice(0, part.lastIndexOf("/worksheets/") + 1)}drawings/vmlDrawing`,
        ".vml",
      );
      vml =
        `${VML_OPEN}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${VML_SHAPETYPE}` +
        fresh.map((m, i) => vmlShape(block * 1024 + 1 + i, m)).join("") +
        "</xml>";
      pkg.put(newPart, vml);
      ct.ensureDefault("vml", CONTENT_TYPE.vml);
      const r = addRel(relsXml, REL.vmlDrawing, relativeTarget(part, newPart));
      relsXml = r.xml;
      // <legacyDrawing r:id> in its place among the sheet's elements.
      let rp = prefixFor(rootTag, REL_NS);
      const edit = new Splice(xml);
      if (!rp) {
        rp = rootTag.includes("xmlns:r=") ? "cermatr" : "r";
        edit.replace(root.start, root.end - root.start, setAttr(rootTag, `xmlns:${rp}`, REL_NS));
      }
      const el = `<${root.prefix}legacyDrawing ${rp}:id="${r.id}"/>`;
      if (legacy) {
        // a legacyDrawing whose drawing part is missing: point it at ours
        const tag = xml.slice(legacy.start, legacy.end);
        const key = [...attrs(tag).keys()].find((k) => /:id$/.test(k))!;
        edit.replace(legacy.start, legacy.end - legacy.start, setAttr(tag, key, r.id));
      } else {
        const after = top.find((c) => AFTER_LEGACY.includes(schemaName(xml, c)));
        edit.insert(after ? after.start : root.contentEnd, el);
      }
      out = edit.apply();
    }
  }
  if (relsXml !== undefined && relsXml !== relsBefore) pkg.put(relsPart, relsXml);
  // a new .rels part: some writers list every part by name and declare no default for .rels
  if (relsBefore === undefined && relsXml !== undefined) ct.ensureDefault("rels", CONTENT_TYPE.rels);
  return out;
}
